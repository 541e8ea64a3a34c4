package dev.handctl.eval;

import java.util.List;

/**
 * What the pipeline found in one image.
 *
 * @param widthPx the image's width in pixels (normalised reference keypoints are scaled by it)
 * @param heightPx the image's height in pixels
 * @param hands the hands found, best first
 */
public record AnalysedPhoto(int widthPx, int heightPx, List<FoundHand> hands) {
  /** Copies the hands so the record stays immutable. */
  public AnalysedPhoto {
    hands = List.copyOf(hands);
  }
}
