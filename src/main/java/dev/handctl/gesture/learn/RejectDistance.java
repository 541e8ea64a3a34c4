package dev.handctl.gesture.learn;

import dev.handctl.filter.Quantiles;
import dev.handctl.gesture.HandShape;
import java.util.List;

/**
 * Chooses how far from the nearest example a hand may be and still show the pose, from the
 * examples' own spread.
 *
 * <p>How: for each example, the distance to its nearest other example, leaving out the examples of
 * the same hold less than {@link LearnSettings#sameHoldMillis} away (neighbouring video frames are
 * near copies; photos are holds of their own). The reject distance is a high percentile of these
 * leave-one-out distances times a margin, and at least {@link LearnSettings#minReject}.
 *
 * <p>Why: a leave-one-out distance is how far a new frame of the pose is from the rest, measured on
 * the examples themselves, so the distance follows the user's own variation (a shaky hand or a
 * varied set of photos gets a wider one) instead of a number fixed for every pose. The percentile
 * keeps one odd example (a bad detection) from widening it; the margin allows for the pose made
 * again later being a little farther off than the examples are from each other; the floor keeps a
 * single very steady hold from giving a distance as small as the model's jitter.
 *
 * <p>With negatives ("not this" frames), the distance is then cut to
 * {@link LearnSettings#negativeShare} of the nearest negative's distance to the examples, so none of
 * them is accepted.
 *
 * @param distance the reject distance, in hand sizes
 * @param spread the percentile of the leave-one-out distances (NaN with one example)
 * @param fromSpread the distance the spread alone gave (with margin and floor)
 * @param nearestNegative the nearest negative's distance to the examples (NaN without negatives)
 * @param examplesOutside how many examples' leave-one-out distances are beyond the final distance
 *     (more than a few: the pose is hard to tell from a negative)
 */
public record RejectDistance(double distance, double spread, double fromSpread, double nearestNegative,
    int examplesOutside) {

  /**
   * Chooses the reject distance.
   *
   * @param examples the pose's examples (not empty)
   * @param negatives shapes that must not be accepted (may be empty)
   * @param settings percentile, margin, floor, negative share
   * @return the distance and what it came from
   */
  public static RejectDistance choose(List<Example> examples, List<double[]> negatives, LearnSettings settings) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no examples");
    }
    double[] loo = leaveOneOut(examples, settings.sameHoldMillis());
    double spread = loo.length == 0 ? Double.NaN : percentile(loo, settings.percentile());
    double fromSpread = Double.isNaN(spread) ? settings.minReject() : Math.max(settings.minReject(),
        spread * settings.margin());
    double nearestNegative = Double.NaN;
    double distance = fromSpread;
    if (!negatives.isEmpty()) {
      nearestNegative = Double.POSITIVE_INFINITY;
      for (double[] n : negatives) {
        nearestNegative = Math.min(nearestNegative, nearest(examples, n));
      }
      distance = Math.min(distance, settings.negativeShare() * nearestNegative);
    }
    int outside = 0;
    for (double d : loo) {
      outside += d > distance ? 1 : 0;
    }
    return new RejectDistance(distance, spread, fromSpread, nearestNegative, outside);
  }

  /** Returns each example's distance to its nearest other example (see the class comment); empty for one. */
  static double[] leaveOneOut(List<Example> examples, long sameHoldMillis) {
    if (examples.size() < 2) {
      return new double[0];
    }
    double[] out = new double[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      double best = Double.POSITIVE_INFINITY;
      double anyBest = Double.POSITIVE_INFINITY;
      for (int j = 0; j < examples.size(); j++) {
        if (j == i) {
          continue;
        }
        Example o = examples.get(j);
        double d = HandShape.distance(e.shape(), o.shape());
        anyBest = Math.min(anyBest, d);
        boolean neighbour = o.hold() == e.hold()
            && Math.abs(o.timestampNanos() - e.timestampNanos()) < sameHoldMillis * 1_000_000L;
        if (!neighbour) {
          best = Math.min(best, d);
        }
      }
      // A hold too short to have far-enough frames: its nearest frame is all there is.
      out[i] = Double.isInfinite(best) ? anyBest : best;
    }
    return out;
  }

  /** Returns the distance from a shape to the nearest example. */
  static double nearest(List<Example> examples, double[] shape) {
    double best = Double.POSITIVE_INFINITY;
    for (Example e : examples) {
      best = Math.min(best, HandShape.distance(e.shape(), shape));
    }
    return best;
  }

  /** Returns the p-quantile (0..1) of values, by linear interpolation between order statistics. */
  static double percentile(double[] values, double p) {
    return Quantiles.of(values, p);
  }
}
