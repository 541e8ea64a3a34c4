package dev.handctl.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.gesture.GestureEvent;
import dev.handctl.gesture.GesturePhase;
import dev.handctl.testing.LandmarkScript;
import dev.handctl.testing.RealHands;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped bindings driving a recording sink, fed with landmark streams made from real hands (the
 * models' keypoints on real webcam photos, moved along timed paths with 1 px of jitter per keypoint,
 * a little more than the landmark model shows on a still hand). Every stream goes through the same
 * smoothing and gesture recognition as in the daemon.
 */
class ActionDriverTest {
  private static final double JITTER_PX = 1.0;

  private static LandmarkScript pointing(long seed) {
    return pointing(1, seed);
  }

  private static LandmarkScript pointing(int id, long seed) {
    return new LandmarkScript(RealHands.of(RealHands.POINTING), id, seed, JITTER_PX);
  }

  private static long pressesMinusReleases(ActionRig rig) {
    return rig.actions("press").size() - rig.actions("release").size();
  }

  @Test
  void pointingMovesThePointerTheUsersWay() {
    // Image right is the user's left in an ordinary camera picture.
    for (boolean mirrored : new boolean[] {false, true}) {
      ActionRig rig = new ActionRig(mirrored);
      LandmarkScript s = pointing(1).hold(20).move(1.0, 0.4, 20).hold(20);
      rig.run(s);
      DesktopPoint start = rig.pointerAtFrame(20);
      DesktopPoint end = rig.pointerAtFrame(s.size());
      int dx = end.xPx() - start.xPx();
      int dy = end.yPx() - start.yPx();
      System.out.printf("pointing, hand moved 1.0 right and 0.4 down (image, hand sizes) in 0.67 s, mirrored=%s:"
          + " pointer moved %d, %d px%n", mirrored, dx, dy);
      assertThat(mirrored ? dx : -dx).as("x the user's way").isBetween(500, 1600);
      assertThat(dy).as("down").isBetween(150, 700);
      assertThat(rig.actions("press")).isEmpty();
    }
  }

  @Test
  void aStillPointingHandHoldsThePointerStill() {
    ActionRig rig = new ActionRig(false);
    LandmarkScript s = pointing(2).hold(150);
    rig.run(s);
    DesktopPoint first = rig.pointerAtFrame(12);
    int worst = 0;
    for (RecordedAction a : rig.actions("move")) {
      worst = Math.max(worst, Math.max(Math.abs(a.xPx() - first.xPx()), Math.abs(a.yPx() - first.yPx())));
    }
    System.out.printf("still pointing hand, 5 s with 1 px keypoint jitter: %d pointer moves, at most %d px off%n",
        rig.actions("move").size(), worst);
    assertThat(worst).isLessThanOrEqualTo(2);
  }

  /** Aim, then close thumb onto index in 200 ms while the hand slips down and sideways, as closing fingers do. */
  private static LandmarkScript aimAndPinch(int[] closingFrame) {
    LandmarkScript s = pointing(3).hold(15).move(0.5, 0, 10).hold(12).thumbTo(0.9, 1);
    closingFrame[0] = s.size();
    return s.thumbTo(0.08, 6, 0.15, 0.15).hold(4).thumbFree(4).hold(20);
  }

  @Test
  void withoutHoldingStillAndRewindingThePinchWouldClickWhereTheHandSlipped() {
    var d = new ActionRig(false).config.pointer();
    PointerSettings plain = new PointerSettings(d.mode(), d.anchor(), d.gainPxPerHandSize(), d.acceleration(),
        d.slowSpeed(), d.slowFactor(), d.fastSpeed(), d.fastFactor(), d.deadZoneHandSizes(), d.smoothing(), d.region(),
        0, 1, d.dragStartHandSizes(), d.dragStartMillis());
    ActionRig rig = new ActionRig(false, java.nio.file.Path.of("gestures", "bindings.yaml"), plain);
    int[] closing = new int[1];
    LandmarkScript s = aimAndPinch(closing);
    rig.run(s);
    DesktopPoint aimed = rig.pointerAtFrame(closing[0] - 1);
    RecordedAction press = rig.actions("press").get(0);
    int off = Math.abs(press.xPx() - aimed.xPx()) + Math.abs(press.yPx() - aimed.yPx());
    System.out.printf("pinch without approach hold and rewind: aimed at %s, clicked at (%d, %d)%n", aimed, press.xPx(),
        press.yPx());
    assertThat(off).as("the slip this script puts in, which the default settings take back").isGreaterThan(15);
  }

  @Test
  void aQuickPinchIsOneClickWhereThePointerWasBeforeTheFingersClosed() {
    ActionRig rig = new ActionRig(false);
    int[] closingFrame = new int[1];
    LandmarkScript s = aimAndPinch(closingFrame);
    int closing = closingFrame[0];
    rig.run(s);
    DesktopPoint aimed = rig.pointerAtFrame(closing - 1);
    List<RecordedAction> presses = rig.actions("press");
    List<RecordedAction> releases = rig.actions("release");
    assertThat(presses).hasSize(1);
    assertThat(releases).hasSize(1);
    RecordedAction press = presses.get(0);
    RecordedAction release = releases.get(0);
    DesktopPoint slipped = new DesktopPoint(Integer.MIN_VALUE, 0);
    for (RecordedAction a : rig.actions("move")) {
      if (a.timestampNanos() < press.timestampNanos()) {
        slipped = new DesktopPoint(a.xPx(), a.yPx());
      }
    }
    System.out.printf("pinch: aimed at %s, pointer slipped to %s while the fingers closed, clicked at (%d, %d)%n",
        aimed, slipped, press.xPx(), press.yPx());
    assertThat(press.button()).isEqualTo(MouseButton.LEFT);
    assertThat(Math.abs(press.xPx() - aimed.xPx()) + Math.abs(press.yPx() - aimed.yPx())).isLessThanOrEqualTo(4);
    assertThat(release.xPx()).isEqualTo(press.xPx());
    assertThat(release.yPx()).isEqualTo(press.yPx());
    assertThat(release.timestampNanos() - press.timestampNanos()).isLessThan(50_000_000L);
  }

  @Test
  void aHeldPinchDragsAndDropsWhereThePointerWasBeforeTheFingersOpened() {
    ActionRig rig = new ActionRig(false);
    LandmarkScript s = pointing(4).hold(15).move(0.3, 0, 8).hold(10).thumbTo(0.08, 4).hold(8).move(-0.8, 0.3, 20)
        .hold(6);
    int opening = s.size();
    s.thumbTo(0.6, 4, 0.1, 0.1).thumbFree(2).hold(15);
    rig.run(s);
    List<RecordedAction> presses = rig.actions("press");
    List<RecordedAction> releases = rig.actions("release");
    assertThat(presses).hasSize(1);
    assertThat(releases).hasSize(1);
    long movesWhilePressed = rig.actions("move").stream()
        .filter(a -> a.timestampNanos() > presses.get(0).timestampNanos()
            && a.timestampNanos() < releases.get(0).timestampNanos()).count();
    DesktopPoint beforeOpening = rig.pointerAtFrame(opening - 1);
    RecordedAction release = releases.get(0);
    System.out.printf("drag: pressed at (%d, %d), %d moves, released at (%d, %d); pointer before opening %s%n",
        presses.get(0).xPx(), presses.get(0).yPx(), movesWhilePressed, release.xPx(), release.yPx(), beforeOpening);
    assertThat(movesWhilePressed).isGreaterThanOrEqualTo(5);
    // The user's right is image left: a drag towards the image's left moves the pointer right.
    assertThat(release.xPx() - presses.get(0).xPx()).isGreaterThan(300);
    assertThat(Math.abs(release.xPx() - beforeOpening.xPx()) + Math.abs(release.yPx() - beforeOpening.yPx()))
        .isLessThanOrEqualTo(6);
  }

  @Test
  void losingTheHandMidDragReleasesTheButton() {
    ActionRig rig = new ActionRig(false);
    LandmarkScript s = pointing(5).hold(15).thumbTo(0.08, 4).hold(8).move(0.5, 0, 15).gone(20);
    rig.run(s);
    assertThat(rig.actions("press")).hasSize(1);
    assertThat(rig.actions("release")).hasSize(1);
    assertThat(pressesMinusReleases(rig)).isZero();
    assertThat(rig.actions("release").get(0).timestampNanos()).isGreaterThan(LandmarkScript.timestampNanos(41));
  }

  @Test
  void pausingMidDragReleasesTheButtonAndResumingPressesNothing() {
    ActionRig rig = new ActionRig(false);
    LandmarkScript s = pointing(6).hold(15).thumbTo(0.08, 4).hold(8).move(0.5, 0, 30).hold(10).thumbFree(4).hold(10)
        .move(0.3, 0, 10);
    rig.run(0, 45, i -> { }, s);
    assertThat(rig.actions("press")).hasSize(1);
    assertThat(rig.actions("release")).isEmpty();
    rig.driver.pause();
    assertThat(rig.actions("release")).as("released at once, between frames").hasSize(1);
    int actionsAtPause = rig.sink.actions().size();
    rig.run(45, 55, i -> { }, s);
    assertThat(rig.sink.actions()).as("nothing while paused").hasSize(actionsAtPause);
    rig.driver.resume();
    rig.run(55, s.size(), i -> { }, s);
    assertThat(rig.actions("press")).as("the pinch under way at resume presses nothing").hasSize(1);
    assertThat(rig.actions("release")).hasSize(1);
    assertThat(rig.actions("move").stream().anyMatch(a -> a.timestampNanos() > LandmarkScript.timestampNanos(55)))
        .as("pointing again after the pinch moves the pointer").isTrue();
  }

  @Test
  void aHandThatArrivesPinchingOrIsLostMidPinchClicksNothing() {
    // Coming into view: half a hand size in the settle time, slow enough for the pinch to start on
    // the way (the pinch needs under 2 hand sizes a second), so it is under way when the hand settles.
    ActionRig arriving = new ActionRig(false);
    LandmarkScript s = pointing(7).thumbTo(0.08, 1).move(-0.5, 0, 9).hold(30).thumbFree(4).hold(10);
    arriving.run(s);
    assertThat(arriving.events.stream().filter(e -> e.name().equals("pinch") && e.phase() == GesturePhase.START)
        .findFirst().orElseThrow().timestampNanos()).isLessThan(LandmarkScript.timestampNanos(9));
    assertThat(arriving.actions("press")).isEmpty();

    ActionRig lost = new ActionRig(false);
    LandmarkScript t = pointing(8).hold(15).thumbTo(0.08, 4).hold(3).gone(10);
    lost.run(t);
    assertThat(lost.events.stream().filter(e -> e.name().equals("pinch") && e.phase() == GesturePhase.START)).hasSize(1);
    assertThat(lost.actions("press")).isEmpty();
  }

  @Test
  void aHandFoundStillAndPinchingActsOnceItSettledUnlessPaused() {
    // Found where it already was (the detector found it late, or handctl just started): it does not
    // move, so the pinch under way counts as starting when the hand settles; opening it is a click.
    ActionRig found = new ActionRig(false);
    LandmarkScript s = pointing(9).thumbTo(0.08, 1).hold(20).thumbFree(4).hold(10);
    found.run(s);
    assertThat(found.actions("press")).hasSize(1);
    assertThat(found.actions("press").get(0).timestampNanos())
        .as("not before the hand settled (300 ms)").isGreaterThanOrEqualTo(LandmarkScript.timestampNanos(9));
    assertThat(pressesMinusReleases(found)).isZero();

    ActionRig off = new ActionRig(false, java.nio.file.Path.of("gestures/bindings.yaml"), null,
        new SafetySettings(300, 200, 0, 0, 6, null));
    off.run(s);
    assertThat(off.actions("press")).as("foundStillHandSizes 0 turns it off").isEmpty();

    ActionRig paused = new ActionRig(false);
    paused.driver.pause();
    paused.run(0, 15, i -> { }, s);
    paused.driver.resume();
    paused.run(15, s.size(), i -> { }, s);
    assertThat(paused.actions("press")).as("a hand that settled while paused presses nothing").isEmpty();
  }

  @Test
  void swipesScrollTheWayThePageFollowsTheHand() {
    record Case(double dx, double dy, int wantX, int wantY) {}
    // Up and down 1.8 hand sizes: this hand is 150 px tall in a 600 px picture, and 2 from the middle
    // would end with its palm centre on the edge.
    for (Case c : List.of(new Case(2.0, 0, 5, 0), new Case(-2.0, 0, -5, 0), new Case(0, -1.8, 0, 5),
        new Case(0.2, 1.8, 0, -5))) {
      ActionRig rig = new ActionRig(false);
      // From the middle of the picture: a stroke that ends outside the picture is no swipe.
      LandmarkScript s = new LandmarkScript(RealHands.of(RealHands.OPEN_PALM), 1, 9, JITTER_PX)
          .centredIn(RealHands.WIDTH_PX, RealHands.HEIGHT_PX).hold(20).move(c.dx(), c.dy(), 9).hold(20);
      rig.run(s);
      List<RecordedAction> scrolls = rig.actions("scroll");
      System.out.printf("open palm moved (%.1f, %.1f) hand sizes in 0.3 s: %s%n", c.dx(), c.dy(),
          rig.events.stream().filter(e -> e.name().startsWith("swipe")).map(GestureEvent::name).toList());
      assertThat(scrolls).hasSize(1);
      assertThat(scrolls.get(0).scrollX()).isEqualTo(c.wantX());
      assertThat(scrolls.get(0).scrollY()).isEqualTo(c.wantY());
      assertThat(rig.actions("press")).isEmpty();
    }
  }

  @Test
  void onlyThePrimaryHandActs() {
    ActionRig rig = new ActionRig(false);
    LandmarkScript first = new LandmarkScript(RealHands.of(RealHands.OPEN_PALM), 1, 10, JITTER_PX).hold(80);
    LandmarkScript second = pointing(2, 11).gone(10).hold(15).move(0.6, 0, 10).thumbTo(0.08, 4).hold(6).thumbFree(4)
        .hold(20);
    rig.run(0, 80, i -> { }, first, second);
    assertThat(rig.events.stream().filter(e -> e.handId() == 2 && e.name().equals("pinch"))).isNotEmpty();
    assertThat(rig.sink.actions()).as("the second hand's pointing and pinch do nothing").isEmpty();
  }

  @Test
  void clicksTooCloseTogetherAreDroppedAndKeysGoDownInOrderAndUpInReverse() {
    ActionRig rig = new ActionRig(false);
    BindingFileLoader.Result r = BindingFileLoader.parse("b.yaml", String.join("\n",
        "bindings:",
        "  - {gesture: victory, action: click, button: right}",
        "  - {gesture: three, action: key, keys: ctrl+shift+t}",
        "  - {gesture: four, action: key, keys: alt+tab, hold: true}",
        ""), rig.gestures, rig.config.hotkey().pause());
    assertThat(r.problems()).isEmpty();
    RecordingActionSink sink = new RecordingActionSink(ActionRig.DESKTOP);
    ActionDriver driver = new ActionDriver(r.bindings(), rig.gestures, rig.config.pointer(), rig.config.actions(),
        ActionRig.DESKTOP, false, sink, k -> { });
    var hand = pointing(1).hold(1).hands(0);
    long ms = 1_000_000L;
    java.util.function.BiConsumer<Long, List<GestureEvent>> frame = (t, events) ->
        driver.onFrame(new HandFrame(t * ms, 800, 600, hand, hand, events));
    frame.accept(0L, List.of()); // the hand appears
    frame.accept(400L, List.of(event(400, "victory", GesturePhase.START)));
    frame.accept(450L, List.of(event(450, "victory", GesturePhase.END)));
    frame.accept(500L, List.of(event(500, "victory", GesturePhase.START))); // 100 ms later: dropped
    frame.accept(550L, List.of(event(550, "victory", GesturePhase.END)));
    frame.accept(700L, List.of(event(700, "victory", GesturePhase.START))); // 300 ms later: clicks
    frame.accept(750L, List.of(event(750, "victory", GesturePhase.END)));
    frame.accept(800L, List.of(event(800, "three", GesturePhase.START)));
    frame.accept(850L, List.of(event(850, "three", GesturePhase.END), event(850, "four", GesturePhase.START)));
    frame.accept(900L, List.of()); // the hand is lost while four holds alt+tab
    List<String> seen = sink.actions().stream()
        .map(a -> a.action() + (a.button() != null ? " " + a.button().key() : "") + (a.key() != null ? " " + a.key() : ""))
        .toList();
    assertThat(seen).containsExactly("press right", "release right", "press right", "release right",
        "key_press ctrl", "key_press shift", "key_press t", "key_release t", "key_release shift", "key_release ctrl",
        "key_press alt", "key_press tab");
    driver.onFrame(new HandFrame(950 * ms, 800, 600, List.of(), List.of(), List.of()));
    assertThat(sink.actions().stream().skip(12).map(a -> a.action() + " " + a.key()))
        .as("a held key is released when the hand is lost").containsExactly("key_release tab", "key_release alt");
  }

  private static GestureEvent event(long ms, String name, GesturePhase phase) {
    return new GestureEvent(ms * 1_000_000L, name, phase, 1, dev.handctl.hand.Handedness.RIGHT, 1);
  }
}
