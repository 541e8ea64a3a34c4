package dev.handctl.capture;

import java.util.Locale;

/**
 * How often {@link CameraSource} tries to open a camera that is missing or failing: the delay
 * doubles from {@code initialMillis} after every consecutive failure, up to {@code maxMillis}, and
 * starts again from {@code initialMillis} after a successful open.
 *
 * @param initialMillis delay after the first failure, milliseconds, positive
 * @param maxMillis longest delay, milliseconds, at least {@code initialMillis}
 */
public record CameraRetry(long initialMillis, long maxMillis) {
  /** One second, doubling up to eight: quick to notice a plugged-in camera, quiet while none is. */
  public static final CameraRetry DEFAULT = new CameraRetry(1000, 8000);

  /** Checks the delays. */
  public CameraRetry {
    if (initialMillis <= 0) {
      throw new IllegalArgumentException("camera retry delay must be positive, got " + initialMillis + " ms");
    }
    if (maxMillis < initialMillis) {
      throw new IllegalArgumentException("longest camera retry delay (" + maxMillis
          + " ms) must not be shorter than the first (" + initialMillis + " ms)");
    }
  }

  /**
   * Returns the delay before the next attempt.
   *
   * @param failures consecutive failures before this one (0 for the first failure)
   * @return {@code initialMillis * 2^failures}, at most {@code maxMillis}
   */
  public long delayMillis(int failures) {
    long delay = initialMillis;
    for (int i = 0; i < failures && delay < maxMillis; i++) {
      delay *= 2;
    }
    return Math.min(delay, maxMillis);
  }

  /** Formats a delay for status messages: {@code 250 ms} below a second, {@code 2.0 s} above. */
  static String format(long millis) {
    return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
