package dev.handctl.hand.detect;

import dev.handctl.hand.PixelBox;
import dev.handctl.hand.PixelPoint;
import dev.handctl.hand.model.PalmModelFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the palm detector's raw rows into palms, in units of the model's input square.
 *
 * <p>Row layout: {@code [score logit, cx, cy, w, h, k0x, k0y, ..., k6x, k6y]}, all offsets in input
 * pixels relative to the row's anchor. Scores pass through a sigmoid (logits clipped to +-100 as
 * MediaPipe does); rows under the minimum score are dropped before anything else is computed.
 */
final class PalmDecoder {
  private static final float SCORE_CLIP = 100f;

  private final SsdAnchors anchors;
  private final int rowLength;
  private final int keypointCount;
  private final float inputSize;
  private final float minLogit;

  PalmDecoder(SsdAnchors anchors, PalmModelFacts facts, double minScore) {
    this.anchors = anchors;
    this.keypointCount = facts.keypointCount();
    this.rowLength = 5 + 2 * keypointCount;
    this.inputSize = facts.inputSize();
    double p = minScore;
    this.minLogit = (float) Math.log(p / (1 - p));
  }

  /** Returns the number of floats the model must output. */
  int expectedOutputSize() {
    return anchors.size() * rowLength;
  }

  /**
   * Decodes all rows scoring at least the minimum score.
   *
   * @param raw the model output, {@link #expectedOutputSize()} floats
   * @return palms with boxes and keypoints in [0, 1] units of the input square ({@link PixelBox} and
   *     {@link PixelPoint} are reused with "pixel" meaning "input side")
   */
  List<PalmDetection> decode(float[] raw) {
    List<PalmDetection> out = new ArrayList<>();
    for (int a = 0; a < anchors.size(); a++) {
      int r = a * rowLength;
      float logit = raw[r];
      if (logit < minLogit) {
        continue;
      }
      float clipped = Math.max(-SCORE_CLIP, Math.min(SCORE_CLIP, logit));
      double score = 1.0 / (1.0 + Math.exp(-clipped));
      float ax = anchors.centerX(a);
      float ay = anchors.centerY(a);
      double cx = ax + raw[r + 1] / inputSize;
      double cy = ay + raw[r + 2] / inputSize;
      double w = raw[r + 3] / inputSize;
      double h = raw[r + 4] / inputSize;
      List<PixelPoint> keypoints = new ArrayList<>(keypointCount);
      for (int k = 0; k < keypointCount; k++) {
        keypoints.add(new PixelPoint(ax + raw[r + 5 + 2 * k] / inputSize, ay + raw[r + 6 + 2 * k] / inputSize));
      }
      out.add(new PalmDetection(score, new PixelBox(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), keypoints));
    }
    return out;
  }
}
