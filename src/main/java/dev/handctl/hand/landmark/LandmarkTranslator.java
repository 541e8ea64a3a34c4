package dev.handctl.hand.landmark;

import dev.handctl.capture.RgbImage;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.Handedness;
import dev.handctl.hand.KeypointName;
import dev.handctl.hand.PixelKeypoint;
import dev.handctl.hand.RegionSampler;
import dev.handctl.hand.WorldKeypoint;
import dev.handctl.hand.model.LandmarkModelFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand landmark model's pre- and post-processing, apart from the model call (in the manner of
 * DJL's {@code Translator}): {@link #processInput} crops a hand region into the model's input
 * values, {@link #processOutput} turns the model's output values into {@link HandLandmarks} in image
 * pixels. Both work on plain float arrays, so they are tested without a model;
 * {@link HandLandmarker} runs the model between them.
 *
 * <p>Pre-processing crops the region upright into the square input (edge pixels replicated) and
 * maps pixel values onto the range of the model's manifest; post-processing maps the keypoints back
 * through the region's rotation and scale to image pixels, and rotates the world keypoints the same
 * way. The presence output is already a probability. The handedness output is the probability of a
 * right hand as the picture shows it (measured: the two left hands of tfjs-hands/hands.jpg and the
 * left thumbs-up of hand_thumb_up.jpg score under 0.5, the right thumbs-up of thumbs_up_ios.png
 * over it), not MediaPipe's mirrored-selfie convention; a mirrored picture shows the other hand.
 */
public final class LandmarkTranslator {
  /** Values of the keypoint and world outputs: 21 x (x, y, z). */
  public static final int KEYPOINT_VALUES = KeypointName.COUNT * 3;

  private final LandmarkModelFacts facts;

  /**
   * Creates the translator of a model.
   *
   * @param facts the model's facts, from its manifest
   */
  public LandmarkTranslator(LandmarkModelFacts facts) {
    this.facts = facts;
  }

  /** Returns the shape of the model's input, {@code [1, size, size, 3]}. */
  public long[] inputShape() {
    int n = facts.inputSize();
    return new long[] {1, n, n, 3};
  }

  /**
   * Fills the model's input from a hand region.
   *
   * @param image the image
   * @param region where the hand is, turned so that its fingers point up
   * @param input the model's input values, {@code size x size x 3} in row-major order
   */
  public void processInput(RgbImage image, HandRegion region, float[] input) {
    RegionSampler.sample(image, region, facts.inputSize(), input, facts.pixelScale(), facts.pixelOffset(),
        RegionSampler.Border.REPLICATE, false);
  }

  /**
   * Turns the model's outputs into the hand's keypoints in image pixels.
   *
   * @param raw the keypoints output, {@link #KEYPOINT_VALUES} values in input pixels
   * @param presence the presence output, a probability
   * @param rightAsShown the handedness output: the probability of a right hand as the picture shows it
   * @param world the world keypoints output, {@link #KEYPOINT_VALUES} values in metres
   * @param region the region the input was cropped from
   * @param mirrored whether the image is mirrored (a selfie view); decides the handedness label
   * @return the keypoints, whatever the presence
   */
  public HandLandmarks processOutput(float[] raw, double presence, double rightAsShown, float[] world,
      HandRegion region, boolean mirrored) {
    int size = facts.inputSize();
    double cos = Math.cos(region.rotationRad());
    double sin = Math.sin(region.rotationRad());
    double side = region.sidePx();
    List<PixelKeypoint> keypoints = new ArrayList<>(KeypointName.COUNT);
    List<WorldKeypoint> worldKeypoints = new ArrayList<>(KeypointName.COUNT);
    for (int k = 0; k < KeypointName.COUNT; k++) {
      double du = (raw[3 * k] / size - 0.5) * side;
      double dv = (raw[3 * k + 1] / size - 0.5) * side;
      double z = raw[3 * k + 2] / size / facts.normalizeZ() * side;
      keypoints.add(new PixelKeypoint(region.centerXPx() + du * cos - dv * sin,
          region.centerYPx() + du * sin + dv * cos, z));
      double wx = world[3 * k];
      double wy = world[3 * k + 1];
      worldKeypoints.add(new WorldKeypoint(wx * cos - wy * sin, wx * sin + wy * cos, world[3 * k + 2]));
    }
    boolean right = mirrored ? rightAsShown <= 0.5 : rightAsShown > 0.5;
    Handedness handedness = right ? Handedness.RIGHT : Handedness.LEFT;
    double handednessScore = Math.max(rightAsShown, 1 - rightAsShown);
    return new HandLandmarks(keypoints, worldKeypoints, presence, handedness, handednessScore, region);
  }

  /** Returns the facts of the model this translator is for. */
  public LandmarkModelFacts facts() {
    return facts;
  }
}
