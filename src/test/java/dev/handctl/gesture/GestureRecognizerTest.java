package dev.handctl.gesture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.capture.StillImageReader;
import dev.handctl.config.ConfigLoader;
import dev.handctl.gesture.file.GestureFileLoader;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.PixelKeypoint;
import dev.handctl.hand.TrackedHand;
import dev.handctl.testing.Models;
import dev.handctl.testing.Slow;
import dev.handctl.testing.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Motion gestures and the pinch life cycle on landmark streams made from real landmarks: the 21
 * keypoints the models found on a real open hand in a webcam photo, moved (the whole hand, or only
 * the thumb) along a timed path at 30 frames/s. There is no licensed swipe or pinch footage.
 */
@Slow
class GestureRecognizerTest {
  private static final long FRAME_NANOS = 33_333_333L;
  private static HandLandmarks openHand;
  private static List<GestureDefinition> gestures;

  @BeforeAll
  static void realOpenHand() throws Exception {
    Path photo = TestData.require("images/subhih-webcam/open_palm_five/2_pic00053.jpg");
    openHand = Models.finder().find(new StillImageReader().read(photo), 1).get(0).landmarks();
    gestures = GestureFileLoader.load(List.of(Path.of("gestures"))).definitions();
  }

  private static GestureRecognizer recognizer() {
    return new GestureRecognizer(gestures, ConfigLoader.defaults().geometry(), 100, 100, false);
  }

  private static double handSize() {
    PixelKeypoint w = openHand.keypoints().get(0);
    PixelKeypoint m = openHand.keypoints().get(9);
    return Math.hypot(m.xPx() - w.xPx(), m.yPx() - w.yPx());
  }

  private static TrackedHand hand(UnaryOperator<List<PixelKeypoint>> change) {
    return new TrackedHand(1, new HandLandmarks(change.apply(openHand.keypoints()), List.of(), 0.99,
        openHand.handedness(), 0.9, openHand.region()));
  }

  private static List<PixelKeypoint> shifted(List<PixelKeypoint> k, double dxPx, double dyPx) {
    return k.stream().map(p -> new PixelKeypoint(p.xPx() + dxPx, p.yPx() + dyPx, p.zPx())).toList();
  }

  /** Runs a path: for each frame the hand's shift in pixels; returns the events. */
  private static List<GestureEvent> run(GestureRecognizer r, List<double[]> path) {
    List<GestureEvent> events = new ArrayList<>();
    for (int i = 0; i < path.size(); i++) {
      double[] d = path.get(i);
      events.addAll(r.update(List.of(hand(k -> shifted(k, d[0], d[1]))), i * FRAME_NANOS));
    }
    return events;
  }

  /** Still for a while, then a straight move of {@code distance} hand sizes in {@code millis}, then still. */
  private static List<double[]> path(double dxSizes, double dySizes, long millis) {
    List<double[]> path = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      path.add(new double[] {0, 0});
    }
    int steps = (int) Math.max(1, millis / 33);
    for (int i = 1; i <= steps; i++) {
      path.add(new double[] {dxSizes * handSize() * i / steps, dySizes * handSize() * i / steps});
    }
    for (int i = 0; i < 30; i++) {
      path.add(new double[] {dxSizes * handSize(), dySizes * handSize()});
    }
    return path;
  }

  private static List<String> swipes(List<GestureEvent> events) {
    return events.stream().filter(e -> e.name().startsWith("swipe_")).map(GestureEvent::name).toList();
  }

  @Test
  void aQuickMoveOfTheOpenHandIsOneSwipeTheRightWay() {
    // Not mirrored: moving towards the image's right is moving to the user's left.
    assertThat(swipes(run(recognizer(), path(2.0, 0, 300)))).containsExactly("swipe_left");
    assertThat(swipes(run(recognizer(), path(-2.0, 0, 300)))).containsExactly("swipe_right");
    assertThat(swipes(run(recognizer(), path(0, -2.0, 250)))).containsExactly("swipe_up");
    assertThat(swipes(run(recognizer(), path(0.3, 2.0, 250)))).containsExactly("swipe_down");
    GestureRecognizer mirrored = new GestureRecognizer(gestures, ConfigLoader.defaults().geometry(), 100, 100, true);
    assertThat(swipes(run(mirrored, path(2.0, 0, 300)))).containsExactly("swipe_right");
  }

  @Test
  void aSlowDriftAndAShortMoveAreNoSwipe() {
    assertThat(swipes(run(recognizer(), path(2.5, 0, 3000)))).isEmpty();
    assertThat(swipes(run(recognizer(), path(0.8, 0, 200)))).isEmpty();
  }

  @Test
  void aHandThatLeavesThePictureAtSpeedOrNeverStopsIsNoSwipe() {
    // The photo is 800x600. Still, then a sweep to the right at 8 hand sizes a second that never
    // slows: first inside a larger picture (it passes through), then out of this one (it leaves).
    List<double[]> sweep = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      sweep.add(new double[] {0, 0});
    }
    for (int i = 1; i <= 30; i++) {
      sweep.add(new double[] {8 * handSize() * i / 30.0, 0});
    }
    for (int[] size : new int[][] {{20_000, 600}, {800, 600}}) {
      GestureRecognizer r = recognizer();
      List<GestureEvent> events = new ArrayList<>();
      for (int i = 0; i < sweep.size(); i++) {
        double[] d = sweep.get(i);
        events.addAll(r.update(List.of(hand(k -> shifted(k, d[0], d[1]))), i * FRAME_NANOS, size[0], size[1]));
      }
      assertThat(swipes(events)).as("picture %dx%d", size[0], size[1]).isEmpty();
    }
  }

  @Test
  void aSwipeAndItsWayBackCountOnce() {
    List<double[]> back = new ArrayList<>();
    double end = 2.0 * handSize();
    for (int i = 0; i < 15; i++) {
      back.add(new double[] {0, 0});
    }
    for (int i = 1; i <= 9; i++) { // there in 300 ms ...
      back.add(new double[] {end * i / 9, 0});
    }
    for (int i = 1; i <= 9; i++) { // ... and straight back in 300 ms, inside the lock-out
      back.add(new double[] {end - end * i / 9, 0});
    }
    for (int i = 0; i < 15; i++) {
      back.add(new double[] {0, 0});
    }
    assertThat(swipes(run(recognizer(), back))).containsExactly("swipe_left");
  }

  @Test
  void thumbOntoIndexAndBackIsOnePinchEvenWhenTheDistanceHoversAtTheThreshold() {
    Random noise = new Random(7);
    List<Double> distances = new ArrayList<>(); // thumb tip to index tip, in hand sizes
    for (int i = 0; i < 10; i++) {
      distances.add(0.9); // apart
    }
    for (int i = 1; i <= 10; i++) {
      distances.add(0.9 - 0.8 * i / 10); // closing onto the index tip (0.1)
    }
    for (int i = 0; i < 10; i++) {
      distances.add(0.1 + noise.nextDouble() * 0.05); // touching
    }
    for (int i = 0; i < 40; i++) {
      distances.add(0.25 + (noise.nextDouble() - 0.5) * 0.12); // loosening, hovering at the 0.25 threshold
    }
    for (int i = 1; i <= 10; i++) {
      distances.add(0.25 + 0.65 * i / 10); // opening again
    }
    for (int i = 0; i < 10; i++) {
      distances.add(0.9);
    }
    GestureRecognizer r = recognizer();
    List<GestureEvent> events = new ArrayList<>();
    for (int i = 0; i < distances.size(); i++) {
      double d = distances.get(i);
      events.addAll(r.update(List.of(hand(k -> thumbAt(k, d))), i * FRAME_NANOS));
    }
    List<GestureEvent> pinchEvents = events.stream().filter(e -> e.name().equals("pinch"))
        .filter(e -> e.phase() != GesturePhase.HOLD).toList();
    assertThat(pinchEvents).extracting(GestureEvent::phase).containsExactly(GesturePhase.START, GesturePhase.END);
    long startFrame = pinchEvents.get(0).timestampNanos() / FRAME_NANOS;
    long endFrame = pinchEvents.get(1).timestampNanos() / FRAME_NANOS;
    assertThat(startFrame).as("starts as the tips touch (frames 17-30)").isBetween(17L, 30L);
    assertThat(endFrame).as("ends as the hand opens, not while hovering (frames 70-80)").isBetween(70L, 80L);
  }

  /**
   * The pinch pose (thumb tip 0.1 hand sizes from the index tip) carried sideways at a steady speed in
   * hand sizes per second, from the first frame on: a hand sweeping across the picture as its tips meet.
   */
  private static List<GestureEvent> pinchPoseMovingAt(double sizesPerSecond) {
    GestureRecognizer r = recognizer();
    List<GestureEvent> events = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      double dx = sizesPerSecond * handSize() * i * FRAME_NANOS / 1e9;
      events.addAll(r.update(List.of(hand(k -> shifted(thumbAt(k, 0.1), dx, 0))), i * FRAME_NANOS));
    }
    return events;
  }

  private static List<GesturePhase> pinchPhases(List<GestureEvent> events) {
    return events.stream().filter(e -> e.name().equals("pinch") && e.phase() != GesturePhase.HOLD)
        .map(GestureEvent::phase).toList();
  }

  @Test
  void aPinchDoesNotStartWhileTheHandSweepsAcross() {
    // The shipped pinch starts only under 2 hand sizes per second.
    for (double speed : new double[] {0, 0.5, 1.5, 3, 6}) {
      List<GesturePhase> phases = pinchPhases(pinchPoseMovingAt(speed));
      System.out.printf(Locale.ROOT, "pinch pose moving at %.1f hand sizes/s: pinch %s%n", speed, phases);
      if (speed < 2) {
        assertThat(phases).as("at %.1f hand sizes/s", speed).startsWith(GesturePhase.START);
      } else {
        assertThat(phases).as("at %.1f hand sizes/s", speed).isEmpty();
      }
    }
  }

  @Test
  void aPinchStartedWithASteadyHandHoldsWhileDragged() {
    GestureRecognizer r = recognizer();
    List<GestureEvent> events = new ArrayList<>();
    double x = 0;
    for (int i = 0; i < 60; i++) {
      boolean dragging = i >= 10 && i < 40; // 1 s at 4 hand sizes per second
      x += dragging ? 4 * handSize() * FRAME_NANOS / 1e9 : 0;
      double thumb = i < 50 ? 0.1 : 0.9; // lets go at frame 50
      double dx = x;
      events.addAll(r.update(List.of(hand(k -> shifted(thumbAt(k, thumb), dx, 0))), i * FRAME_NANOS));
    }
    List<GestureEvent> pinch = events.stream().filter(e -> e.name().equals("pinch") && e.phase() != GesturePhase.HOLD)
        .toList();
    assertThat(pinch).extracting(GestureEvent::phase).containsExactly(GesturePhase.START, GesturePhase.END);
    assertThat(pinch.get(1).timestampNanos() / FRAME_NANOS).as("ends when the thumb lets go").isEqualTo(50);
  }

  @Test
  void speedIsInHandSizesPerSecondOverTheRealTimestamps() {
    // Frames arrive unevenly (20 and 47 ms apart in turn), as from a real camera; a gesture that
    // wants 3.5-4.5 hand sizes per second must start for a hand moving at 4 and at no other speed.
    List<GestureProblem> problems = new ArrayList<>();
    GestureDefinition moving = GestureFileLoader.parse("moving.yaml", "name: moving\nspeed: {above: 3.5, below: 4.5}\n",
        problems);
    GestureDefinition still = GestureFileLoader.parse("still.yaml", "name: still\nspeed: {below: 0.5}\n", problems);
    assertThat(problems).isEmpty();
    for (double speed : new double[] {0, 2, 4, 6}) {
      List<String> started = new ArrayList<>();
      for (GestureDefinition d : List.of(moving, still)) {
        GestureRecognizer r = new GestureRecognizer(List.of(d), ConfigLoader.defaults().geometry(), 100, 100, false);
        long t = 0;
        for (int i = 0; i < 40; i++) {
          t += i % 2 == 0 ? 20_000_000L : 47_000_000L;
          double dy = speed * handSize() * t / 1e9;
          long now = t;
          r.update(List.of(hand(k -> shifted(k, 0, dy))), now).stream()
              .filter(e -> e.phase() == GesturePhase.START).forEach(e -> started.add(e.name()));
        }
      }
      System.out.printf(Locale.ROOT, "hand moving at %.0f hand sizes/s: started %s%n", speed, started);
      assertThat(started).as("at %.0f hand sizes/s", speed)
          .containsExactlyElementsOf(speed == 4 ? List.of("moving") : speed == 0 ? List.of("still") : List.of());
    }
  }

  /** The hand with its thumb tip (and last joint) moved to {@code sizes} hand sizes from the index tip. */
  private static List<PixelKeypoint> thumbAt(List<PixelKeypoint> k, double sizes) {
    List<PixelKeypoint> out = new ArrayList<>(k);
    PixelKeypoint index = k.get(8);
    PixelKeypoint tip = k.get(4);
    double dx = tip.xPx() - index.xPx();
    double dy = tip.yPx() - index.yPx();
    double n = Math.hypot(dx, dy);
    double scale = sizes * handSize() / n;
    PixelKeypoint newTip = new PixelKeypoint(index.xPx() + dx * scale, index.yPx() + dy * scale, tip.zPx());
    PixelKeypoint ip = k.get(3);
    // The last joint follows the tip half way, as a bending thumb's does.
    out.set(3, new PixelKeypoint(ip.xPx() + (newTip.xPx() - tip.xPx()) / 2, ip.yPx() + (newTip.yPx() - tip.yPx()) / 2,
        ip.zPx()));
    out.set(4, newTip);
    return out;
  }
}
