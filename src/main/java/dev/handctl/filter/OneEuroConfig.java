package dev.handctl.filter;

/**
 * Settings of a {@link OneEuroFilter}, under the config key {@code smoothing}.
 *
 * <p>The filter is a low-pass filter whose cutoff frequency rises with the speed of the signal:
 * {@code cutoff = minCutoffHz + beta * |speed|}. The two main settings pull in opposite
 * directions:
 *
 * <ul>
 *   <li>a lower {@code minCutoffHz} gives less jitter while the signal is still, but more lag when
 *       it starts to move;
 *   <li>a higher {@code beta} gives less lag on fast moves, but lets more jitter through while
 *       moving (and, if very high, even from noise alone).
 * </ul>
 *
 * <p>Tune them as MediaPipe advises: set {@code beta} to 0 and lower {@code minCutoffHz} until a
 * still signal stops jittering while slow moves still feel acceptable; then raise {@code beta}
 * until fast moves no longer lag. {@code derivativeCutoffHz} smooths the speed estimate itself and
 * rarely needs changing (1 Hz is the usual value).
 *
 * @param minCutoffHz cutoff at rest, in hertz; greater than 0, at most 1000
 * @param beta how fast the cutoff rises with speed, in hertz per unit of speed (for
 *     {@link LandmarkSmoother}, per hand size per second); from 0 to 1000
 * @param derivativeCutoffHz cutoff of the speed estimate, in hertz; greater than 0, at most 1000
 */
public record OneEuroConfig(double minCutoffHz, double beta, double derivativeCutoffHz) {

  /** Validates every field; the message names the setting's config key. */
  public OneEuroConfig {
    // Negated checks so that NaN is rejected too.
    check(minCutoffHz > 0 && minCutoffHz <= 1000, "smoothing.minCutoffHz", "greater than 0", minCutoffHz);
    check(beta >= 0 && beta <= 1000, "smoothing.beta", "at least 0", beta);
    check(derivativeCutoffHz > 0 && derivativeCutoffHz <= 1000, "smoothing.derivativeCutoffHz",
        "greater than 0", derivativeCutoffHz);
  }

  private static void check(boolean ok, String key, String lowerBound, double value) {
    if (!ok) {
      throw new IllegalArgumentException(
          key + ": expected a number " + lowerBound + " and at most 1000, got " + value);
    }
  }
}
