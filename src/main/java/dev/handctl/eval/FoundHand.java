package dev.handctl.eval;

import dev.handctl.hand.PixelBox;
import dev.handctl.hand.PixelKeypoint;
import java.util.List;

/**
 * A hand the pipeline found in an image, as scoring sees it.
 *
 * @param box the box around its keypoints, image pixels
 * @param keypoints its 21 keypoints, image pixels (empty when only the box is known)
 * @param gesture the static gesture it shows, or null for none
 */
public record FoundHand(PixelBox box, List<PixelKeypoint> keypoints, String gesture) {
  /** Copies the keypoints so the record stays immutable. */
  public FoundHand {
    keypoints = List.copyOf(keypoints);
  }
}
