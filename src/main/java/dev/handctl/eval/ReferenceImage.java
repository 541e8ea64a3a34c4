package dev.handctl.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * One image of a reference file with its reference hands.
 *
 * @param name the image as the file names it
 * @param path where the image is
 * @param hands its reference hands (none: every hand found there is an extra)
 */
public record ReferenceImage(String name, Path path, List<ReferenceHand> hands) {
  /** Copies the hands so the record stays immutable. */
  public ReferenceImage {
    hands = List.copyOf(hands);
  }
}
