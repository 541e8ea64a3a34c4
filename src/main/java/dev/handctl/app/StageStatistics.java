package dev.handctl.app;

import dev.handctl.hand.PipelineStage;
import dev.handctl.hand.StageTimer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Collects per-call durations of each pipeline stage and summarises them. Thread-safe: the palm
 * detector may record from its own thread.
 */
public final class StageStatistics implements StageTimer {
  private final Map<PipelineStage, long[]> samples = new EnumMap<>(PipelineStage.class);
  private final Map<PipelineStage, Integer> counts = new EnumMap<>(PipelineStage.class);
  private volatile boolean recording = true;

  @Override
  public synchronized void record(PipelineStage stage, long nanos) {
    if (!recording) {
      return;
    }
    long[] s = samples.computeIfAbsent(stage, k -> new long[1024]);
    int n = counts.getOrDefault(stage, 0);
    if (n == s.length) {
      s = Arrays.copyOf(s, n * 2);
      samples.put(stage, s);
    }
    s[n] = nanos;
    counts.put(stage, n + 1);
  }

  public synchronized void setRecording(boolean recording) {
    this.recording = recording;
  }

  public synchronized int count(PipelineStage stage) {
    return counts.getOrDefault(stage, 0);
  }

  /** Returns the given percentile (0..100, nearest rank) in milliseconds, NaN when never recorded. */
  public synchronized double percentileMillis(PipelineStage stage, double percentile) {
    int n = count(stage);
    if (n == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(samples.get(stage), n);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percentile / 100.0 * n) - 1;
    return sorted[Math.max(0, Math.min(n - 1, rank))] / 1e6;
  }

  public synchronized double meanMillis(PipelineStage stage) {
    int n = count(stage);
    if (n == 0) {
      return Double.NaN;
    }
    long sum = 0;
    long[] s = samples.get(stage);
    for (int i = 0; i < n; i++) {
      sum += s[i];
    }
    return sum / 1e6 / n;
  }
}
