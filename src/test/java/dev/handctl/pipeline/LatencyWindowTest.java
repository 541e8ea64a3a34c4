package dev.handctl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Synthetic latencies: the window's ring and nearest-rank percentiles. */
class LatencyWindowTest {
  @Test
  void emptyGivesNaN() {
    assertThat(new LatencyWindow(4).percentilesMillis(50, 95)).containsExactly(Double.NaN, Double.NaN);
  }

  @Test
  void percentilesAreNearestRankInMillis() {
    LatencyWindow w = new LatencyWindow(100);
    for (int ms = 100; ms >= 1; ms--) {
      w.add(ms * 1_000_000L);
    }
    assertThat(w.percentilesMillis(50, 95, 99, 100)).containsExactly(50.0, 95.0, 99.0, 100.0);
  }

  @Test
  void onlyTheLatestSamplesCount() {
    LatencyWindow w = new LatencyWindow(3);
    for (long ms : new long[] {900, 800, 700, 1, 2, 3}) {
      w.add(ms * 1_000_000L);
    }
    assertThat(w.size()).isEqualTo(3);
    assertThat(w.total()).isEqualTo(6);
    assertThat(w.percentilesMillis(100)).containsExactly(3.0);
    w.clear();
    assertThat(w.size()).isZero();
    w.add(5_000_000L);
    assertThat(w.percentilesMillis(50)).containsExactly(5.0);
  }

  @Test
  void aWindowOfNothingIsRefused() {
    assertThatThrownBy(() -> new LatencyWindow(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
