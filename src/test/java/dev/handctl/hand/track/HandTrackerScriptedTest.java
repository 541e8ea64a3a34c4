package dev.handctl.hand.track;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.capture.RgbImage;
import dev.handctl.config.ConfigLoader;
import dev.handctl.config.HandctlConfig;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.Handedness;
import dev.handctl.hand.PixelKeypoint;
import dev.handctl.hand.TrackedFrame;
import dev.handctl.hand.TrackedHand;
import dev.handctl.hand.WorldKeypoint;
import dev.handctl.hand.landmark.HandLandmarkerConfig;
import dev.handctl.hand.landmark.LandmarkEstimator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tracker's report of new, kept and lost hands, with scripted hands instead of the models: the
 * palm source finds every scripted hand, the landmarker gives keypoints for the one in its region.
 */
class HandTrackerScriptedTest {
  private static final long FRAME_NANOS = 33_333_333L;
  private static final RgbImage PICTURE = new RgbImage(640, 480, new byte[640 * 480 * 3]);

  /** Where the scripted hands are in the frame being tracked: palm centres, 80 px hands. */
  private final List<double[]> scene = new ArrayList<>();

  private static List<PixelKeypoint> keypoints(double cx, double cy) {
    double s = 80;
    List<PixelKeypoint> k = new ArrayList<>(21);
    k.add(new PixelKeypoint(cx, cy + 0.5 * s, 0)); // wrist
    for (int j = 1; j <= 4; j++) {
      k.add(new PixelKeypoint(cx - 0.3 * s - 0.12 * s * j, cy + 0.3 * s - 0.1 * s * j, 0)); // thumb
    }
    double[] fingerX = {-0.3, -0.1, 0.1, 0.3};
    for (double fx : fingerX) {
      for (int j = 0; j < 4; j++) {
        k.add(new PixelKeypoint(cx + fx * s, cy - 0.5 * s - 0.2 * s * j, 0));
      }
    }
    return k;
  }

  private static HandLandmarks hand(double cx, double cy, double presence, HandRegion region) {
    List<WorldKeypoint> world = new ArrayList<>(21);
    for (int i = 0; i < 21; i++) {
      world.add(new WorldKeypoint(0, 0, 0));
    }
    return new HandLandmarks(keypoints(cx, cy), world, presence, Handedness.RIGHT, 0.9, region);
  }

  private final LandmarkEstimator landmarker = new LandmarkEstimator() {
    @Override
    public HandLandmarks estimate(RgbImage image, HandRegion region, boolean mirrored) {
      for (double[] h : scene) {
        if (Math.hypot(h[0] - region.centerXPx(), h[1] - region.centerYPx()) < region.sidePx() / 2) {
          return hand(h[0], h[1], 0.99, region);
        }
      }
      return hand(region.centerXPx(), region.centerYPx(), 0.01, region);
    }

    @Override
    public HandLandmarkerConfig config() {
      return ConfigLoader.defaults().landmarks();
    }
  };

  private final PalmSource palms = new dev.handctl.testing.ScriptedPalms(() -> scene, 80, 35);

  private final HandctlConfig config = ConfigLoader.defaults();
  private final HandTracker tracker = new HandTracker(palms, landmarker, config.tracker(), config.idle());
  private int frame;

  private TrackedFrame next(double[]... hands) {
    scene.clear();
    scene.addAll(List.of(hands));
    return tracker.track(PICTURE, frame++ * FRAME_NANOS, false);
  }

  private static List<Integer> ids(List<TrackedHand> hands) {
    return hands.stream().map(TrackedHand::id).toList();
  }

  @Test
  void reportsNewKeptLostAndForgottenHands() {
    double[] a = {200, 240};
    TrackedFrame found = next(a);
    assertThat(ids(found.hands())).hasSize(1);
    int id = found.hands().get(0).id();
    assertThat(ids(found.newHands())).containsExactly(id);
    assertThat(found.lostIds()).isEmpty();

    TrackedFrame kept = next(a);
    assertThat(ids(kept.hands())).containsExactly(id);
    assertThat(kept.newHands()).isEmpty();
    assertThat(kept.lostIds()).isEmpty();

    TrackedFrame gone = next();
    assertThat(gone.hands()).isEmpty();
    assertThat(gone.lostIds()).containsExactly(id);
    assertThat(gone.forgottenIds()).isEmpty();

    // Back near its path within tracker.rejoinMillis: the same id, kept, not new.
    TrackedFrame back = next(a);
    assertThat(ids(back.hands())).containsExactly(id);
    assertThat(back.newHands()).isEmpty();
    assertThat(back.lostIds()).isEmpty();

    assertThat(next().lostIds()).containsExactly(id);
    List<Integer> forgotten = new ArrayList<>();
    long framesPastRejoin = config.tracker().rejoinMillis() * 1_000_000L / FRAME_NANOS + 2;
    for (int i = 0; i < framesPastRejoin; i++) {
      TrackedFrame f = next();
      assertThat(f.lostIds()).isEmpty();
      forgotten.addAll(f.forgottenIds());
    }
    assertThat(forgotten).containsExactly(id);

    // After the rejoin time a hand found is a new one.
    TrackedFrame again = next(a);
    assertThat(ids(again.hands())).hasSize(1).doesNotContain(id);
    assertThat(again.newHands()).isEqualTo(again.hands());
  }

  @Test
  void aSecondHandIsNewWhileTheFirstIsKept() {
    double[] a = {150, 240};
    double[] b = {480, 240};
    int first = next(a).hands().get(0).id();
    TrackedFrame both = next(a, b);
    for (int i = 0; both.hands().size() < 2 && i < 60; i++) {
      both = next(a, b); // the search for a second hand runs every secondHandSearchMillis
    }
    assertThat(both.hands()).hasSize(2);
    assertThat(both.newHands()).hasSize(1);
    assertThat(both.newHands().get(0).id()).isNotEqualTo(first);
    assertThat(both.isNew(first)).isFalse();

    TrackedFrame one = next(b);
    assertThat(one.lostIds()).containsExactly(first);
    assertThat(one.newHands()).isEmpty();
  }

  @Test
  void aResetLosesAndForgetsEveryHand() {
    int id = next(new double[] {200, 240}).hands().get(0).id();
    tracker.reset();
    TrackedFrame after = next(new double[] {200, 240});
    assertThat(after.lostIds()).containsExactly(id);
    assertThat(after.forgottenIds()).containsExactly(id);
    assertThat(after.newHands()).isEqualTo(after.hands());
    assertThat(ids(after.hands())).doesNotContain(id);
  }
}
