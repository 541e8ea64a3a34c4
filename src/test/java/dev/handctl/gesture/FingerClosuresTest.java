package dev.handctl.gesture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.handctl.config.ConfigLoader;
import dev.handctl.gesture.file.GestureFileLoader;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.Handedness;
import dev.handctl.hand.KeypointName;
import dev.handctl.hand.PixelKeypoint;
import dev.handctl.hand.TrackedFrame;
import dev.handctl.hand.TrackedHand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "fingers closing" signal on made-up keypoints (synthetic: a hand 100 px from wrist to middle
 * finger base, with only the thumb and index tips placed), against the shipped pinch file, whose
 * thumb-to-index rule has an upper bound of 0.3 hand sizes.
 */
class FingerClosuresTest {
  private static List<GestureDefinition> gestures;

  @BeforeAll
  static void shippedGestures() {
    gestures = GestureFileLoader.load(List.of(Path.of("gestures"))).definitions();
  }

  /** A hand whose thumb tip is {@code gapPx} to the right of its index tip. */
  private static TrackedHand hand(int id, double gapPx) {
    List<PixelKeypoint> k = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      k.add(new PixelKeypoint(300, 300 - 5 * i, 0));
    }
    k.set(KeypointName.WRIST.ordinal(), new PixelKeypoint(300, 400, 0));
    k.set(KeypointName.MIDDLE_FINGER_MCP.ordinal(), new PixelKeypoint(300, 300, 0));
    k.set(KeypointName.INDEX_FINGER_TIP.ordinal(), new PixelKeypoint(280, 220, 0));
    k.set(KeypointName.THUMB_TIP.ordinal(), new PixelKeypoint(280 + gapPx, 220, 0));
    return new TrackedHand(id, new HandLandmarks(k, List.of(), 0.99, Handedness.RIGHT, 0.9, null));
  }

  @Test
  void closureIsTheWorstDistanceOverItsBound() {
    FingerClosures c = new FingerClosures(gestures);
    c.measure(List.of(hand(1, 20), hand(2, 45)));
    assertThat(c.closure(1, "pinch")).isCloseTo(20 / 100.0 / 0.3, within(1e-9));
    assertThat(c.within(1, "pinch", 1)).isTrue();
    assertThat(c.within(2, "pinch", 1)).as("0.45 hand sizes apart is not the pose").isFalse();
    assertThat(c.within(2, "pinch", 1.8)).as("but on its way at 1.8 times the bound").isTrue();
    assertThat(c.closure(1, "open_palm")).as("a pose closing no fingers").isInfinite();
    assertThat(c.closure(3, "pinch")).as("a hand not in the frame").isInfinite();
    assertThat(c.closure(1, "no_such_gesture")).isInfinite();
  }

  @Test
  void eachFrameReplacesTheLast() {
    FingerClosures c = new FingerClosures(gestures);
    c.measure(List.of(hand(1, 20), hand(2, 20), hand(3, 20)));
    c.measure(List.of(hand(2, 90)));
    assertThat(c.closure(1, "pinch")).as("a hand gone from the frame reads nothing").isInfinite();
    assertThat(c.closure(3, "pinch")).isInfinite();
    assertThat(c.closure(2, "pinch")).isCloseTo(3.0, within(1e-9));
  }

  @Test
  void theRecognizerMeasuresTheReportedHandsNotTheSmoothedOnes() {
    GestureRecognizer r = new GestureRecognizer(gestures, ConfigLoader.defaults().geometry(), 100, 100, false);
    TrackedHand raw = hand(7, 10);
    TrackedFrame report = new TrackedFrame(List.of(raw), List.of(raw), List.of(), List.of());
    r.update(List.of(hand(7, 60)), report, 0, 640, 480);
    assertThat(r.fingerClosures().closure(7, "pinch"))
        .as("the model's own keypoints: smoothing would tell of closing fingers late")
        .isCloseTo(10 / 100.0 / 0.3, within(1e-9));
    r.setDefinitions(gestures.stream().filter(g -> !g.name().equals("pinch")).toList());
    r.update(List.of(raw), report, 33_000_000L, 640, 480);
    assertThat(r.fingerClosures().closure(7, "pinch")).as("a reload takes the signal along").isInfinite();
  }
}
