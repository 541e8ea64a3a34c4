package dev.handctl.hand.track;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.hand.Handedness;
import dev.handctl.hand.PixelKeypoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link HandMotions}: region prediction and rejoining lost hands, on made-up hands (no models). */
class HandMotionsTest {
  /** A flat hand of 21 keypoints whose palm centre is at (x, y) and whose size is about {@code size}. */
  private static List<PixelKeypoint> hand(double x, double y, double size) {
    List<PixelKeypoint> k = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      k.add(new PixelKeypoint(x, y - size / 2, 0));
    }
    k.set(0, new PixelKeypoint(x, y + size * 0.6, 0));
    k.set(9, new PixelKeypoint(x, y - size * 0.4, 0));
    return k;
  }

  private static final long MS = 1_000_000L;

  @Test
  void theRegionMovesWithTheHandsVelocity() {
    HandMotions m = new HandMotions(true, 400, 2);
    m.observe(1, hand(100, 100, 40), 0);
    m.observe(1, hand(160, 100, 40), 66 * MS);
    double[] shift = m.predictedShift(1, 132 * MS);
    assertThat(shift[0]).isBetween(50.0, 70.0);
    assertThat(Math.abs(shift[1])).isLessThan(1.0);
    assertThat(new HandMotions(false, 400, 2).predictedShift(1, 132 * MS)).containsExactly(0, 0);
  }

  @Test
  void aHandFoundAlongTheLostOnesPathRejoinsWithinTheTime() {
    HandMotions m = new HandMotions(true, 400, 2);
    m.observe(7, hand(100, 100, 40), 0);
    m.observe(7, hand(160, 100, 40), 66 * MS);
    m.lose(7, Handedness.RIGHT, 133 * MS);
    assertThat(m.anyLost(200 * MS)).isTrue();
    // Three frames later, further along the same path, with another hand in view: near the path only.
    assertThat(m.rejoin(hand(330, 100, 40), Handedness.RIGHT, false, 266 * MS)).isEqualTo(7);
  }

  @Test
  void farAwayOnlyTheOneHandInViewOfTheSameHandednessRejoins() {
    HandMotions m = new HandMotions(true, 400, 2);
    m.observe(3, hand(100, 100, 40), 0);
    m.observe(3, hand(100, 100, 40), 66 * MS); // at rest: its path is a point
    m.lose(3, Handedness.LEFT, 100 * MS);
    // 300 ms later, 6 hand sizes away (a swipe from rest, hidden by blur).
    assertThat(m.rejoin(hand(100, 340, 40), Handedness.LEFT, false, 400 * MS)).as("another hand in view").isEqualTo(-1);
    assertThat(m.rejoin(hand(100, 340, 40), Handedness.RIGHT, true, 400 * MS)).as("other handedness").isEqualTo(-1);
    assertThat(m.rejoin(hand(100, 340, 80), Handedness.LEFT, true, 400 * MS)).as("twice the size").isEqualTo(-1);
    assertThat(m.rejoin(hand(100, 340, 40), Handedness.LEFT, true, 400 * MS)).isEqualTo(3);
  }

  @Test
  void aLostHandIsForgottenAfterTheRejoinTime() {
    HandMotions m = new HandMotions(true, 400, 2);
    m.observe(5, hand(100, 100, 40), 0);
    m.lose(5, Handedness.RIGHT, 10 * MS);
    assertThat(m.rejoin(hand(100, 100, 40), Handedness.RIGHT, true, 500 * MS)).isEqualTo(-1);
    assertThat(m.anyLost(500 * MS)).isFalse();
  }
}
