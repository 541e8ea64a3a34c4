package dev.handctl.testing;

import dev.handctl.capture.ImageReadException;
import dev.handctl.capture.RgbImage;
import dev.handctl.capture.StillImageReader;
import dev.handctl.eval.AnalysedPhoto;
import dev.handctl.eval.EvalInputException;
import dev.handctl.eval.FoundHand;
import dev.handctl.eval.PhotoAnalyzer;
import dev.handctl.gesture.GestureMatch;
import dev.handctl.gesture.HandGeometry;
import dev.handctl.gesture.StaticGestureClassifier;
/**
 * The still-image pipeline as {@code handctl eval} runs it (hand finder, then the gesture
 * classifier on each hand), over the shared {@link Models}, for the real-data tests that score with
 * {@code dev.handctl.eval}.
 */
public final class StillPhotos {
  private StillPhotos() {}

  /**
   * Returns an analyzer.
   *
   * @param gestures the classifier, or null to leave the hands without a gesture
   * @return the analyzer, at most two hands per image
   */
  public static PhotoAnalyzer analyzer(StaticGestureClassifier gestures) {
    StillImageReader reader = new StillImageReader();
    return image -> {
      RgbImage pixels;
      try {
        pixels = reader.read(image);
      } catch (ImageReadException e) {
        throw new EvalInputException(e.getMessage());
      }
      return new AnalysedPhoto(pixels.width(), pixels.height(), Models.finder().find(pixels, 2).stream()
          .map(h -> new FoundHand(h.landmarks().box(), h.landmarks().keypoints(), gestures == null ? null
              : gestures.classify(HandGeometry.of(h.landmarks(), false, gestures.geometry())).map(GestureMatch::name)
                  .orElse(null)))
          .toList());
    };
  }
}
