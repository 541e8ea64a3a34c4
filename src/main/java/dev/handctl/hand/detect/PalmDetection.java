package dev.handctl.hand.detect;

import dev.handctl.hand.PixelBox;
import dev.handctl.hand.PixelPoint;
import java.util.List;

/**
 * A palm found by the palm detector, in image pixels.
 *
 * @param score detector confidence in [0, 1]
 * @param box the palm's box (not the whole hand's)
 * @param keypoints the 7 palm keypoints: 0 wrist centre, 1 index finger base, 2 middle finger
 *     base, 3 ring finger base, 4 pinky base, 5 and 6 thumb joints
 */
public record PalmDetection(double score, PixelBox box, List<PixelPoint> keypoints) {
  /** Copies the keypoint list so the record stays immutable. */
  public PalmDetection {
    keypoints = List.copyOf(keypoints);
  }
}
