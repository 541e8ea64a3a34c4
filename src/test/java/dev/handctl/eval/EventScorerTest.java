package dev.handctl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.action.MouseButton;
import dev.handctl.action.RecordedAction;
import dev.handctl.gesture.GestureEvent;
import dev.handctl.gesture.GesturePhase;
import dev.handctl.hand.Handedness;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matching rules of {@link EventScorer}, on made-up events (no models, no video). */
class EventScorerTest {
  private final EventScorer scorer = new EventScorer(0.4, 1.0, "pinch");

  private static long ns(double seconds) {
    return Math.round(seconds * 1e9);
  }

  private static GestureEvent start(String name, double t) {
    return new GestureEvent(ns(t), name, GesturePhase.START, 1, Handedness.RIGHT, 1);
  }

  private static RecordedAction action(String kind, double t) {
    return new RecordedAction(ns(t), kind, 0, 0, kind.equals("press") || kind.equals("release") ? MouseButton.LEFT
        : null, null, 0, kind.equals("scroll") ? 5 : 0);
  }

  @Test
  void aPinchInsideItsWindowCountsOnceAndASecondPressIsFalse() {
    var labels = List.of(new EventLabels.Label("pinch", 2.0, 2.3, false));
    EventScore s = scorer.score(labels, List.of(start("pinch", 1.7)),
        List.of(action("press", 2.4), action("release", 2.4), action("press", 2.6), action("release", 2.6)));
    assertThat(s.pinchesRecognised()).isEqualTo(1);
    assertThat(s.pinchesActed()).isEqualTo(1);
    assertThat(s.clicks()).isEqualTo(1);
    assertThat(s.falseClicks()).as("the second press of one pinch").isEqualTo(1);
  }

  @Test
  void eventsOutsideEveryWindowAreFalseAndUncertainLabelsExcuseThem() {
    var labels = List.of(new EventLabels.Label("pinch", 2.0, 2.3, false),
        new EventLabels.Label("pinch", 5.0, 6.0, true));
    EventScore s = scorer.score(labels, List.of(start("pinch", 3.0), start("pinch", 5.5)),
        List.of(action("press", 3.0), action("release", 3.0), action("press", 5.5), action("release", 5.5)));
    assertThat(s.pinchLabels()).as("certain ones only").isEqualTo(1);
    assertThat(s.pinchesRecognised()).isZero();
    assertThat(s.falsePinches()).isEqualTo(1);
    assertThat(s.falseClicks()).isEqualTo(1);
  }

  @Test
  void aHeldPinchWithMovesIsADrag() {
    var labels = List.of(new EventLabels.Label("pinch", 1.0, 3.0, false));
    EventScore s = scorer.score(labels, List.of(start("pinch", 1.1)),
        List.of(action("press", 1.2), action("move", 1.5), action("release", 3.0)));
    assertThat(s.drags()).isEqualTo(1);
    assertThat(s.heldLabels()).isEqualTo(1);
    assertThat(s.heldDragged()).isEqualTo(1);
  }

  @Test
  void aSwipeMustHaveTheLabelledDirectionAndItsScrollComesFromIt() {
    var labels = List.of(new EventLabels.Label("swipe_left", 1.0, 1.5, false));
    EventScore wrong = scorer.score(labels, List.of(start("swipe_right", 1.2)), List.of(action("scroll", 1.2)));
    assertThat(wrong.swipesRecognisedCount()).isZero();
    assertThat(wrong.falseSwipes()).isEqualTo(1);
    assertThat(wrong.falseScrolls()).isEqualTo(1);
    EventScore right = scorer.score(labels, List.of(start("swipe_left", 1.8)), List.of(action("scroll", 1.8)));
    assertThat(right.swipesRecognised()).containsEntry("swipe_left", 1);
    assertThat(right.swipesScrolled()).isEqualTo(1);
    assertThat(right.falseScrolls()).isZero();
  }

  @Test
  void aPoseThatEndsWithinTheFlashTimeIsAFlash() {
    GestureEvent vStart = start("victory", 1.0);
    GestureEvent vEnd = new GestureEvent(ns(1.2), "victory", GesturePhase.END, 1, Handedness.RIGHT, 0);
    GestureEvent fistStart = start("fist", 2.0);
    GestureEvent fistEnd = new GestureEvent(ns(3.0), "fist", GesturePhase.END, 1, Handedness.RIGHT, 0);
    EventScore s = scorer.score(List.of(), List.of(vStart, vEnd, fistStart, fistEnd, start("pinch", 4)), List.of());
    assertThat(s.poseStarts()).as("the pinch is not a pose here").isEqualTo(2);
    assertThat(s.poseFlashes()).isEqualTo(1);
  }
}
