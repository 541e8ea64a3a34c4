package dev.handctl.hand.track;

import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.Handedness;
import dev.handctl.hand.PixelKeypoint;
import dev.handctl.hand.PixelPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What the tracker remembers of how each hand moves: its palm centre's velocity, to place the next
 * frame's region where the hand is going rather than where it was, and, for a short while after a
 * hand is lost, where it was heading, so that a hand found again there (after motion blur, a
 * swipe) keeps its id and its motion history.
 */
final class HandMotions {
  /** How much of the newest frame-to-frame velocity goes into the estimate; the rest is the old one. */
  private static final double VELOCITY_BLEND = 0.7;
  /** About the fastest a hand sweeps, in hand sizes per second (real swipes: 10-30). */
  private static final double MAX_HAND_SIZES_PER_SECOND = 20;
  /** A found hand more than this many times larger or smaller than the lost one is another hand. */
  private static final double SIZE_RATIO = 1.6;

  /** A hand's last palm centre, its velocity and its size. */
  private record Motion(double xPx, double yPx, double vxPxPerNanos, double vyPxPerNanos, long timestampNanos,
      double sizePx, boolean hasVelocity) {}

  /** A hand lost at a time, with how it moved until then. */
  private record Lost(int id, Motion motion, long lostAtNanos, Handedness handedness) {}

  private final boolean predict;
  private final long rejoinNanos;
  private final double rejoinMaxHandSizes;
  private final Map<Integer, Motion> live = new HashMap<>();
  private final List<Lost> lost = new ArrayList<>();

  /**
   * Creates the memory.
   *
   * @param predict whether regions follow the hand's velocity
   * @param rejoinMillis a hand found again within this long of a loss may take the lost hand's id
   * @param rejoinMaxHandSizes how far from the lost hand's path it may be, in hand sizes
   */
  HandMotions(boolean predict, long rejoinMillis, double rejoinMaxHandSizes) {
    this.predict = predict;
    this.rejoinNanos = rejoinMillis * 1_000_000L;
    this.rejoinMaxHandSizes = rejoinMaxHandSizes;
  }

  /** Records a hand's keypoints in a frame. */
  void observe(int id, List<PixelKeypoint> keypoints, long timestampNanos) {
    PixelPoint c = HandLandmarks.palmCentre(keypoints);
    double size = HandLandmarks.sizePx(keypoints);
    Motion before = live.get(id);
    Motion now;
    if (before == null || timestampNanos <= before.timestampNanos()) {
      now = new Motion(c.xPx(), c.yPx(), 0, 0, timestampNanos, size, false);
    } else {
      double dt = timestampNanos - before.timestampNanos();
      double vx = (c.xPx() - before.xPx()) / dt;
      double vy = (c.yPx() - before.yPx()) / dt;
      if (before.hasVelocity()) {
        vx = VELOCITY_BLEND * vx + (1 - VELOCITY_BLEND) * before.vxPxPerNanos();
        vy = VELOCITY_BLEND * vy + (1 - VELOCITY_BLEND) * before.vyPxPerNanos();
      }
      now = new Motion(c.xPx(), c.yPx(), vx, vy, timestampNanos, size, true);
    }
    live.put(id, now);
  }

  /**
   * Returns where a tracked hand's region should move by for a frame at a time: its velocity times
   * the time since it was last seen, or nothing when prediction is off or the velocity unknown.
   *
   * @return {dx, dy} in pixels
   */
  double[] predictedShift(int id, long timestampNanos) {
    Motion m = live.get(id);
    if (!predict || m == null || !m.hasVelocity() || timestampNanos <= m.timestampNanos()) {
      return new double[] {0, 0};
    }
    double dt = timestampNanos - m.timestampNanos();
    return new double[] {m.vxPxPerNanos() * dt, m.vyPxPerNanos() * dt};
  }

  /** A tracked hand is lost in this frame; it may rejoin for a while. */
  void lose(int id, Handedness handedness, long timestampNanos) {
    Motion m = live.remove(id);
    if (m != null && rejoinNanos > 0) {
      lost.add(new Lost(id, m, timestampNanos, handedness));
    }
  }

  /** Returns whether a hand was lost recently enough to rejoin. */
  boolean anyLost(long timestampNanos) {
    expire(timestampNanos);
    return !lost.isEmpty();
  }

  /**
   * Finds the recently lost hand that a newly found one continues: lost within the rejoin time and
   * close to the path it was on (from where it was last seen to where its velocity would have taken
   * it by now), the closest first. Farther away, as far as a sweeping hand can have gone in the gap,
   * only when it is the one hand in view and of the same handedness: with two hands in view, the
   * other one is often the hand found. That hand's id is taken and its memory kept.
   *
   * @param keypoints the found hand
   * @param handedness its handedness
   * @param aloneInView whether no other hand is tracked in this frame
   * @param timestampNanos the frame's time
   * @return the lost hand's id, or -1 for a new hand
   */
  int rejoin(List<PixelKeypoint> keypoints, Handedness handedness, boolean aloneInView, long timestampNanos) {
    expire(timestampNanos);
    PixelPoint c = HandLandmarks.palmCentre(keypoints);
    Lost best = null;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (Lost l : lost) {
      Motion m = l.motion();
      double dt = timestampNanos - m.timestampNanos();
      double ex = m.xPx() + m.vxPxPerNanos() * dt;
      double ey = m.yPx() + m.vyPxPerNanos() * dt;
      double d = distanceToSegment(c.xPx(), c.yPx(), m.xPx(), m.yPx(), ex, ey);
      double foundSize = HandLandmarks.sizePx(keypoints);
      double size = Math.max(m.sizePx(), foundSize);
      // Near its path, or as far as a hand can have moved in the gap (a swipe from rest outruns any
      // prediction); a hand of another size is another hand.
      boolean farReach = aloneInView && handedness == l.handedness();
      double reach = rejoinMaxHandSizes + (farReach ? MAX_HAND_SIZES_PER_SECOND * (dt / 1e9) : 0);
      boolean sameSize = foundSize <= SIZE_RATIO * m.sizePx() && m.sizePx() <= SIZE_RATIO * foundSize;
      if (sameSize && d <= reach * size && d < bestDistance) {
        best = l;
        bestDistance = d;
      }
    }
    if (best == null) {
      return -1;
    }
    lost.remove(best);
    live.put(best.id(), best.motion());
    return best.id();
  }

  /** Forgets everything, as after a reset. */
  void clear() {
    live.clear();
    lost.clear();
  }

  private void expire(long timestampNanos) {
    for (Iterator<Lost> it = lost.iterator(); it.hasNext(); ) {
      Lost l = it.next();
      if (timestampNanos - l.lostAtNanos() > rejoinNanos || timestampNanos < l.lostAtNanos()) {
        it.remove();
      }
    }
  }

  private static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
    double vx = bx - ax;
    double vy = by - ay;
    double len2 = vx * vx + vy * vy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / len2));
    return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
  }
}
