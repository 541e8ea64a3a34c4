package dev.handctl.filter;

import java.util.Objects;

/**
 * The One Euro filter of Casiez, Roussel and Vogel (CHI 2012), following MediaPipe's
 * {@code util/filtering/one_euro_filter.cc}: a low-pass filter whose cutoff rises with the
 * (smoothed) speed of the signal, so it removes jitter at rest and lags little during fast moves.
 * See {@link OneEuroConfig} for the settings and how to tune them.
 *
 * <p>The time step comes from the timestamps passed in, not from a nominal frame rate, so dropped
 * or irregular frames are smoothed as configured. Not thread-safe.
 */
public final class OneEuroFilter {
  private final OneEuroConfig config;
  private final LowPassFilter value = new LowPassFilter();
  private final LowPassFilter speed = new LowPassFilter();
  private double lastRaw;
  private long lastTimestampNanos;

  /**
   * Creates a filter with no history.
   *
   * @param config the cutoffs and speed coefficient
   */
  public OneEuroFilter(OneEuroConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * Filters one sample.
   *
   * @param x the new sample
   * @param timestampNanos when it was measured, in nanoseconds on any monotonic clock
   * @return the filtered value: {@code x} itself for the first sample after construction or
   *     {@link #reset()}; the previous output, with the state left untouched, if the timestamp is
   *     not later than the previous one
   */
  public double filter(double x, long timestampNanos) {
    return filter(x, timestampNanos, 1);
  }

  /**
   * Filters one sample, measuring its speed in units of {@code 1 / speedScale} (MediaPipe's value
   * scale). Scaling only the speed, not the value, keeps the output independent of where the origin
   * of {@code x} lies even when the scale changes from sample to sample.
   *
   * @param x the sample
   * @param timestampNanos its time
   * @param speedScale multiplies the speed before it sets the cutoff (such as 1 / hand size in pixels)
   * @return the filtered value
   */
  public double filter(double x, long timestampNanos, double speedScale) {
    if (!value.primed()) {
      // Start the speed estimate at rest, as MediaPipe does; a first jump then raises the cutoff
      // only gradually instead of in full.
      speed.filter(0, 1);
      lastRaw = x;
      lastTimestampNanos = timestampNanos;
      return value.filter(x, 1);
    }
    long dtNanos = timestampNanos - lastTimestampNanos;
    if (dtNanos <= 0) {
      // A repeated or out-of-order frame: no time step to filter over.
      return value.last();
    }
    double dt = dtNanos * 1e-9;
    double dx = speed.filter((x - lastRaw) * speedScale / dt, alpha(config.derivativeCutoffHz(), dt));
    double cutoff = config.minCutoffHz() + config.beta() * Math.abs(dx);
    lastRaw = x;
    lastTimestampNanos = timestampNanos;
    return value.filter(x, alpha(cutoff, dt));
  }

  /** Forgets the history, so the next sample passes through; call it when the signal is lost. */
  public void reset() {
    value.reset();
    speed.reset();
  }

  /** Smoothing factor of a first-order low-pass filter with the given cutoff over a time step. */
  static double alpha(double cutoffHz, double dtSeconds) {
    double tau = 1 / (2 * Math.PI * cutoffHz);
    return 1 / (1 + tau / dtSeconds);
  }
}
