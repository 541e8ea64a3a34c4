package dev.handctl.gesture;

import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.PixelKeypoint;
import java.util.List;

/**
 * A hand's shape with where, how large, how turned and which hand it is taken out: the 21
 * keypoints in the image plane with the wrist at the origin, one hand size (wrist to middle-finger
 * base) as the unit, turned so that the palm axis (wrist to middle-finger base) points up, and a
 * hand that looks like a left hand in the picture mirrored onto a right one. Two such shapes are
 * compared by the root mean square of their keypoint distances, in hand sizes. This is what a
 * gesture learned from examples ({@link GestureDefinition.ExampleRule}) stores and compares.
 *
 * <p>Root mean square rather than the plain mean: two poses mostly differ in one finger (the thumb
 * out or in), four of the 21 keypoints, and a plain mean spreads that over all 21 until it is no
 * larger than the jitter of the whole hand; squaring first lets the few far keypoints count.
 *
 * <p>The model's depth is left out: it is its least certain axis, and a learned pose is told apart
 * well enough by the fingers' layout in the picture.
 *
 * <p>Values are {@code x0, y0, x1, y1, ... x20, y20}, y pointing up (the middle-finger base is
 * always at (0, 1)).
 */
public final class HandShape {
  /** How many numbers one shape has: x and y for 21 keypoints. */
  public static final int VALUES = 42;

  private static final int MIDDLE_MCP = 9;

  private HandShape() {}

  /**
   * Normalises a hand's keypoints.
   *
   * @param keypoints 21 keypoints in image pixels (y down)
   * @param rightAsSeen whether the hand looks like a right hand in this picture (its anatomical
   *     handedness, swapped for a mirrored view); a left-looking one is mirrored
   * @return {@link #VALUES} numbers
   */
  public static double[] normalise(List<PixelKeypoint> keypoints, boolean rightAsSeen) {
    if (keypoints.size() != 21) {
      throw new IllegalArgumentException("expected 21 keypoints, got " + keypoints.size());
    }
    PixelKeypoint wrist = keypoints.get(0);
    double size = HandLandmarks.sizePx(keypoints);
    double flip = rightAsSeen ? 1 : -1;
    // Palm axis with y pointing up (image y points down), mirrored like every point.
    double ax = flip * (keypoints.get(MIDDLE_MCP).xPx() - wrist.xPx());
    double ay = -(keypoints.get(MIDDLE_MCP).yPx() - wrist.yPx());
    double norm = Math.hypot(ax, ay);
    // Rotation taking the axis (ax, ay) onto (0, 1): cos = ay / |a|, sin = ax / |a|.
    double cos = norm < 1e-9 ? 1 : ay / norm;
    double sin = norm < 1e-9 ? 0 : ax / norm;
    double[] out = new double[VALUES];
    for (int i = 0; i < 21; i++) {
      PixelKeypoint p = keypoints.get(i);
      double x = flip * (p.xPx() - wrist.xPx()) / size;
      double y = -(p.yPx() - wrist.yPx()) / size;
      out[2 * i] = x * cos - y * sin;
      out[2 * i + 1] = x * sin + y * cos;
    }
    return out;
  }

  /**
   * Root mean square of the distances between corresponding keypoints of two shapes, in hand sizes.
   *
   * @param a a shape of {@link #VALUES} numbers
   * @param b another
   * @return the RMS keypoint distance (0 for the same shape)
   */
  public static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < VALUES; i++) {
      double d = a[i] - b[i];
      sum += d * d;
    }
    return Math.sqrt(sum / 21);
  }
}
