package dev.handctl.eval;

import dev.handctl.hand.PixelBox;
import dev.handctl.hand.PixelKeypoint;
import java.util.ArrayList;
import java.util.List;

/**
 * One hand of a reference file: 21 keypoints in MediaPipe Hands order, and optionally its box.
 *
 * @param keypoints 21 keypoints; x and y NaN for a keypoint that is not labelled (COCO visibility
 *     0), z 0 when the file gives none
 * @param box the labelled box (COCO {@code bbox}), or null to use the box around the keypoints
 * @param normalized whether x and y (and the box) are fractions of the image's width and height
 *     rather than pixels
 */
public record ReferenceHand(List<PixelKeypoint> keypoints, PixelBox box, boolean normalized) {
  /** Copies the keypoints so the record stays immutable. */
  public ReferenceHand {
    keypoints = List.copyOf(keypoints);
  }

  /**
   * Returns this hand in pixels of an image.
   *
   * @param widthPx the image's width
   * @param heightPx the image's height
   * @return the hand in pixels (itself when it already is)
   */
  public ReferenceHand inPixels(int widthPx, int heightPx) {
    if (!normalized) {
      return this;
    }
    List<PixelKeypoint> px = new ArrayList<>();
    // z of MediaPipe's normalised output is on the scale of x, so it scales with the width.
    keypoints.forEach(k -> px.add(new PixelKeypoint(k.xPx() * widthPx, k.yPx() * heightPx, k.zPx() * widthPx)));
    PixelBox b = box == null ? null : new PixelBox(box.xMinPx() * widthPx, box.yMinPx() * heightPx,
        box.xMaxPx() * widthPx, box.yMaxPx() * heightPx);
    return new ReferenceHand(px, b, false);
  }

  /** Returns the labelled keypoints only (those with finite x and y). */
  public List<PixelKeypoint> labelled() {
    return keypoints.stream().filter(k -> Double.isFinite(k.xPx()) && Double.isFinite(k.yPx())).toList();
  }

  /** Returns the box the scores are normalised by: the labelled box, else the one around the keypoints. */
  public PixelBox scoringBox() {
    return box != null ? box : PixelBox.around(labelled());
  }
}
