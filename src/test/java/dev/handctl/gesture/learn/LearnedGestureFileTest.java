package dev.handctl.gesture.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.handctl.config.ConfigLoader;
import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GestureEvent;
import dev.handctl.gesture.GesturePhase;
import dev.handctl.gesture.GestureProblem;
import dev.handctl.gesture.GestureRecognizer;
import dev.handctl.gesture.HandGeometry;
import dev.handctl.gesture.HandShape;
import dev.handctl.gesture.file.GestureFileLoader;
import dev.handctl.hand.Handedness;
import dev.handctl.hand.TrackedHand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A gesture learned from examples as a file: written, read back by the one gesture loader, scored,
 * used by the recognizer beside the shipped gestures; and a broken examples block reported with
 * its line. Synthetic stick-figure hands, not real data.
 */
class LearnedGestureFileTest {
  private static final long FRAME = 33_333_333L;
  private static final double[][] PINKY_UP = SyntheticHands.layout(false, false, false, false, true);
  private static final double[][] FIST = SyntheticHands.layout(false, false, false, false, false);

  private static GestureDefinition taught(List<GestureProblem> problems) {
    Random r = new Random(1);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      double[] s = HandShape.normalise(SyntheticHands.place(PINKY_UP, 300, 300, 80, 0.1 * i, false, 0.02, r), true);
      examples.add(new Example(s, i + 1, 0, "photo " + i + ".jpg"));
    }
    RejectDistance reject = RejectDistance.choose(examples, List.of(), LearnSettings.DEFAULTS);
    String text = LearnedGestureWriter.yaml("pinky_up", "my photos", "12 of 12 frames kept", examples, reject);
    assertThat(text).startsWith("# pinky_up: a pose learned from examples by `handctl teach`.");
    return GestureFileLoader.parse("pinky_up.yaml", text, problems);
  }

  @Test
  void writtenFileReadsBackAndScores() {
    List<GestureProblem> problems = new ArrayList<>();
    GestureDefinition d = taught(problems);
    assertThat(problems).isEmpty();
    assertThat(d.name()).isEqualTo("pinky_up");
    assertThat(d.enterScore()).isEqualTo(0.5);
    assertThat(d.exitScore()).isEqualTo(0.4);
    assertThat(d.examples().shapes()).hasSize(12);
    var geometry = ConfigLoader.defaults().geometry();
    HandGeometry pose = HandGeometry.of(SyntheticHands.place(PINKY_UP, 50, 400, 200, -0.5, true, 0, new Random(2)),
        Handedness.LEFT, false, geometry);
    HandGeometry fist = HandGeometry.of(SyntheticHands.place(FIST, 50, 400, 200, -0.5, true, 0, new Random(2)),
        Handedness.LEFT, false, geometry);
    assertThat(d.score(pose)).isGreaterThan(0.7);
    assertThat(d.score(fist)).isLessThan(0.5);
    // The score is 0.5 at the reject distance, 1 on an example.
    double[] example = d.examples().shapes().get(0);
    GestureDefinition.ExampleRule one = new GestureDefinition.ExampleRule(List.of(example), 0.1, 1);
    double[] moved = example.clone();
    moved[40] += 0.1 * Math.sqrt(21); // one keypoint: as a root mean square over 21, 0.1
    assertThat(one.similarity(withShape(example))).isEqualTo(1);
    assertThat(one.similarity(withShape(moved))).isCloseTo(0.5, within(1e-9));
    moved[40] += 0.1 * Math.sqrt(21);
    assertThat(one.similarity(withShape(moved))).isCloseTo(0, within(1e-9));
  }

  private static HandGeometry withShape(double[] shape) {
    return new HandGeometry(java.util.Map.of(), java.util.Map.of(), java.util.Map.of(),
        dev.handctl.gesture.PalmFacing.TOWARDS, 0, List.of(), 1, 0, shape);
  }

  @Test
  void theRecognizerStartsAndEndsItLikeAnyPose() {
    List<GestureDefinition> gestures = new ArrayList<>(GestureFileLoader.load(List.of(Path.of("gestures")))
        .definitions());
    gestures.add(taught(new ArrayList<>()));
    GestureRecognizer recognizer = new GestureRecognizer(gestures, ConfigLoader.defaults().geometry(), 100, 100,
        false);
    Random r = new Random(3);
    List<GestureEvent> events = new ArrayList<>();
    long startedAt = -1;
    for (int f = 0; f < 40; f++) {
      double[][] layout = f < 20 ? PINKY_UP : FIST;
      // A left hand this time: taught from right ones.
      var k = SyntheticHands.place(layout, 300, 300, 90, 0.2, true, 0.005, r);
      for (GestureEvent e : recognizer.update(List.of(new TrackedHand(1, SyntheticHands.hand(k, Handedness.LEFT))),
          f * FRAME)) {
        if (e.name().equals("pinky_up")) {
          events.add(e);
          startedAt = e.phase() == GesturePhase.START ? f : startedAt;
        }
      }
    }
    assertThat(events).extracting(GestureEvent::phase).startsWith(GesturePhase.START).endsWith(GesturePhase.END);
    // Confirmed after 150 ms of the pose: the fifth frame from the first at 33 ms a frame.
    assertThat(startedAt).isBetween(4L, 6L);
    assertThat(events.get(events.size() - 1).timestampNanos()).isEqualTo(20 * FRAME);
  }

  @Test
  void brokenExamplesBlocksAreReportedWithTheirLine() {
    String pair = "[0, 0]";
    String twenty = String.join(", ", java.util.Collections.nCopies(20, pair));
    String text = String.join("\n",
        "name: broken",
        "examples:",
        "  rejectDistance: 0.1",
        "  shapes:",
        "    - [" + twenty + "]",
        "    - [" + twenty + ", [0, x]]",
        "    - [" + twenty + ", [0, 1, 2]]",
        "    - 3",
        "");
    List<GestureProblem> problems = new ArrayList<>();
    assertThat(GestureFileLoader.parse("broken.yaml", text, problems)).isNull();
    assertThat(problems).extracting(GestureProblem::toString).satisfiesExactly(
        p -> assertThat(p).contains("broken.yaml:5").contains("examples.shapes[1]: expected 21 [x, y] keypoints")
            .contains("got 20"),
        p -> assertThat(p).contains("broken.yaml:6").contains("examples.shapes[2] keypoint 20 y: expected a number"),
        p -> assertThat(p).contains("broken.yaml:7").contains("keypoint 20: expected [x, y], got 3 numbers"),
        p -> assertThat(p).contains("broken.yaml:8").contains("examples.shapes[4]: expected a list"));

    problems.clear();
    GestureFileLoader.parse("nodistance.yaml", "name: x\nexamples:\n  shapes: []\n  distance: 2\n", problems);
    assertThat(problems).extracting(GestureProblem::toString).anySatisfy(p -> assertThat(p)
        .contains("nodistance.yaml:4").contains("unknown key 'distance' in examples settings"));
    problems.clear();
    GestureFileLoader.parse("empty.yaml", "name: x\nexamples:\n  rejectDistance: 9\n  shapes: []\n", problems);
    assertThat(problems).extracting(GestureProblem::toString).satisfiesExactlyInAnyOrder(
        p -> assertThat(p).contains("empty.yaml:3").contains("examples.rejectDistance: expected a number from"),
        p -> assertThat(p).contains("empty.yaml:4").contains("expected at least one example"));
  }
}
