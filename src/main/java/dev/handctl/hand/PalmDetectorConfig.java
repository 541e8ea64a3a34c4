package dev.handctl.hand;

import java.util.List;

/**
 * Settings of the palm detector and of the palm-to-hand region step. The defaults, with what each
 * number trades, are in {@code handctl-defaults.yaml} under {@code detector}.
 *
 * @param inputName the model's input placeholder
 * @param outputName the model's output: rows of [score logit, cx, cy, w, h, 7 x (x, y)]
 * @param inputSize side of the square model input, pixels
 * @param keypointCount palm keypoints per row
 * @param anchorStrides SSD feature-map strides, one per layer; consecutive equal strides share a grid
 * @param anchorsPerLayer anchors each layer adds to every grid cell
 * @param anchorOffset anchor centre within its cell, in cells
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
    String inputName,
    String outputName,
    int inputSize,
    int keypointCount,
    List<Integer> anchorStrides,
    int anchorsPerLayer,
    double anchorOffset,
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
    anchorStrides = List.copyOf(anchorStrides);
    Checks.positive("detector.inputSize", inputSize);
    Checks.positive("detector.keypointCount", keypointCount);
    if (anchorStrides.isEmpty()) {
      throw new IllegalArgumentException("detector.anchors.strides: expected at least one stride");
    }
    for (int s : anchorStrides) {
      Checks.positive("detector.anchors.strides", s);
    }
    Checks.positive("detector.anchors.anchorsPerLayer", anchorsPerLayer);
    Checks.range("detector.anchors.offset", anchorOffset, 0, 1);
    Checks.openRange("detector.minScore", minScore, 0, 1);
    Checks.openRange("detector.nmsIouThreshold", nmsIouThreshold, 0, 1);
    Checks.index("detector.rotationStartKeypoint", rotationStartKeypoint, keypointCount);
    Checks.index("detector.rotationEndKeypoint", rotationEndKeypoint, keypointCount);
    Checks.range("detector.rotationTargetDegrees", rotationTargetDegrees, -360, 360);
    Checks.range("detector.regionScale", regionScale, 0.5, 10);
    Checks.range("detector.regionShiftY", regionShiftY, -2, 2);
    Checks.range("detector.zoomOutScale", zoomOutScale, 1, 4);
  }

  /** Returns whether the zoomed-out pass is on. */
  public boolean zoomOutPass() {
    return zoomOutScale > 1;
  }
}
