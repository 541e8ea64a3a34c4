package dev.handctl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.action.ActionDriver;
import dev.handctl.action.BindingFileLoader;
import dev.handctl.action.DesktopBounds;
import dev.handctl.action.RecordingActionSink;
import dev.handctl.capture.RgbImage;
import dev.handctl.config.ConfigLoader;
import dev.handctl.config.HandctlConfig;
import dev.handctl.filter.TrackedHandSmoother;
import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GestureRecognizer;
import dev.handctl.gesture.file.GestureFileLoader;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.PixelKeypoint;
import dev.handctl.hand.TrackedFrame;
import dev.handctl.hand.landmark.HandLandmarkerConfig;
import dev.handctl.hand.landmark.HandRegions;
import dev.handctl.hand.landmark.LandmarkEstimator;
import dev.handctl.hand.track.HandTracker;
import dev.handctl.hand.track.PalmSource;
import dev.handctl.testing.RealHands;
import dev.handctl.testing.ScriptedPalms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tracker's own report through the chain, as the daemon runs it: a reload builds the chain
 * afresh, and a hand lost on the new chain's first frame still releases the key it held (the chain
 * keeps no id state of its own; the tracker's report says the hand is lost). Scripted hands stand
 * in for the models: the palm source finds the scripted hand, the landmarker gives it a real open
 * palm's keypoints.
 */
class HandsToActionsReloadTest {
  private static final long FRAME_NANOS = 33_333_333L;
  private static final RgbImage PICTURE = new RgbImage(RealHands.WIDTH_PX, RealHands.HEIGHT_PX,
      new byte[RealHands.WIDTH_PX * RealHands.HEIGHT_PX * 3]);
  private static final double[] CENTRE = {400, 300};

  private final HandctlConfig config = ConfigLoader.defaults();
  private final List<GestureDefinition> gestures = GestureFileLoader.load(List.of(Path.of("gestures"))).definitions();
  private final HandLandmarks palm = RealHands.of(RealHands.OPEN_PALM);
  private boolean inView;

  /** The open palm moved so that the region the tracker makes of it is centred on the scripted hand. */
  private HandLandmarks openPalm(HandRegion region) {
    HandLandmarkerConfig lc = config.landmarks();
    HandRegion own = HandRegions.fromLandmarks(palm.keypoints(), lc.regionScale(), lc.regionShiftY());
    double dx = CENTRE[0] - own.centerXPx();
    double dy = CENTRE[1] - own.centerYPx();
    List<PixelKeypoint> k = new ArrayList<>(21);
    for (PixelKeypoint p : palm.keypoints()) {
      k.add(new PixelKeypoint(p.xPx() + dx, p.yPx() + dy, p.zPx()));
    }
    return new HandLandmarks(k, palm.worldKeypoints(), 0.99, palm.handedness(), palm.handednessScore(), region);
  }

  private final LandmarkEstimator landmarker = new LandmarkEstimator() {
    @Override
    public HandLandmarks estimate(RgbImage image, HandRegion region, boolean mirrored) {
      if (inView && Math.hypot(CENTRE[0] - region.centerXPx(), CENTRE[1] - region.centerYPx()) < region.sidePx() / 2) {
        return openPalm(region);
      }
      HandLandmarks none = openPalm(region);
      return new HandLandmarks(none.keypoints(), none.worldKeypoints(), 0.01, none.handedness(), 0.5, region);
    }

    @Override
    public HandLandmarkerConfig config() {
      return config.landmarks();
    }
  };

  private final PalmSource palms = new ScriptedPalms(() -> inView ? List.of(CENTRE) : List.of(), 120, 60);

  private HandsToActions chain(ActionDriver driver) {
    GestureRecognizer recognizer = new GestureRecognizer(gestures, config.geometry(),
        config.gestures().holdIntervalMillis(), config.gestures().speedWindowMillis(), false,
        config.tracker().rejoinMillis());
    return new HandsToActions(new TrackedHandSmoother(config.smoothing()), recognizer, driver);
  }

  @Test
  void aHandLostOnTheFirstFrameOfARebuiltChainReleasesItsKeys() {
    BindingFileLoader.Result bindings = BindingFileLoader.parse("b.yaml", String.join("\n",
        "bindings:",
        "  - {gesture: open_palm, action: key, keys: alt+tab, hold: true}",
        ""), gestures, config.hotkey().pause());
    assertThat(bindings.problems()).isEmpty();
    RecordingActionSink sink = new RecordingActionSink(DesktopBounds.ASSUMED);
    ActionDriver driver = new ActionDriver(bindings.bindings(), gestures, config.pointer(), config.actions(),
        DesktopBounds.ASSUMED, false, sink, kind -> { });
    driver.keepHandsThroughGaps(config.tracker().rejoinMillis());
    HandTracker tracker = new HandTracker(palms, landmarker, config.tracker(), config.idle());

    HandsToActions chain = chain(driver);
    inView = true;
    int frame = 0;
    for (; frame < 60; frame++) {
      long t = frame * FRAME_NANOS;
      chain.onFrame(tracker.track(PICTURE, t, false), t, PICTURE.width(), PICTURE.height());
    }
    assertThat(chain.lastHands()).hasSize(1);
    assertThat(keys(sink)).as("the open palm holds alt+tab").containsExactly("key_press alt", "key_press tab");

    // A reload: the daemon builds the chain afresh (same driver), and the hand is gone on its first frame.
    chain = chain(driver);
    inView = false;
    long t = frame * FRAME_NANOS;
    TrackedFrame lost = tracker.track(PICTURE, t, false);
    assertThat(lost.lostIds()).hasSize(1);
    chain.onFrame(lost, t, PICTURE.width(), PICTURE.height());
    assertThat(keys(sink)).as("the lost hand's keys are released at once")
        .containsExactly("key_press alt", "key_press tab", "key_release tab", "key_release alt");
  }

  private static List<String> keys(RecordingActionSink sink) {
    return sink.actions().stream().filter(a -> a.key() != null).map(a -> a.action() + " " + a.key()).toList();
  }
}
