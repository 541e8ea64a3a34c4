package dev.handctl.filter;

import java.util.Arrays;

/** Robust summaries of noisy measurements (where a hand rested, how far examples spread). */
public final class Quantiles {
  private Quantiles() {}

  /**
   * Returns the q-quantile of some values, interpolated linearly between order statistics.
   *
   * @param values the values, not changed (copied and sorted); at least one
   * @param q from 0 (the smallest) to 1 (the largest)
   * @return the quantile
   */
  public static double of(double[] values, double q) {
    double[] s = values.clone();
    Arrays.sort(s);
    double pos = q * (s.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(s.length - 1, lo + 1);
    return s[lo] + (pos - lo) * (s[hi] - s[lo]);
  }
}
