package dev.handctl.hand.detect;

import dev.handctl.hand.Checks;
import dev.handctl.hand.model.PalmModelFacts;
/**
 * Settings of the palm detector and of the palm-to-hand region step. The defaults, with what each
 * number trades, are in {@code handctl-defaults.yaml} under {@code detector}. The facts of the model
 * itself (input size, tensor names, anchors) are not settings: they are in its manifest
 * ({@link PalmModelFacts}).
 *
 * @param minScore lowest palm score kept, in (0, 1)
 * @param nmsIouThreshold overlap above which two palms are merged, in (0, 1)
 * @param rotationStartKeypoint palm keypoint at the base of the rotation vector (wrist)
 * @param rotationEndKeypoint palm keypoint at its tip (middle finger base)
 * @param rotationTargetDegrees angle the vector should have in the crop (90 = fingers up)
 * @param regionScale how much larger than the palm box the hand square is
 * @param regionShiftY shift of the square towards the fingers, in palm-box heights (negative = up)
 * @param mirroredPass whether the detector also looks at the mirror image
 * @param zoomOutScale when above 1, a further pass looks at the image shrunk by this factor into
 *     the middle of the detector's input (black around it): a hand so close to the camera that it
 *     fills the picture is then hand-sized for the detector; 1 turns the pass off
 */
public record PalmDetectorConfig(
    double minScore,
    double nmsIouThreshold,
    int rotationStartKeypoint,
    int rotationEndKeypoint,
    double rotationTargetDegrees,
    double regionScale,
    double regionShiftY,
    boolean mirroredPass,
    double zoomOutScale) {

  /** Validates every field; the message names the setting. */
  public PalmDetectorConfig {
    Checks.openRange("detector.minScore", minScore, 0, 1);
    Checks.openRange("detector.nmsIouThreshold", nmsIouThreshold, 0, 1);
    Checks.range("detector.rotationStartKeypoint", rotationStartKeypoint, 0, Integer.MAX_VALUE);
    Checks.range("detector.rotationEndKeypoint", rotationEndKeypoint, 0, Integer.MAX_VALUE);
    Checks.range("detector.rotationTargetDegrees", rotationTargetDegrees, -360, 360);
    Checks.range("detector.regionScale", regionScale, 0.5, 10);
    Checks.range("detector.regionShiftY", regionShiftY, -2, 2);
    Checks.range("detector.zoomOutScale", zoomOutScale, 1, 4);
  }

  /**
   * Checks the settings against the model they are used with: the rotation keypoints must be palm
   * keypoints the model has.
   *
   * @param facts the model's facts
   * @throws IllegalArgumentException naming the setting that does not fit
   */
  public void checkAgainst(PalmModelFacts facts) {
    Checks.index("detector.rotationStartKeypoint", rotationStartKeypoint, facts.keypointCount());
    Checks.index("detector.rotationEndKeypoint", rotationEndKeypoint, facts.keypointCount());
  }

  /** Returns whether the zoomed-out pass is on. */
  public boolean zoomOutPass() {
    return zoomOutScale > 1;
  }
}
