package dev.handctl.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.handctl.hand.KeypointName;
import dev.handctl.hand.PixelKeypoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LandmarkSmootherTest {
  private static final long DT_30HZ = 33_333_333L;
  private static final int FRAMES = 120;
  private static final int WARM_UP = 60;

  /**
   * A hand whose wrist-to-middle-finger-base distance is 100 * size px, wrist at (cx, cy), moved by
   * {@code drift} px to the right, with alternating noise of {@code noise} px whose sign differs
   * per keypoint and coordinate (so the hand size jitters too).
   */
  private static List<PixelKeypoint> hand(double size, double cx, double cy, double drift, double noise, int frame) {
    List<PixelKeypoint> k = new ArrayList<>();
    for (int i = 0; i < KeypointName.COUNT; i++) {
      double dx = i == 0 ? 0 : ((i - 1) % 4 - 1.5) * 20; // finger columns
      double dy = i == 0 ? 0 : -40 - ((i - 1) / 4) * 15; // keypoint 9 at (0, -100)
      double sign = ((frame + i) % 2 == 0) ? 1 : -1;
      k.add(new PixelKeypoint(
          cx + drift + size * dx + sign * noise,
          cy + size * dy - sign * noise,
          size * (i * 2.0) + sign * noise));
    }
    return k;
  }

  /** Largest deviation of any coordinate from the noiseless hand over the frames after warm-up. */
  private static double jitterAfterWarmUp(LandmarkSmoother s, double size, double cx, double cy) {
    double max = 0;
    for (int f = 0; f < FRAMES; f++) {
      List<PixelKeypoint> out = s.smooth(hand(size, cx, cy, 0, size, f), f * DT_30HZ);
      if (f < WARM_UP) {
        continue;
      }
      List<PixelKeypoint> truth = hand(size, cx, cy, 0, 0, f);
      for (int i = 0; i < KeypointName.COUNT; i++) {
        max = Math.max(max, Math.abs(out.get(i).xPx() - truth.get(i).xPx()));
        max = Math.max(max, Math.abs(out.get(i).yPx() - truth.get(i).yPx()));
        max = Math.max(max, Math.abs(out.get(i).zPx() - truth.get(i).zPx()));
      }
    }
    return max;
  }

  @Test
  void stillHandJittersMuchLess() {
    LandmarkSmoother s = new LandmarkSmoother(new OneEuroConfig(1, 0, 1));
    assertThat(jitterAfterWarmUp(s, 1, 300, 400)).isLessThan(0.3); // input: 1 px
  }

  @Test
  void stillHandFarFromTheImageOriginStaysStillWhenItsSizeJitters() {
    // The size jitters with the noise; that must not show up as motion growing with the position.
    LandmarkSmoother s = new LandmarkSmoother(new OneEuroConfig(1, 0.5, 1));
    assertThat(jitterAfterWarmUp(s, 1, 1800, 1000)).isLessThan(0.3);
  }

  @Test
  void handTwiceTheSizeWithTwiceTheNoiseIsSmoothedTheSame() {
    OneEuroConfig config = new OneEuroConfig(1, 2, 1);
    LandmarkSmoother small = new LandmarkSmoother(config);
    LandmarkSmoother large = new LandmarkSmoother(config);
    for (int f = 0; f < FRAMES; f++) {
      double drift = f < 30 ? 0 : 8.0 * (f - 30); // a fast move, so beta matters
      List<PixelKeypoint> a = small.smooth(hand(1, 300, 400, drift, 1, f), f * DT_30HZ);
      List<PixelKeypoint> b = large.smooth(hand(2, 600, 800, 2 * drift, 2, f), f * DT_30HZ);
      for (int i = 0; i < KeypointName.COUNT; i++) {
        assertThat(b.get(i).xPx() / 2).isCloseTo(a.get(i).xPx(), within(1e-9));
        assertThat(b.get(i).yPx() / 2).isCloseTo(a.get(i).yPx(), within(1e-9));
        assertThat(b.get(i).zPx() / 2).isCloseTo(a.get(i).zPx(), within(1e-9));
      }
    }
  }

  @Test
  void sameHandElsewhereInTheImageIsSmoothedTheSame() {
    OneEuroConfig config = new OneEuroConfig(1, 2, 1);
    LandmarkSmoother near = new LandmarkSmoother(config);
    LandmarkSmoother far = new LandmarkSmoother(config);
    for (int f = 0; f < FRAMES; f++) {
      double drift = f < 30 ? 0 : 8.0 * (f - 30);
      List<PixelKeypoint> a = near.smooth(hand(1, 100, 150, drift, 1, f), f * DT_30HZ);
      List<PixelKeypoint> b = far.smooth(hand(1, 1500, 900, drift, 1, f), f * DT_30HZ);
      for (int i = 0; i < KeypointName.COUNT; i++) {
        assertThat(b.get(i).xPx() - 1400).isCloseTo(a.get(i).xPx(), within(1e-6));
        assertThat(b.get(i).yPx() - 750).isCloseTo(a.get(i).yPx(), within(1e-6));
      }
    }
  }

  @Test
  void firstFrameAndFrameAfterResetPassThroughAsAnImmutableList() {
    LandmarkSmoother s = new LandmarkSmoother(new OneEuroConfig(1, 0, 1));
    List<PixelKeypoint> first = hand(1, 300, 400, 0, 1, 0);
    List<PixelKeypoint> out = s.smooth(first, 0);
    assertThat(out).isEqualTo(first);
    assertThatThrownBy(() -> out.set(0, new PixelKeypoint(0, 0, 0)))
        .isInstanceOf(UnsupportedOperationException.class);

    s.smooth(hand(1, 300, 400, 0, 1, 1), DT_30HZ);
    s.reset();
    List<PixelKeypoint> afterReset = hand(1, 500, 100, 0, 1, 2);
    assertThat(s.smooth(afterReset, 2 * DT_30HZ)).isEqualTo(afterReset);
  }

  @Test
  void wrongKeypointCountThrows() {
    LandmarkSmoother s = new LandmarkSmoother(new OneEuroConfig(1, 0, 1));
    List<PixelKeypoint> full = hand(1, 300, 400, 0, 0, 0);
    assertThatThrownBy(() -> s.smooth(full.subList(0, 20), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("21");
    List<PixelKeypoint> tooMany = new ArrayList<>(full);
    tooMany.add(full.get(0));
    assertThatThrownBy(() -> s.smooth(tooMany, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.smooth(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
