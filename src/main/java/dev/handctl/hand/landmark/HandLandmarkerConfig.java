package dev.handctl.hand.landmark;

import dev.handctl.hand.Checks;
import dev.handctl.hand.model.LandmarkModelFacts;
/**
 * Settings of the hand landmark model. The defaults, with what each number trades, are in
 * {@code handctl-defaults.yaml} under {@code landmarks}. The facts of the model itself (input size,
 * tensor names, z scale) are not settings: they are in its manifest ({@link LandmarkModelFacts}).
 *
 * @param minPresence lowest presence accepted as a hand, in (0, 1)
 * @param duplicateIou overlap of keypoint boxes above which two hands are one, in (0, 1]
 * @param regionScale region from keypoints: the palm outline's long side times this
 * @param regionShiftY region from keypoints: shift towards the fingers, in outline heights
 */
public record HandLandmarkerConfig(
    double minPresence,
    double duplicateIou,
    double regionScale,
    double regionShiftY) {

  /** Validates every field; the message names the setting. */
  public HandLandmarkerConfig {
    Checks.openRange("landmarks.minPresence", minPresence, 0, 1);
    Checks.range("landmarks.duplicateIou", duplicateIou, 0.01, 1);
    Checks.range("landmarks.regionScale", regionScale, 0.5, 10);
    Checks.range("landmarks.regionShiftY", regionShiftY, -2, 2);
  }
}
