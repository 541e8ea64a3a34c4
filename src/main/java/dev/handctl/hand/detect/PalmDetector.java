package dev.handctl.hand.detect;

import dev.handctl.capture.RgbImage;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.PipelineStage;
import dev.handctl.hand.StageTimer;
import dev.handctl.hand.model.ModelManifest;
import dev.handctl.hand.model.PalmModelFacts;
import dev.handctl.inference.FloatCall;
import dev.handctl.inference.ModelException;
import dev.handctl.inference.TfModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds palms in an image with MediaPipe's SSD palm detector.
 *
 * <p>Pre-processing, the model call and post-processing are separate steps: {@link PalmTranslator}
 * turns the image into the model's input values and its output values into palms (the facts it
 * needs, such as input size and anchors, come from the model's manifest); this class runs the
 * model between them. No tensor leaves the model call ({@link FloatCall}).
 *
 * <p>Optionally the detector also looks at the mirror image. The palm model is not equally good
 * at both hands in every pose (a sideways thumbs-up of a right hand scores 0.6 with the box on the
 * curled fingers, and 1.0 on the right place once mirrored); palms of both passes are pooled and
 * overlaps resolved in favour of the higher score. It doubles the detector's cost, which a tracker
 * pays only while it searches. Not thread-safe: it owns one reusable input tensor.
 */
public final class PalmDetector implements AutoCloseable {
  private final PalmDetectorConfig config;
  private final FloatCall call;
  private final PalmTranslator translator;
  private final StageTimer timer;

  /**
   * Creates a detector over a loaded palm model.
   *
   * @param model the palm detection model (not closed by this detector)
   * @param facts the model's facts, from its manifest ({@link ModelManifest#palm})
   * @param config settings
   * @param timer receives stage timings
   * @throws ModelException when a setting does not fit the model
   */
  public PalmDetector(TfModel model, PalmModelFacts facts, PalmDetectorConfig config, StageTimer timer) {
    this.config = config;
    this.timer = timer;
    this.translator = new PalmTranslator(facts, config);
    this.call = model.newCall(facts.inputTensor(), translator.inputShape(), List.of(facts.outputTensor()),
        new int[] {translator.outputSize()});
  }

  /**
   * Finds the palms in an image.
   *
   * @param image the image
   * @return palms in image pixels, best score first
   */
  public List<PalmDetection> detect(RgbImage image) {
    List<PalmDetection> palms = detectPass(image, false);
    palms = config.mirroredPass() ? pool(palms, detectPass(image, true)) : palms;
    return config.zoomOutPass() ? addNew(palms, detectZoomedOut(image)) : palms;
  }

  /**
   * A palm from the zoomed-out pass counts only when its box spans at least this share of the
   * picture's larger side: the pass is there for hands too big for the full-size passes (on the
   * webcam photos cut tightly around each hand, palms span 30-60% of the picture), and at half
   * size small things in a small picture (a 222 px screen recording) become palm-like noise.
   */
  private static final double ZOOMED_OUT_MIN_PALM_SHARE = 0.25;

  /**
   * Adds the palms of the zoomed-out pass that the other passes did not find. A palm found at full
   * size has the finer box, so where both passes see one, the full-size palm is kept whatever the
   * scores; the zoomed-out pass only adds hands too big for the others.
   *
   * @param palms palms of the full-size passes, best first
   * @param zoomedOut palms of the zoomed-out pass
   * @return the palms, best score first
   */
  public List<PalmDetection> addNew(List<PalmDetection> palms, List<PalmDetection> zoomedOut) {
    List<PalmDetection> all = new ArrayList<>(palms);
    for (PalmDetection z : zoomedOut) {
      if (all.stream().noneMatch(p -> p.box().iou(z.box()) > config.nmsIouThreshold()
          || z.box().centredIn(p.box()) || p.box().centredIn(z.box()))) {
        all.add(z);
      }
    }
    all.sort((a, b) -> Double.compare(b.score(), a.score()));
    return all;
  }

  /**
   * Runs the zoomed-out pass: the image shrunk by {@link PalmDetectorConfig#zoomOutScale} into the
   * middle of the input, so that a hand filling the picture is hand-sized for the model; only the
   * large palms it finds are kept.
   *
   * @param image the image
   * @return palms in image pixels, best score first
   */
  public List<PalmDetection> detectZoomedOut(RgbImage image) {
    double minSidePx = ZOOMED_OUT_MIN_PALM_SHARE * Math.max(image.width(), image.height());
    List<PalmDetection> palms = new ArrayList<>();
    for (PalmDetection p : detectPass(image, false, config.zoomOutScale())) {
      if (Math.max(p.box().widthPx(), p.box().heightPx()) >= minSidePx) {
        palms.add(p);
      }
    }
    return palms;
  }

  /**
   * Runs one pass of the detector: on the image as it is, or on its mirror image. A caller with a
   * second detector (over its own session) can run the two passes of {@link #detect} on two
   * threads and {@link #pool} them.
   *
   * @param image the image
   * @param mirror whether to look at the mirror image (palms are still returned in the image's own
   *     coordinates)
   * @return palms in image pixels, best score first
   */
  public List<PalmDetection> detectPass(RgbImage image, boolean mirror) {
    return detectPass(image, mirror, 1);
  }

  private List<PalmDetection> detectPass(RgbImage image, boolean mirror, double zoomOut) {
    HandRegion letterbox = PalmTranslator.letterbox(image, zoomOut);
    long t0 = System.nanoTime();
    translator.processInput(image, letterbox, mirror, call.input());
    long t1 = System.nanoTime();
    call.run();
    long t2 = System.nanoTime();
    List<PalmDetection> palms = translator.processOutput(call.output(0), letterbox, mirror);
    long t3 = System.nanoTime();
    timer.record(PipelineStage.DETECTOR_PRE, t1 - t0);
    timer.record(PipelineStage.DETECTOR, t2 - t1);
    timer.record(PipelineStage.DETECTOR_POST, t3 - t2);
    return palms;
  }

  /**
   * Pools the palms of two passes: best first, and a palm overlapping a better one by more than
   * the NMS threshold is dropped.
   *
   * @param first palms of one pass
   * @param second palms of the other
   * @return the pooled palms, best score first
   */
  public List<PalmDetection> pool(List<PalmDetection> first, List<PalmDetection> second) {
    List<PalmDetection> all = new ArrayList<>(first.size() + second.size());
    all.addAll(first);
    all.addAll(second);
    return keepBestOfOverlapping(all, config.nmsIouThreshold());
  }

  /** Best first; a palm overlapping a better one by more than the threshold is dropped. */
  private static List<PalmDetection> keepBestOfOverlapping(List<PalmDetection> palms, double iouThreshold) {
    List<PalmDetection> sorted = new ArrayList<>(palms);
    sorted.sort((a, b) -> Double.compare(b.score(), a.score()));
    List<PalmDetection> kept = new ArrayList<>();
    for (PalmDetection p : sorted) {
      if (kept.stream().noneMatch(k -> k.box().iou(p.box()) > iouThreshold)) {
        kept.add(p);
      }
    }
    return kept;
  }

  /** Returns the facts of the model this detector runs. */
  public PalmModelFacts facts() {
    return translator.facts();
  }

  /** Returns the settings this detector runs with. */
  public PalmDetectorConfig config() {
    return config;
  }

  @Override
  public void close() {
    call.close();
  }
}
