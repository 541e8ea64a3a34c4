package dev.handctl.hand.model;

import dev.handctl.hand.Checks;
import dev.handctl.hand.KeypointName;
/**
 * The facts of a hand landmark model: how to feed it and how to read it. They come with the model,
 * from its manifest ({@link ModelManifest}, {@code models/NAME.manifest.yaml}), not from the
 * user's settings.
 *
 * @param inputTensor the model's input placeholder
 * @param inputSize side of the square RGB input, pixels
 * @param inputMin the value pixel 0 is mapped to
 * @param inputMax the value pixel 255 is mapped to
 * @param keypointCount keypoints per hand; handctl knows MediaPipe's {@value KeypointName#COUNT}
 * @param keypointsOutput output with keypointCount x (x, y, z) in input pixels
 * @param presenceOutput output with the hand presence probability
 * @param handednessOutput output with the probability of a right hand as the picture shows it
 * @param worldOutput output with keypointCount x (x, y, z) in metres
 * @param normalizeZ the model's z is divided by this to bring it to the scale of x
 */
public record LandmarkModelFacts(
    String inputTensor,
    int inputSize,
    double inputMin,
    double inputMax,
    int keypointCount,
    String keypointsOutput,
    String presenceOutput,
    String handednessOutput,
    String worldOutput,
    double normalizeZ) {

  /** Validates every field; the message names the manifest key. */
  public LandmarkModelFacts {
    Checks.positive("input.size", inputSize);
    if (!(inputMin < inputMax)) {
      throw new IllegalArgumentException("input.range: expected the lowest value below the highest");
    }
    if (keypointCount != KeypointName.COUNT) {
      throw new IllegalArgumentException("keypointCount: handctl knows hands of " + KeypointName.COUNT
          + " keypoints (MediaPipe's), got " + keypointCount);
    }
    Checks.range("normalizeZ", normalizeZ, 0.01, 100);
  }

  /** Returns the factor from a pixel value (0..255) to the model's input value. */
  public float pixelScale() {
    return (float) (inputMax - inputMin) / 255f;
  }

  /** Returns the model's input value for pixel value 0. */
  public float pixelOffset() {
    return (float) inputMin;
  }
}
