package dev.handctl.hand;

import dev.handctl.capture.RgbImage;
import dev.handctl.inference.FloatCall;
import dev.handctl.inference.TfModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Regresses the 21 hand keypoints inside a {@link HandRegion} with MediaPipe's hand landmark model.
 *
 * <p>Pre-processing crops the region upright into the square input (edge pixels replicated,
 * values in [0, 1]); post-processing maps the keypoints back through the region's rotation and
 * scale to image pixels, and rotates the world keypoints the same way. The model's presence output
 * is already a probability. Its handedness output is the probability of a right hand in a mirrored
 * (selfie) image; for an ordinary image that is the person's left hand. Not thread-safe.
 */
public final class HandLandmarker implements LandmarkEstimator, AutoCloseable {
  private static final int VALUES = HandKeypoint.COUNT * 3;

  private final HandLandmarkerConfig config;
  private final FloatCall call;
  private final StageTimer timer;

  /**
   * Creates a landmarker over a loaded landmark model.
   *
   * @param model the landmark model (not closed by this landmarker)
   * @param config settings
   * @param timer receives stage timings
   */
  public HandLandmarker(TfModel model, HandLandmarkerConfig config, StageTimer timer) {
    this.config = config;
    this.timer = timer;
    int n = config.inputSize();
    this.call = model.newCall(config.inputName(), new long[] {1, n, n, 3},
        List.of(config.keypointsOutput(), config.presenceOutput(), config.handednessOutput(), config.worldOutput()),
        new int[] {VALUES, 1, 1, VALUES});
  }

  /**
   * Finds the keypoints of the hand in a region.
   *
   * @param image the image
   * @param region where the hand is, turned so that its fingers point up
   * @param mirrored whether the image is mirrored (a selfie view); decides the handedness label
   * @return the keypoints, whatever the presence; callers compare presence with their threshold
   */
  public HandLandmarks estimate(RgbImage image, HandRegion region, boolean mirrored) {
    long t0 = System.nanoTime();
    int size = config.inputSize();
    RegionSampler.sample(image, region, size, call.input(), 1 / 255f, 0f, RegionSampler.Border.REPLICATE, false);
    long t1 = System.nanoTime();
    call.run();
    long t2 = System.nanoTime();
    float[] raw = call.output(0);
    float[] world = call.output(3);
    double cos = Math.cos(region.rotationRad());
    double sin = Math.sin(region.rotationRad());
    double side = region.sidePx();
    List<HandLandmark> keypoints = new ArrayList<>(HandKeypoint.COUNT);
    List<WorldLandmark> worldKeypoints = new ArrayList<>(HandKeypoint.COUNT);
    for (int k = 0; k < HandKeypoint.COUNT; k++) {
      double du = (raw[3 * k] / size - 0.5) * side;
      double dv = (raw[3 * k + 1] / size - 0.5) * side;
      double z = raw[3 * k + 2] / size / config.normalizeZ() * side;
      keypoints.add(new HandLandmark(region.centerXPx() + du * cos - dv * sin,
          region.centerYPx() + du * sin + dv * cos, z));
      double wx = world[3 * k];
      double wy = world[3 * k + 1];
      worldKeypoints.add(new WorldLandmark(wx * cos - wy * sin, wx * sin + wy * cos, world[3 * k + 2]));
    }
    double presence = call.output(1)[0];
    // The score is for a right hand as the picture shows it (measured: the two left hands of
    // tfjs-hands/hands.jpg and the left thumbs-up of hand_thumb_up.jpg score under 0.5, the right
    // thumbs-up of thumbs_up_ios.png over it), not MediaPipe's mirrored-selfie convention; a
    // mirrored picture shows the other hand.
    double rightAsShown = call.output(2)[0];
    boolean right = mirrored ? rightAsShown <= 0.5 : rightAsShown > 0.5;
    Handedness handedness = right ? Handedness.RIGHT : Handedness.LEFT;
    double handednessScore = Math.max(rightAsShown, 1 - rightAsShown);
    long t3 = System.nanoTime();
    timer.record(PipelineStage.LANDMARKS_PRE, t1 - t0);
    timer.record(PipelineStage.LANDMARKS, t2 - t1);
    timer.record(PipelineStage.LANDMARKS_POST, t3 - t2);
    return new HandLandmarks(keypoints, worldKeypoints, presence, handedness, handednessScore, region);
  }

  /** Returns the settings this landmarker runs with. */
  public HandLandmarkerConfig config() {
    return config;
  }

  @Override
  public void close() {
    call.close();
  }
}
