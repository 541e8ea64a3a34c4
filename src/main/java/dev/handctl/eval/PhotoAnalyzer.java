package dev.handctl.eval;

import java.nio.file.Path;

/** Finds the hands in one image: the real still-image pipeline, or a stand-in in tests. */
@FunctionalInterface
public interface PhotoAnalyzer {
  /**
   * Finds the hands.
   *
   * @param image the image file
   * @return its size and the hands found
   * @throws EvalInputException when the image cannot be read; the message names it (the image is
   *     counted as failed and the evaluation goes on). Anything else (a model that cannot run) is not
   *     about this image and ends the evaluation.
   */
  AnalysedPhoto analyse(Path image) throws EvalInputException;
}
