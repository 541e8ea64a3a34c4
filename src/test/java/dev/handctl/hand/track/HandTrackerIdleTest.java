package dev.handctl.hand.track;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.capture.RgbImage;
import dev.handctl.capture.StillImageReader;
import dev.handctl.capture.VideoFileReader;
import dev.handctl.config.ConfigLoader;
import dev.handctl.config.HandctlConfig;
import dev.handctl.hand.TrackedHand;
import dev.handctl.testing.Models;
import dev.handctl.testing.Slow;
import dev.handctl.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Idle mode and frame-gap handling of the tracker, on real frames with synthetic 30 frames/s
 * timestamps (the tracker schedules by frame time, so these runs are exact and need no clock).
 */
@Slow
class HandTrackerIdleTest {
  private static final long FRAME_NANOS = 33_333_333L;
  private static final String[] NEGATIVES = {
    "negatives/google_mediapipe/000000000072.jpg",
    "negatives/google_mediapipe/dino.jpg",
    "negatives/mediapipe-samples/image_classification_test_image.jpg",
  };

  private static HandTracker tracker(IdleConfig idle) {
    HandctlConfig c = ConfigLoader.defaults();
    return new HandTracker(PalmSearcher.inline(Models.detector()), Models.landmarker(), c.tracker(), idle);
  }

  private static RgbImage negative(int i) throws Exception {
    return new StillImageReader().read(TestData.require(NEGATIVES[i]));
  }

  @Test
  void aStillEmptySceneIsSearchedOnceWithEachPassAndThenLeftAlone() throws Exception {
    HandTracker tracker = tracker(ConfigLoader.defaults().idle());
    RgbImage room = negative(0);
    for (int i = 0; i < 300; i++) { // 10 s
      assertThat(tracker.process(room, i * FRAME_NANOS, false)).isEmpty();
    }
    assertThat(tracker.idle()).isTrue();
    assertThat(tracker.detectorRuns()).as("both passes on the first frame, then nothing").isEqualTo(1);
  }

  @Test
  void eachNewSceneIsSearchedAgain() throws Exception {
    HandTracker tracker = tracker(ConfigLoader.defaults().idle());
    long t = 0;
    for (int scene = 0; scene < NEGATIVES.length; scene++) {
      RgbImage image = resized(negative(scene), 640, 480); // one size: a new scene, not a new camera
      for (int i = 0; i < 60; i++, t += FRAME_NANOS) { // 2 s per scene
        tracker.process(image, t, false);
      }
    }
    // The first frame gets every pass at once. Each later scene gets one pass per idle tick: the
    // next pass in turn when it changes (plain, mirror image, zoomed out), then, as it holds
    // still, whichever of the plain and the zoomed-out pass has not looked at it yet: two passes,
    // or three when its turn was the mirror image.
    var d = ConfigLoader.defaults().detector();
    assertThat(d.mirroredPass() && d.zoomOutPass()).as("the shipped detector settings").isTrue();
    int later = NEGATIVES.length - 1;
    assertThat(tracker.detectorRuns()).isBetween(1L + 2 * later, 1L + 3 * later);
    assertThat(tracker.detectorRuns()).as("the mirror image's turn comes on one scene in three")
        .isEqualTo(1L + 2 * later + (later + 1) / 3);
  }

  @Test
  void withoutTheSceneGateTheDetectorRunsAtTheIdleRate() throws Exception {
    IdleConfig d = ConfigLoader.defaults().idle();
    HandTracker tracker = tracker(new IdleConfig(d.detectorHz(), d.afterLostMillis(), 0));
    RgbImage room = negative(0);
    for (int i = 0; i < 300; i++) { // 10 s at 30 frames/s
      tracker.process(room, i * FRAME_NANOS, false);
    }
    long expected = Math.round(10 * d.detectorHz());
    assertThat(tracker.detectorRuns()).isBetween(expected - 1, expected + 1);
    assertThat(tracker.idleFramesSkipped()).isEqualTo(300 - tracker.detectorRuns());
  }

  @Test
  void aLostHandIsSearchedForOnEveryFrameBeforeIdling() throws Exception {
    IdleConfig idle = ConfigLoader.defaults().idle();
    HandTracker tracker = tracker(idle);
    List<RgbImage> hand = aslFrames(15);
    RgbImage empty = resized(negative(0), hand.get(0).width(), hand.get(0).height());
    long t = 0;
    for (RgbImage f : hand) {
      assertThat(tracker.process(f, t, false)).hasSize(1);
      t += FRAME_NANOS;
    }
    long runsWithHand = tracker.detectorRuns();
    List<Boolean> searched = new ArrayList<>();
    for (int i = 0; i < 90; i++, t += FRAME_NANOS) { // 3 s without the hand
      long before = tracker.detectorRuns();
      assertThat(tracker.process(empty, t, false)).isEmpty();
      searched.add(tracker.detectorRuns() > before);
    }
    int fullRateFrames = (int) (idle.afterLostMillis() * 1_000_000L / FRAME_NANOS);
    assertThat(searched.subList(0, fullRateFrames)).as("every frame while the hand was lost recently")
        .containsOnly(true);
    assertThat(searched.subList(fullRateFrames + 1, searched.size()).stream().filter(b -> b).count())
        .as("then idle, on a still scene: the two passes at most").isLessThanOrEqualTo(2);
    assertThat(runsWithHand).as("the hand itself needed the detector only to be found").isEqualTo(1);
  }

  @Test
  void aLongGapBetweenFramesStartsAfresh() throws Exception {
    HandTracker tracker = tracker(ConfigLoader.defaults().idle());
    List<RgbImage> hand = aslFrames(3);
    int id = tracker.process(hand.get(0), 0, false).get(0).id();
    assertThat(tracker.process(hand.get(1), FRAME_NANOS, false).get(0).id()).isEqualTo(id);
    long gap = (ConfigLoader.defaults().tracker().maxFrameGapMillis() + 1) * 1_000_000L;
    List<TrackedHand> after = tracker.process(hand.get(2), FRAME_NANOS + gap, false);
    assertThat(after).hasSize(1);
    assertThat(after.get(0).id()).as("found again by the detector, under a new id").isNotEqualTo(id);
    assertThat(tracker.detectorRuns()).isEqualTo(2);
  }

  private static List<RgbImage> aslFrames(int n) throws Exception {
    List<RgbImage> frames = new ArrayList<>();
    try (VideoFileReader in = VideoFileReader.open(TestData.require("video/tfjs-asl/asl_hand.25fps.mp4"))) {
      for (int i = 0; i < n; i++) {
        RgbImage f = in.next().image();
        frames.add(new RgbImage(f.width(), f.height(), f.rgb().clone())); // the reader may reuse its buffer
      }
    }
    return frames;
  }

  /** Nearest-neighbour resize, so a scene change does not also change the frame size. */
  private static RgbImage resized(RgbImage src, int w, int h) {
    byte[] out = new byte[w * h * 3];
    for (int y = 0; y < h; y++) {
      int sy = y * src.height() / h;
      for (int x = 0; x < w; x++) {
        int sx = x * src.width() / w;
        System.arraycopy(src.rgb(), (sy * src.width() + sx) * 3, out, (y * w + x) * 3, 3);
      }
    }
    return new RgbImage(w, h, out);
  }
}
