package dev.handctl.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.testing.LandmarkScript;
import dev.handctl.testing.RealHands;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The driver's feedback for the overlay, frame by frame, on landmark streams made from real hands
 * through the daemon's chain ({@link ActionRig}): the mode, the closure the click logic holds the
 * pointer on, and the click and scroll counters.
 */
class PointerFeedbackTest {
  private record Seen(PointerFeedback.Mode mode, double closure, long clicks, long scrolls, int scrollX) {}

  private static List<Seen> run(ActionRig rig, LandmarkScript s, int from, int to, List<Seen> into) {
    PointerFeedback f = new PointerFeedback();
    rig.run(from, to, i -> {
      if (i > from) {
        rig.driver.feedback(f);
        into.add(new Seen(f.mode(), f.closure(), f.clicks(), f.scrolls(), f.scrollX()));
      }
    }, s);
    rig.driver.feedback(f);
    into.add(new Seen(f.mode(), f.closure(), f.clicks(), f.scrolls(), f.scrollX()));
    return into;
  }

  @Test
  void aQuickPinchClosesTowardsOneAimsAndCountsOneClick() {
    ActionRig rig = new ActionRig(false);
    LandmarkScript s = new LandmarkScript(RealHands.of(RealHands.POINTING), 1, 3, 1.0).hold(15).move(0.5, 0, 10)
        .hold(12).thumbTo(0.9, 1);
    int closing = s.size();
    s.thumbTo(0.08, 6, 0.15, 0.15).hold(4).thumbFree(4).hold(20);
    List<Seen> seen = run(rig, s, 0, s.size(), new ArrayList<>());
    assertThat(seen.get(closing - 2).mode()).isEqualTo(PointerFeedback.Mode.MOVING);
    assertThat(seen.get(closing - 2).closure()).as("fingers open: far from the pinch").isGreaterThan(1.8);
    List<Double> closingClosures = seen.subList(closing - 1, closing + 6).stream().map(Seen::closure).toList();
    System.out.println("closure while the fingers close: " + closingClosures);
    assertThat(closingClosures.get(closingClosures.size() - 1)).isLessThanOrEqualTo(1);
    assertThat(seen.stream().anyMatch(x -> x.closure() > 1 && x.closure() < 1.8))
        .as("a frame on the way, where the ring is part full").isTrue();
    assertThat(seen.stream().filter(x -> x.mode() == PointerFeedback.Mode.AIMING).count()).isGreaterThanOrEqualTo(2);
    assertThat(seen.get(0).clicks()).isZero();
    assertThat(seen.get(seen.size() - 1).clicks()).isEqualTo(1);
    assertThat(seen.get(seen.size() - 1).mode()).isEqualTo(PointerFeedback.Mode.MOVING);
    assertThat(rig.actions("press")).hasSize(1);
  }

  @Test
  void aHeldPinchDragsAndAPauseShowsPaused() {
    ActionRig rig = new ActionRig(false);
    LandmarkScript s = new LandmarkScript(RealHands.of(RealHands.POINTING), 1, 6, 1.0).hold(15).thumbTo(0.08, 4)
        .hold(8).move(0.5, 0, 30);
    List<Seen> seen = run(rig, s, 0, s.size(), new ArrayList<>());
    assertThat(seen.get(seen.size() - 1).mode()).isEqualTo(PointerFeedback.Mode.DRAGGING);
    rig.driver.pause();
    PointerFeedback f = new PointerFeedback();
    rig.driver.feedback(f);
    assertThat(f.mode()).isEqualTo(PointerFeedback.Mode.PAUSED);
    assertThat(f.closure()).as("no ring while paused").isInfinite();
    assertThat(f.clicks()).as("a drag is no click").isZero();
  }

  @Test
  void aSwipeCountsAScrollWithItsDirectionAndNoHandIsIdle() {
    ActionRig rig = new ActionRig(false);
    PointerFeedback f = new PointerFeedback();
    rig.driver.feedback(f);
    assertThat(f.mode()).isEqualTo(PointerFeedback.Mode.IDLE);
    LandmarkScript s = new LandmarkScript(RealHands.of(RealHands.OPEN_PALM), 1, 9, 1.0)
        .centredIn(RealHands.WIDTH_PX, RealHands.HEIGHT_PX).hold(20).move(2.0, 0, 9).hold(20);
    List<Seen> seen = run(rig, s, 0, s.size(), new ArrayList<>());
    Seen last = seen.get(seen.size() - 1);
    assertThat(last.scrolls()).isEqualTo(1);
    assertThat(last.scrollX()).isEqualTo(Integer.signum(rig.actions("scroll").get(0).scrollX()));
    assertThat(last.scrollX()).isNotZero();
    assertThat(seen.stream().map(Seen::mode).distinct()).doesNotContain(PointerFeedback.Mode.IDLE);
  }
}
