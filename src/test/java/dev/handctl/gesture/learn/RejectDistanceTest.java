package dev.handctl.gesture.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.handctl.gesture.HandShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link RejectDistance} on synthetic shapes (stick-figure hands with chosen noise, not real data). */
class RejectDistanceTest {
  private static final LearnSettings S = LearnSettings.DEFAULTS;
  private static final double[][] PINKY_UP = SyntheticHands.layout(false, false, false, false, true);

  /** Examples of one pose with noise, each in a hold of its own (as photos are). */
  private static List<Example> photos(int n, double noise, long seed) {
    Random r = new Random(seed);
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double[] s = HandShape.normalise(SyntheticHands.place(PINKY_UP, 300, 300, 80, 0.2 * i, false, noise, r), true);
      out.add(new Example(s, i + 1, 0, "photo " + i));
    }
    return out;
  }

  @Test
  void followsTheExamplesSpread() {
    RejectDistance tight = RejectDistance.choose(photos(20, 0.02, 1), List.of(), S);
    RejectDistance loose = RejectDistance.choose(photos(20, 0.08, 1), List.of(), S);
    assertThat(loose.distance()).isGreaterThan(2 * tight.distance());
    assertThat(loose.distance()).isCloseTo(loose.spread() * S.margin(), within(1e-12));
    // The distance covers the chosen share of the leave-one-out distances.
    double[] loo = RejectDistance.leaveOneOut(photos(20, 0.08, 1), S.sameHoldMillis());
    long covered = java.util.Arrays.stream(loo).filter(d -> d <= loose.spread()).count();
    assertThat(covered).isGreaterThanOrEqualTo(18);
    assertThat(loose.examplesOutside()).isZero();
  }

  @Test
  void newExamplesOfThePoseAreAcceptedAndOtherPosesNot() {
    List<Example> taught = photos(20, 0.03, 2);
    RejectDistance r = RejectDistance.choose(taught, List.of(), S);
    int accepted = 0;
    for (Example e : photos(50, 0.03, 99)) {
      accepted += RejectDistance.nearest(taught, e.shape()) <= r.distance() ? 1 : 0;
    }
    assertThat(accepted).as("fresh examples of the same pose and noise").isGreaterThanOrEqualTo(45);
    for (boolean[] other : new boolean[][] {{false, false, false, false, false}, {false, true, true, false, false},
        {true, false, false, false, true}, {false, true, false, false, true}}) {
      double[] s = HandShape.normalise(SyntheticHands.place(SyntheticHands.layout(other), 0, 0, 80, 0, false, 0,
          new Random(3)), true);
      assertThat(RejectDistance.nearest(taught, s)).isGreaterThan(r.distance());
    }
  }

  @Test
  void neighbouringFramesOfOneHoldDoNotCountAsEachOthersNearest() {
    // A video hold: frames 40 ms apart, drifting slowly; the nearest allowed is 400 ms away.
    Random rnd = new Random(4);
    List<Example> frames = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      double[][] l = SyntheticHands.layout(false, false, false, false, true);
      l[20][0] += 0.01 * i; // the pinky tip drifts 0.01 hand sizes a frame
      double[] s = HandShape.normalise(SyntheticHands.place(l, 0, 0, 80, 0, false, 0.0005, rnd), true);
      frames.add(new Example(s, 1, i * 40_000_000L, "frame " + i));
    }
    double[] loo = RejectDistance.leaveOneOut(frames, 400);
    double[] all = RejectDistance.leaveOneOut(frames, 0);
    // Ten frames on the tip moved 0.1: as a root mean square over 21 keypoints, 0.1 / sqrt(21).
    assertThat(RejectDistance.percentile(loo, 0.5)).isCloseTo(0.1 / Math.sqrt(21), within(0.003));
    assertThat(RejectDistance.percentile(all, 0.5)).isLessThan(0.2 * 0.1 / Math.sqrt(21));
  }

  @Test
  void aVerySteadyHoldGetsTheFloor() {
    RejectDistance r = RejectDistance.choose(photos(10, 0.0005, 5), List.of(), S);
    assertThat(r.distance()).isEqualTo(S.minReject());
    assertThat(RejectDistance.choose(photos(1, 0, 5), List.of(), S).distance()).isEqualTo(S.minReject());
    assertThat(RejectDistance.choose(photos(1, 0, 5), List.of(), S).spread()).isNaN();
  }

  @Test
  void negativesCutTheDistanceSoNoneIsAccepted() {
    List<Example> taught = photos(20, 0.03, 6);
    RejectDistance alone = RejectDistance.choose(taught, List.of(), S);
    // A near negative: the same pose with the ring finger's tip a little out of the fist.
    double[][] near = SyntheticHands.layout(false, false, false, false, true);
    near[16] = new double[] {-0.25, 0.85};
    near[15] = new double[] {-0.24, 0.8};
    List<double[]> negatives = new ArrayList<>();
    Random r = new Random(7);
    for (int i = 0; i < 10; i++) {
      negatives.add(HandShape.normalise(SyntheticHands.place(near, 0, 0, 80, 0, false, 0.03, r), true));
    }
    double nearest = negatives.stream().mapToDouble(n -> RejectDistance.nearest(taught, n)).min().orElseThrow();
    assertThat(nearest).as("the negatives come within the spread-only distance").isLessThan(alone.distance());
    RejectDistance cut = RejectDistance.choose(taught, negatives, S);
    assertThat(cut.distance()).isCloseTo(S.negativeShare() * nearest, within(1e-12));
    assertThat(cut.nearestNegative()).isEqualTo(nearest);
    assertThat(cut.fromSpread()).isEqualTo(alone.distance());
    for (double[] n : negatives) {
      assertThat(RejectDistance.nearest(taught, n)).isGreaterThan(cut.distance());
    }
    // Far negatives leave it as it was.
    double[] fist = HandShape.normalise(SyntheticHands.place(SyntheticHands.layout(false, false, false, false, false),
        0, 0, 80, 0, false, 0, r), true);
    assertThat(RejectDistance.choose(taught, List.of(fist), S).distance()).isEqualTo(alone.distance());
  }
}
