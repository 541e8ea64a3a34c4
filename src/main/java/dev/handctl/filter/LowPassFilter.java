package dev.handctl.filter;

/**
 * Exponential smoothing, {@code y = alpha * x + (1 - alpha) * yPrev}, with the smoothing factor
 * given per sample so that callers can derive it from the actual time step. The first sample after
 * construction or {@link #reset()} passes through unchanged.
 */
final class LowPassFilter {
  private double last;
  private boolean primed;

  /**
   * Smooths one sample.
   *
   * @param value the new sample
   * @param alpha weight of the new sample, in (0, 1]; 1 passes it through
   * @return the smoothed value
   */
  double filter(double value, double alpha) {
    last = primed ? alpha * value + (1 - alpha) * last : value;
    primed = true;
    return last;
  }

  /** Returns whether a sample has been seen since construction or the last {@link #reset()}. */
  boolean primed() {
    return primed;
  }

  /** Returns the last smoothed value; meaningful only when {@link #primed()}. */
  double last() {
    return last;
  }

  /** Forgets the history, so the next sample passes through. */
  void reset() {
    primed = false;
    last = 0;
  }
}
