package dev.handctl.gesture;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * One hand's recent frames, as the gesture rules that look back need them: how far two keypoints
 * were apart at most (fingers closing fast), how much fingers bent (a settled hand), whether a
 * finger rule held a moment ago. Keeps only as far back as the rules in use look.
 */
final class HandHistory implements GestureHistory {
  /** A frame's geometry and time. */
  private record Past(long timestampNanos, HandGeometry geometry) {}

  private final Deque<Past> past = new ArrayDeque<>();
  private long newestNanos;

  /**
   * Adds this frame and forgets frames older than the window.
   *
   * @param g the hand in this frame
   * @param t its time
   * @param windowNanos how far back the rules look
   */
  void remember(HandGeometry g, long t, long windowNanos) {
    past.addLast(new Past(t, g));
    newestNanos = t;
    while (!past.isEmpty() && t - past.peekFirst().timestampNanos() > windowNanos) {
      past.removeFirst();
    }
  }

  private boolean within(Past p, long withinMillis) {
    return newestNanos - p.timestampNanos() <= withinMillis * 1_000_000L;
  }

  @Override
  public double recentMaxDistance(GestureDefinition.DistanceRule rule, long withinMillis) {
    double max = Double.NaN;
    for (Past p : past) {
      if (within(p, withinMillis)) {
        double d = p.geometry().distance(rule.from(), rule.to(), rule.depthWeight());
        max = Double.isNaN(max) ? d : Math.max(max, d);
      }
    }
    return max;
  }

  @Override
  public boolean metWithin(GestureDefinition.FingerRule rule, long withinMillis) {
    for (Past p : past) {
      if (within(p, withinMillis) && rule.metBy(p.geometry())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public double recentBendChange(Set<Finger> fingers, long withinMillis) {
    double change = 0;
    for (Finger f : fingers) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (Past p : past) {
        if (within(p, withinMillis)) {
          double b = p.geometry().bendDegrees().get(f);
          lo = Math.min(lo, b);
          hi = Math.max(hi, b);
        }
      }
      change = hi >= lo ? Math.max(change, hi - lo) : change;
    }
    return change;
  }
}
