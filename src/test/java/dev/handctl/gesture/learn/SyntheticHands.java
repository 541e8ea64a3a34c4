package dev.handctl.gesture.learn;

import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.Handedness;
import dev.handctl.hand.PixelKeypoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic hands for unit tests (not real data): a stick-figure right hand whose fingers are
 * straight or folded, placed in the image at a position, size and angle, optionally mirrored into a
 * left hand, with optional noise.
 */
final class SyntheticHands {
  /** Finger bases, hand-size units, y up: index, middle, ring, pinky. */
  private static final double[][] BASES = {{0.3, 0.95}, {0, 1}, {-0.25, 0.95}, {-0.45, 0.85}};

  private SyntheticHands() {}

  /**
   * Returns a hand's normalised layout (y up, wrist at 0, hand size 1), before placing it.
   *
   * @param extended per finger (thumb, index, middle, ring, pinky) whether it is straight
   * @return 21 [x, y]
   */
  static double[][] layout(boolean... extended) {
    double[][] p = new double[21][];
    p[0] = new double[] {0, 0};
    p[1] = new double[] {0.25, 0.15};
    p[2] = new double[] {0.45, 0.35};
    p[3] = extended[0] ? new double[] {0.65, 0.55} : new double[] {0.4, 0.5};
    p[4] = extended[0] ? new double[] {0.8, 0.72} : new double[] {0.25, 0.55};
    for (int f = 0; f < 4; f++) {
      double bx = BASES[f][0];
      double by = BASES[f][1];
      double n = Math.hypot(bx, by);
      double dx = bx / n;
      double dy = by / n;
      int i = 5 + 4 * f;
      p[i] = new double[] {bx, by};
      if (extended[f + 1]) {
        p[i + 1] = new double[] {bx + 0.4 * dx, by + 0.4 * dy};
        p[i + 2] = new double[] {bx + 0.65 * dx, by + 0.65 * dy};
        p[i + 3] = new double[] {bx + 0.85 * dx, by + 0.85 * dy};
      } else {
        p[i + 1] = new double[] {bx + 0.2 * dx, by + 0.2 * dy};
        p[i + 2] = new double[] {bx * 0.85, by * 0.75};
        p[i + 3] = new double[] {bx * 0.75, by * 0.6};
      }
    }
    return p;
  }

  /**
   * Places a layout in the image.
   *
   * @param layout from {@link #layout}
   * @param xPx wrist x
   * @param yPx wrist y
   * @param sizePx hand size in pixels
   * @param turnRad how far the palm axis is turned from straight up (counter-clockwise as seen)
   * @param mirror whether to mirror it left to right (a left hand)
   * @param noise standard deviation of noise added to each coordinate, in hand sizes
   * @param random the noise's source
   * @return 21 keypoints in image pixels (y down)
   */
  static List<PixelKeypoint> place(double[][] layout, double xPx, double yPx, double sizePx, double turnRad,
      boolean mirror, double noise, Random random) {
    List<PixelKeypoint> out = new ArrayList<>(21);
    double cos = Math.cos(turnRad);
    double sin = Math.sin(turnRad);
    for (double[] q : layout) {
      double x = q[0] + noise * random.nextGaussian();
      double y = q[1] + noise * random.nextGaussian();
      double rx = x * cos - y * sin;
      double ry = x * sin + y * cos;
      out.add(new PixelKeypoint(xPx + (mirror ? -rx : rx) * sizePx, yPx - ry * sizePx, 0));
    }
    return out;
  }

  /** Wraps keypoints as a found hand. */
  static HandLandmarks hand(List<PixelKeypoint> keypoints, Handedness handedness) {
    return new HandLandmarks(keypoints, List.of(), 1, handedness, 1, new HandRegion(0, 0, 1, 0));
  }
}
