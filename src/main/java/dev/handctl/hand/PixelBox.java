package dev.handctl.hand;

import java.util.List;

/**
 * An axis-aligned box in image pixels.
 *
 * @param xMinPx left edge
 * @param yMinPx top edge
 * @param xMaxPx right edge
 * @param yMaxPx bottom edge
 */
public record PixelBox(double xMinPx, double yMinPx, double xMaxPx, double yMaxPx) {

  /** Returns the width in pixels. */
  public double widthPx() {
    return xMaxPx - xMinPx;
  }

  /** Returns the height in pixels. */
  public double heightPx() {
    return yMaxPx - yMinPx;
  }

  /** Returns the area in square pixels (0 for an empty box). */
  public double areaPx() {
    return Math.max(0, widthPx()) * Math.max(0, heightPx());
  }

  /**
   * Tells whether this box's centre lies inside another box (edges included).
   *
   * @param other the enclosing candidate
   * @return true when the centre is inside {@code other}
   */
  public boolean centredIn(PixelBox other) {
    double cx = (xMinPx + xMaxPx) / 2;
    double cy = (yMinPx + yMaxPx) / 2;
    return cx >= other.xMinPx && cx <= other.xMaxPx && cy >= other.yMinPx && cy <= other.yMaxPx;
  }

  /**
   * Returns the intersection over union with another box, 0 when they do not overlap.
   *
   * @param other the other box
   * @return IoU in [0, 1]
   */
  public double iou(PixelBox other) {
    double ix = Math.min(xMaxPx, other.xMaxPx) - Math.max(xMinPx, other.xMinPx);
    double iy = Math.min(yMaxPx, other.yMaxPx) - Math.max(yMinPx, other.yMinPx);
    if (ix <= 0 || iy <= 0) {
      return 0;
    }
    double inter = ix * iy;
    double union = areaPx() + other.areaPx() - inter;
    return union <= 0 ? 0 : inter / union;
  }

  /**
   * Returns the smallest box around the given landmarks' x and y.
   *
   * @param points at least one landmark
   * @return their bounding box
   */
  public static PixelBox around(List<PixelKeypoint> points) {
    double x0 = Double.POSITIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    for (PixelKeypoint p : points) {
      x0 = Math.min(x0, p.xPx());
      y0 = Math.min(y0, p.yPx());
      x1 = Math.max(x1, p.xPx());
      y1 = Math.max(y1, p.yPx());
    }
    return new PixelBox(x0, y0, x1, y1);
  }
}
