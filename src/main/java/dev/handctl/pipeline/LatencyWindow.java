package dev.handctl.pipeline;

import java.util.Arrays;

/**
 * The most recent capture → action latencies, in a fixed ring, with their percentiles: what the
 * daemon's preview and log report about the delay a user feels now, not averaged over the whole
 * run. Allocates nothing after construction. One thread only.
 */
public final class LatencyWindow {
  private final long[] ring;
  private final long[] sorted;
  private int next;
  private int size;
  private long total;

  /**
   * Creates the window.
   *
   * @param capacity how many of the latest samples count; a few hundred actions are a few seconds
   *     of pointing, long enough for a steady p95 and short enough to follow a change of load
   */
  public LatencyWindow(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    ring = new long[capacity];
    sorted = new long[capacity];
  }

  /**
   * Adds one action's latency; the oldest sample leaves once the window is full.
   *
   * @param nanos from the frame's capture to the action reaching the output
   */
  public void add(long nanos) {
    ring[next] = nanos;
    next = (next + 1) % ring.length;
    size = Math.min(size + 1, ring.length);
    total++;
  }

  /** How many samples the window holds now (at most its capacity). */
  public int size() {
    return size;
  }

  /** How many samples were ever added. */
  public long total() {
    return total;
  }

  /** Forgets the samples (a new source: its latency is not the old one's); the total stays. */
  public void clear() {
    size = 0;
    next = 0;
  }

  /**
   * Returns the percentiles, nearest rank, in milliseconds, NaN for each when empty.
   *
   * @param percentiles each from 0 to 100
   * @return one value per percentile, in the order asked
   */
  public double[] percentilesMillis(double... percentiles) {
    double[] out = new double[percentiles.length];
    if (size == 0) {
      Arrays.fill(out, Double.NaN);
      return out;
    }
    System.arraycopy(ring, 0, sorted, 0, size);
    Arrays.sort(sorted, 0, size);
    for (int i = 0; i < percentiles.length; i++) {
      int rank = (int) Math.ceil(percentiles[i] / 100.0 * size) - 1;
      out[i] = sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
    }
    return out;
  }
}
