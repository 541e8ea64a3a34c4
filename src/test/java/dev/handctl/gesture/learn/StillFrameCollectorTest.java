package dev.handctl.gesture.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.Handedness;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link StillFrameCollector} on synthetic frames (a stick-figure hand moved along a script, not real data). */
class StillFrameCollectorTest {
  private static final long FRAME = 33_333_333L;
  private static final double[][] POSE = SyntheticHands.layout(false, false, false, false, true);

  private static HandLandmarks at(double x, Random r) {
    return SyntheticHands.hand(SyntheticHands.place(POSE, x, 300, 80, 0, false, 0.002, r), Handedness.RIGHT);
  }

  @Test
  void keepsOnlyFramesOfOneHandHeldStillLongEnough() {
    Random r = new Random(1);
    StillFrameCollector c = new StillFrameCollector(LearnSettings.DEFAULTS);
    int f = 0;
    for (int i = 0; i < 10; i++, f++) { // no hand
      c.offerFrame(f * FRAME, List.of(), false, "f" + f);
    }
    for (int i = 0; i < 30; i++, f++) { // moving: 8 px a frame at 80 px a hand size is 3 hand sizes/s
      c.offerFrame(f * FRAME, List.of(at(100 + 8 * i, r)), false, "f" + f);
    }
    for (int i = 0; i < 30; i++, f++) { // still for 1 s
      c.offerFrame(f * FRAME, List.of(at(340, r)), false, "f" + f);
    }
    for (int i = 0; i < 5; i++, f++) { // two hands
      c.offerFrame(f * FRAME, List.of(at(340, r), at(100, r)), false, "f" + f);
    }
    for (int i = 0; i < 30; i++, f++) { // still again, elsewhere
      c.offerFrame(f * FRAME, List.of(at(500, r)), false, "f" + f);
    }
    // The first hand frame and the first after the two hands have no speed yet (settling); the
    // moving frames and the jump onto the first still position are moving; each still second's
    // 300 ms after that settle (9 frames), the other 20 frames of each are kept.
    assertThat(c.frames()).isEqualTo(105);
    assertThat(c.keptFrames()).isEqualTo(40);
    String report = c.report();
    assertThat(report).contains("10 without a hand", "5 with more than one hand", "(2 holds)");
    assertThat(report).contains("30 moving", "20 settling");
    List<Example> examples = c.examples();
    assertThat(examples).hasSize(c.keptFrames());
    assertThat(examples.stream().map(Example::hold).distinct()).containsExactly(1, 2);
  }

  @Test
  void boundsTheExamplesSpreadEvenly() {
    Random r = new Random(2);
    StillFrameCollector c = new StillFrameCollector(LearnSettings.DEFAULTS.withMaxExamples(5));
    for (int f = 0; f < 100; f++) {
      c.offerFrame(f * FRAME, List.of(at(300, r)), false, "f" + f);
    }
    List<Example> examples = c.examples();
    assertThat(examples).hasSize(5);
    List<Long> times = new ArrayList<>();
    examples.forEach(e -> times.add(e.timestampNanos() / FRAME));
    assertThat(times.get(0)).isLessThan(15);
    assertThat(times.get(4)).isEqualTo(99);
    assertThat(c.report()).contains("5 of them used as examples");
  }

  @Test
  void photosCountAsStillAndEachIsAHold() {
    Random r = new Random(3);
    StillFrameCollector c = new StillFrameCollector(LearnSettings.DEFAULTS);
    c.offerPhoto(List.of(at(100, r)), false, "a.jpg");
    c.offerPhoto(List.of(), false, "b.jpg");
    c.offerPhoto(List.of(at(300, r)), false, "c.jpg");
    assertThat(c.examples()).extracting(Example::label).containsExactly("a.jpg", "c.jpg");
    assertThat(c.examples()).extracting(Example::hold).containsExactly(1, 2);
    assertThat(c.report()).isEqualTo("2 of 3 photos kept; not kept: 1 without a hand, 0 with more than one hand");
  }

  @Test
  void aLeftHandGivesTheSameExampleAsARightOne() {
    Random r = new Random(4);
    StillFrameCollector c = new StillFrameCollector(LearnSettings.DEFAULTS);
    c.offerPhoto(List.of(SyntheticHands.hand(SyntheticHands.place(POSE, 100, 100, 80, 0.3, false, 0, r),
        Handedness.RIGHT)), false, "right");
    c.offerPhoto(List.of(SyntheticHands.hand(SyntheticHands.place(POSE, 400, 100, 50, -0.3, true, 0, r),
        Handedness.LEFT)), false, "left");
    // In a mirrored (selfie) view a right hand looks like a left one.
    c.offerPhoto(List.of(SyntheticHands.hand(SyntheticHands.place(POSE, 400, 100, 50, 0.1, true, 0, r),
        Handedness.RIGHT)), true, "right, mirrored view");
    List<Example> e = c.examples();
    assertThat(dev.handctl.gesture.HandShape.distance(e.get(0).shape(), e.get(1).shape())).isLessThan(1e-9);
    assertThat(dev.handctl.gesture.HandShape.distance(e.get(0).shape(), e.get(2).shape())).isLessThan(1e-9);
  }
}
