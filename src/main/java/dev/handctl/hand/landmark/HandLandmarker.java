package dev.handctl.hand.landmark;

import dev.handctl.capture.RgbImage;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.PipelineStage;
import dev.handctl.hand.StageTimer;
import dev.handctl.hand.model.LandmarkModelFacts;
import dev.handctl.hand.model.ModelManifest;
import dev.handctl.inference.FloatCall;
import dev.handctl.inference.TfModel;
import java.util.List;

/**
 * Regresses the 21 hand keypoints inside a {@link HandRegion} with MediaPipe's hand landmark model.
 *
 * <p>Pre-processing, the model call and post-processing are separate steps:
 * {@link LandmarkTranslator} crops the region into the model's input values and turns its output
 * values into keypoints in image pixels (the facts it needs, such as input size and z scale, come
 * from the model's manifest); this class runs the model between them. No tensor leaves the model
 * call ({@link FloatCall}). Not thread-safe.
 */
public final class HandLandmarker implements LandmarkEstimator, AutoCloseable {
  private final HandLandmarkerConfig config;
  private final LandmarkTranslator translator;
  private final FloatCall call;
  private final StageTimer timer;

  /**
   * Creates a landmarker over a loaded landmark model.
   *
   * @param model the landmark model (not closed by this landmarker)
   * @param facts the model's facts, from its manifest ({@link ModelManifest#landmarks})
   * @param config settings
   * @param timer receives stage timings
   */
  public HandLandmarker(TfModel model, LandmarkModelFacts facts, HandLandmarkerConfig config, StageTimer timer) {
    this.config = config;
    this.timer = timer;
    this.translator = new LandmarkTranslator(facts);
    int values = LandmarkTranslator.KEYPOINT_VALUES;
    this.call = model.newCall(facts.inputTensor(), translator.inputShape(),
        List.of(facts.keypointsOutput(), facts.presenceOutput(), facts.handednessOutput(), facts.worldOutput()),
        new int[] {values, 1, 1, values});
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
    translator.processInput(image, region, call.input());
    long t1 = System.nanoTime();
    call.run();
    long t2 = System.nanoTime();
    HandLandmarks hand = translator.processOutput(call.output(0), call.output(1)[0], call.output(2)[0],
        call.output(3), region, mirrored);
    long t3 = System.nanoTime();
    timer.record(PipelineStage.LANDMARKS_PRE, t1 - t0);
    timer.record(PipelineStage.LANDMARKS, t2 - t1);
    timer.record(PipelineStage.LANDMARKS_POST, t3 - t2);
    return hand;
  }

  /** Returns the facts of the model this landmarker runs. */
  public LandmarkModelFacts facts() {
    return translator.facts();
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
