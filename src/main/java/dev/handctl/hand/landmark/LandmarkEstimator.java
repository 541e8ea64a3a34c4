package dev.handctl.hand.landmark;

import dev.handctl.capture.RgbImage;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.track.HandTracker;
/**
 * What the {@link HandTracker} needs of the landmark model: keypoints for a region of a frame.
 * {@link HandLandmarker} is the real one; tests script hands through it without a model.
 */
public interface LandmarkEstimator {
  /**
   * Estimates the hand in a region.
   *
   * @param image the frame
   * @param region where to look
   * @param mirrored whether the frame is a mirrored view (decides the handedness label)
   * @return the keypoints, with a presence score (low when there is no hand)
   */
  HandLandmarks estimate(RgbImage image, HandRegion region, boolean mirrored);

  /** Returns the settings the tracker works with (regions, presence thresholds). */
  HandLandmarkerConfig config();
}
