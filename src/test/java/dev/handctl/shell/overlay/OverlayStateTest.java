package dev.handctl.shell.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.handctl.action.PointerFeedback;
import dev.handctl.action.PointerFeedback.Mode;
import dev.handctl.testing.RecordingOverlay;
import org.junit.jupiter.api.Test;

/**
 * What the overlay draws from the driver's feedback: the ring's fill from the closure, the flash
 * after a click, the scroll arrow and the mode, published through a recording stand-in as the
 * pipeline publishes them (one state object filled again every frame).
 */
class OverlayStateTest {
  private static final double APPROACH = 1.8;
  private static final long FRAME = 33_000_000L;

  private long now = 1_000_000_000L;
  private final PointerFeedback feedback = new PointerFeedback();
  private final OverlayState state = new OverlayState();
  private final RecordingOverlay overlay = new RecordingOverlay(() -> now);

  private RecordingOverlay.Drawn frame(Mode mode, double closure, long clicks, long scrolls, int sx, int sy) {
    feedback.set(mode, closure, APPROACH, clicks, scrolls, sx, sy);
    state.update(feedback, now);
    overlay.publish(state);
    now += FRAME;
    return overlay.drawn().get(overlay.drawn().size() - 1);
  }

  @Test
  void theRingFillsFromTheApproachFactorToThePose() {
    assertThat(OverlayState.ringProgress(Double.POSITIVE_INFINITY, APPROACH)).isZero();
    assertThat(OverlayState.ringProgress(2.5, APPROACH)).isZero();
    assertThat(OverlayState.ringProgress(APPROACH, APPROACH)).isZero();
    assertThat(OverlayState.ringProgress(1.4, APPROACH)).isCloseTo(0.5, within(1e-9));
    assertThat(OverlayState.ringProgress(1.0, APPROACH)).isEqualTo(1);
    assertThat(OverlayState.ringProgress(0.6, APPROACH)).isEqualTo(1);
    // approachFactor 1 (holding still turned off): empty until the pose is met.
    assertThat(OverlayState.ringProgress(1.01, 1)).isZero();
    assertThat(OverlayState.ringProgress(0.99, 1)).isEqualTo(1);
  }

  @Test
  void aPinchFillsTheRingAndTheClickFlashesItOnceForAWhile() {
    assertThat(frame(Mode.MOVING, 3.0, 4, 0, 0, 0).progress()).isZero();
    double[] closures = {1.7, 1.5, 1.3, 1.1, 0.9};
    double last = 0;
    for (double c : closures) {
      RecordingOverlay.Drawn d = frame(c <= 1 ? Mode.AIMING : Mode.MOVING, c, 4, 0, 0, 0);
      assertThat(d.progress()).isGreaterThan(last);
      assertThat(d.flashing()).isFalse();
      last = d.progress();
    }
    assertThat(last).isEqualTo(1);
    RecordingOverlay.Drawn click = frame(Mode.MOVING, 2.5, 5, 0, 0, 0);
    assertThat(click.flashing()).as("the frame the click was sent").isTrue();
    assertThat(click.label()).isEqualTo("moving");
    int flashingFrames = 1;
    while (frame(Mode.MOVING, 2.5, 5, 0, 0, 0).flashing()) {
      flashingFrames++;
    }
    assertThat(flashingFrames * FRAME).isBetween(OverlayState.FLASH_NANOS, OverlayState.FLASH_NANOS + FRAME);
    assertThat(frame(Mode.MOVING, 2.5, 5, 0, 0, 0).flashing()).as("no second flash for the same click").isFalse();
  }

  @Test
  void theFirstFeedbackSeenFlashesNothingWhateverItsCounts() {
    RecordingOverlay.Drawn d = frame(Mode.MOVING, 3.0, 12, 7, 1, 0);
    assertThat(d.flashing()).isFalse();
    assertThat(d.scrolling()).isFalse();
  }

  @Test
  void aScrollShowsItsArrowAndModesTheirWords() {
    frame(Mode.LIFTED, Double.POSITIVE_INFINITY, 0, 2, -1, 0);
    RecordingOverlay.Drawn d = frame(Mode.LIFTED, Double.POSITIVE_INFINITY, 0, 3, 1, 0);
    assertThat(d.scrolling()).isTrue();
    assertThat(d.scrollX()).isEqualTo(1);
    assertThat(d.label()).isEqualTo("lifted");
    assertThat(frame(Mode.DRAGGING, 0.5, 0, 3, 1, 0).label()).isEqualTo("dragging");
    assertThat(frame(Mode.PAUSED, Double.POSITIVE_INFINITY, 0, 3, 1, 0).label()).isEqualTo("paused");
    assertThat(state.visible(now)).as("a pause shows at the pointer").isTrue();
    now += OverlayState.PAUSE_NOTICE_NANOS;
    assertThat(state.visible(now)).as("then the overlay hides: the user has the mouse back").isFalse();
    now += OverlayState.SCROLL_NANOS;
    RecordingOverlay.Drawn idle = frame(Mode.IDLE, Double.POSITIVE_INFINITY, 0, 3, 1, 0);
    assertThat(idle.scrolling()).isFalse();
    assertThat(state.visible(now)).as("no hand, nothing under way: the window hides").isFalse();
    assertThat(idle.progress()).isZero();
  }
}
