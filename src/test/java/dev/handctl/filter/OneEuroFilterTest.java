package dev.handctl.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OneEuroFilterTest {
  private static final long DT_30HZ = 33_333_333L;
  private static final long DT_60HZ = 16_666_667L;

  /** The smoothing factor by the formula, independently of the code under test. */
  private static double expectedAlpha(double cutoffHz, long dtNanos) {
    double tau = 1 / (2 * Math.PI * cutoffHz);
    double dt = dtNanos / 1e9;
    return 1 / (1 + tau / dt);
  }

  /** Feeds 0 then {@code steps} samples of 1 at the given period; returns the outputs after the 0. */
  private static double[] step(OneEuroFilter f, long dtNanos, int steps) {
    f.filter(0, 0);
    double[] out = new double[steps];
    for (int i = 0; i < steps; i++) {
      out[i] = f.filter(1, (i + 1) * dtNanos);
    }
    return out;
  }

  @Test
  void firstValuePassesThrough() {
    OneEuroFilter f = new OneEuroFilter(new OneEuroConfig(1, 0, 1));
    assertThat(f.filter(3.7, 123_456_789L)).isEqualTo(3.7);
  }

  @Test
  void stepAt30HzMovesByTheComputedAlphaThenConvergesMonotonically() {
    double[] out = step(new OneEuroFilter(new OneEuroConfig(1, 0, 1)), DT_30HZ, 90);

    assertThat(out[0]).isCloseTo(expectedAlpha(1, DT_30HZ), within(1e-12));
    for (int i = 1; i < out.length; i++) {
      assertThat(out[i]).isGreaterThan(out[i - 1]).isLessThanOrEqualTo(1);
    }
    assertThat(out[out.length - 1]).isGreaterThan(0.99);
  }

  @Test
  void timeStepComesFromTheTimestamps() {
    OneEuroConfig config = new OneEuroConfig(1, 0, 1);
    double[] at30 = step(new OneEuroFilter(config), DT_30HZ, 6);
    double[] at60 = step(new OneEuroFilter(config), DT_60HZ, 12);

    // Per sample the 60 Hz filter moves less...
    assertThat(at60[0]).isCloseTo(expectedAlpha(1, DT_60HZ), within(1e-12)).isLessThan(0.6 * at30[0]);
    // ...but after the same 0.2 s both have come about equally far.
    assertThat(at60[11]).isCloseTo(at30[5], within(0.02));
  }

  @Test
  void largerBetaLagsLessOnARamp() {
    double lagBeta0 = rampLag(new OneEuroFilter(new OneEuroConfig(1, 0, 1)));
    double lagBeta1 = rampLag(new OneEuroFilter(new OneEuroConfig(1, 1, 1)));

    assertThat(lagBeta0).isGreaterThan(1); // about speed / (2 pi minCutoff) = 1.6
    assertThat(lagBeta1).isLessThan(0.5 * lagBeta0);
  }

  /** Lag behind a ramp of 10 units per second after 2 s at 30 Hz. */
  private static double rampLag(OneEuroFilter f) {
    double x = 0;
    double y = 0;
    for (int i = 0; i <= 60; i++) {
      x = 10.0 * i * DT_30HZ / 1e9;
      y = f.filter(x, i * DT_30HZ);
    }
    return x - y;
  }

  @Test
  void repeatedOrEarlierTimestampReturnsThePreviousOutputAndKeepsTheState() {
    OneEuroConfig config = new OneEuroConfig(1, 0.5, 1);
    OneEuroFilter f = new OneEuroFilter(config);
    f.filter(0, 0);
    double y1 = f.filter(1, DT_30HZ);

    assertThat(f.filter(5, DT_30HZ)).isEqualTo(y1);
    assertThat(f.filter(7, DT_30HZ - 1)).isEqualTo(y1);

    OneEuroFilter clean = new OneEuroFilter(config);
    clean.filter(0, 0);
    clean.filter(1, DT_30HZ);
    assertThat(f.filter(2, 2 * DT_30HZ)).isEqualTo(clean.filter(2, 2 * DT_30HZ));
  }

  @Test
  void resetMakesTheNextValuePassThrough() {
    OneEuroFilter f = new OneEuroFilter(new OneEuroConfig(1, 0.5, 1));
    step(f, DT_30HZ, 10);
    f.reset();
    assertThat(f.filter(42, 11 * DT_30HZ)).isEqualTo(42);
    assertThat(f.filter(42, 12 * DT_30HZ)).isEqualTo(42); // speed restarted at rest
  }

  @Test
  void configValidationNamesTheKey() {
    assertThatThrownBy(() -> new OneEuroConfig(-1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("smoothing.minCutoffHz: expected a number greater than 0 and at most 1000, got -1.0");
    assertThatThrownBy(() -> new OneEuroConfig(Double.NaN, 0, 1))
        .hasMessageStartingWith("smoothing.minCutoffHz:");
    assertThatThrownBy(() -> new OneEuroConfig(1, -0.5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("smoothing.beta: expected a number at least 0 and at most 1000, got -0.5");
    assertThatThrownBy(() -> new OneEuroConfig(1, 1001, 1)).hasMessageStartingWith("smoothing.beta:");
    assertThatThrownBy(() -> new OneEuroConfig(1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("smoothing.derivativeCutoffHz: expected a number greater than 0 and at most 1000, got 0.0");
    assertThatThrownBy(() -> new OneEuroConfig(1, 0, Double.POSITIVE_INFINITY))
        .hasMessageStartingWith("smoothing.derivativeCutoffHz:");
    assertThatCode(() -> new OneEuroConfig(1000, 0, 1000)).doesNotThrowAnyException();
    assertThatCode(() -> new OneEuroConfig(1e-3, 1000, 1e-3)).doesNotThrowAnyException();
  }
}
