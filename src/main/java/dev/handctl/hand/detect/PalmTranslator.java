package dev.handctl.hand.detect;

import dev.handctl.capture.RgbImage;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.PixelBox;
import dev.handctl.hand.PixelPoint;
import dev.handctl.hand.RegionSampler;
import dev.handctl.hand.model.PalmModelFacts;
import dev.handctl.inference.ModelException;
import java.util.ArrayList;
import java.util.List;

/**
 * The palm detector's pre- and post-processing, apart from the model call (in the manner of DJL's
 * {@code Translator}): {@link #processInput} turns an image into the model's input values,
 * {@link #processOutput} turns the model's output values into palms in image pixels. Both work on
 * plain float arrays, so they are tested without a model; {@link PalmDetector} runs the model
 * between them.
 *
 * <p>Pre-processing letterboxes the image into the square input (black padding) and maps pixel
 * values onto the range of the model's manifest; post-processing decodes the rows against the SSD
 * anchors, merges overlaps with {@link WeightedNms} and maps boxes and keypoints back to image
 * pixels.
 */
public final class PalmTranslator {
  private final PalmModelFacts facts;
  private final PalmDetectorConfig config;
  private final PalmDecoder decoder;

  /**
   * Creates the translator of a model.
   *
   * @param facts the model's facts, from its manifest
   * @param config the detector's settings
   * @throws ModelException when a setting does not fit the model (a rotation keypoint it does not have)
   */
  public PalmTranslator(PalmModelFacts facts, PalmDetectorConfig config) {
    try {
      config.checkAgainst(facts);
    } catch (IllegalArgumentException e) {
      throw new ModelException(e.getMessage() + " (the palm model has " + facts.keypointCount()
          + " palm keypoints, by its manifest)", e);
    }
    this.facts = facts;
    this.config = config;
    SsdAnchors anchors = SsdAnchors.generate(facts.inputSize(), facts.anchorStrides(), facts.anchorsPerLayer(),
        facts.anchorOffset());
    this.decoder = new PalmDecoder(anchors, facts, config.minScore());
  }

  /** Returns the shape of the model's input, {@code [1, size, size, 3]}. */
  public long[] inputShape() {
    int n = facts.inputSize();
    return new long[] {1, n, n, 3};
  }

  /** Returns the number of values the model's output must have. */
  public int outputSize() {
    return decoder.expectedOutputSize();
  }

  /**
   * Returns the square of the image the model looks at: centred, as wide as the image's larger side
   * times {@code zoomOut}.
   *
   * @param image the image
   * @param zoomOut 1 for the image as it is; above 1 shrinks it into the middle of the input
   * @return the square, upright
   */
  public static HandRegion letterbox(RgbImage image, double zoomOut) {
    return new HandRegion(image.width() / 2.0, image.height() / 2.0,
        Math.max(image.width(), image.height()) * zoomOut, 0);
  }

  /**
   * Fills the model's input from an image.
   *
   * @param image the image
   * @param letterbox the square of it to look at ({@link #letterbox})
   * @param mirror whether to look at the mirror image
   * @param input the model's input values, {@code size x size x 3} in row-major order
   */
  public void processInput(RgbImage image, HandRegion letterbox, boolean mirror, float[] input) {
    RegionSampler.sample(image, letterbox, facts.inputSize(), input, facts.pixelScale(), facts.pixelOffset(),
        RegionSampler.Border.ZERO, mirror);
  }

  /**
   * Turns the model's output into palms.
   *
   * @param output the model's output values, {@link #outputSize()} of them
   * @param letterbox the square the input was taken from
   * @param mirror whether the input was the mirror image (palms are returned in the image's own
   *     coordinates all the same)
   * @return palms in image pixels, best score first, overlaps merged
   */
  public List<PalmDetection> processOutput(float[] output, HandRegion letterbox, boolean mirror) {
    List<PalmDetection> merged = WeightedNms.apply(decoder.decode(output), config.nmsIouThreshold());
    List<PalmDetection> palms = new ArrayList<>(merged.size());
    for (PalmDetection p : merged) {
      palms.add(toImage(p, letterbox, mirror));
    }
    return palms;
  }

  private static PalmDetection toImage(PalmDetection p, HandRegion letterbox, boolean mirror) {
    double u0 = mirror ? 1 - p.box().xMaxPx() : p.box().xMinPx();
    double u1 = mirror ? 1 - p.box().xMinPx() : p.box().xMaxPx();
    PixelPoint min = letterbox.toImage(u0, p.box().yMinPx());
    PixelPoint max = letterbox.toImage(u1, p.box().yMaxPx());
    List<PixelPoint> keypoints = new ArrayList<>(p.keypoints().size());
    for (PixelPoint k : p.keypoints()) {
      keypoints.add(letterbox.toImage(mirror ? 1 - k.xPx() : k.xPx(), k.yPx()));
    }
    return new PalmDetection(p.score(), new PixelBox(min.xPx(), min.yPx(), max.xPx(), max.yPx()), keypoints);
  }

  /** Returns the facts of the model this translator is for. */
  public PalmModelFacts facts() {
    return facts;
  }
}
