package dev.handctl.app;

import java.util.Arrays;

/** A growable list of durations in nanoseconds with percentiles; for benchmarks. Not thread-safe. */
public final class NanoSamples {
  private long[] values = new long[1024];
  private int size;

  public void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  public int size() {
    return size;
  }

  /** Returns the percentile (0..100, nearest rank) in milliseconds, NaN when empty. */
  public double percentileMillis(double percentile) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percentile / 100.0 * size) - 1;
    return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
  }
}
