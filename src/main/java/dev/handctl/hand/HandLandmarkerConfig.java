package dev.handctl.hand;

/**
 * Settings of the hand landmark model. The defaults, with what each number trades, are in
 * {@code handctl-defaults.yaml} under {@code landmarks}.
 *
 * @param inputName the model's input placeholder
 * @param keypointsOutput output with 21 x (x, y, z) in input pixels
 * @param presenceOutput output with the hand presence probability
 * @param handednessOutput output with the probability that the hand is a right hand in a mirrored image
 * @param worldOutput output with 21 x (x, y, z) in metres
 * @param inputSize side of the square model input, pixels
 * @param normalizeZ the model's z is divided by this to bring it to the scale of x
 * @param minPresence lowest presence accepted as a hand, in (0, 1)
 * @param duplicateIou overlap of keypoint boxes above which two hands are one, in (0, 1]
 * @param regionScale region from keypoints: the palm outline's long side times this
 * @param regionShiftY region from keypoints: shift towards the fingers, in outline heights
 */
public record HandLandmarkerConfig(
    String inputName,
    String keypointsOutput,
    String presenceOutput,
    String handednessOutput,
    String worldOutput,
    int inputSize,
    double normalizeZ,
    double minPresence,
    double duplicateIou,
    double regionScale,
    double regionShiftY) {

  /** Validates every field; the message names the setting. */
  public HandLandmarkerConfig {
    Checks.positive("landmarks.inputSize", inputSize);
    Checks.range("landmarks.normalizeZ", normalizeZ, 0.01, 100);
    Checks.openRange("landmarks.minPresence", minPresence, 0, 1);
    Checks.range("landmarks.duplicateIou", duplicateIou, 0.01, 1);
    Checks.range("landmarks.regionScale", regionScale, 0.5, 10);
    Checks.range("landmarks.regionShiftY", regionShiftY, -2, 2);
  }
}
