package dev.handctl.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.testing.LandmarkScript;
import dev.handctl.testing.RealHands;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dwell clicks through the daemon's whole chain after tracking (smoothing, the shipped gestures and
 * bindings), on landmark streams made from a real pointing hand's keypoints, moved and held with the
 * model's jitter (synthetic motion of real keypoints).
 */
class DwellStreamTest {
  private static ActionRig rig() {
    var d = new ActionRig(false).config.actions();
    SafetySettings dwell = new SafetySettings(d.handSettleMillis(), d.minClickIntervalMillis(),
        d.foundStillHandSizes(), d.handOffQuietMillis(), d.handOffThresholdPx(),
        new DwellSettings(1000, 15, DwellSettings.Mode.CLICK));
    return new ActionRig(false, Path.of("gestures", "bindings.yaml"), null, dwell);
  }

  private static LandmarkScript pointing() {
    return new LandmarkScript(RealHands.of(RealHands.POINTING), 1, 7, 1.0).centredIn(RealHands.WIDTH_PX,
        RealHands.HEIGHT_PX);
  }

  @Test
  void aHandThatMovesThenRestsClicksOnceAndTheRingFills() {
    ActionRig rig = rig();
    LandmarkScript s = pointing().hold(20).move(1.0, 0, 15).hold(50);
    List<Double> closures = new ArrayList<>();
    PointerFeedback feedback = new PointerFeedback();
    rig.run(0, s.size(), i -> {
      rig.driver.feedback(feedback);
      closures.add(feedback.closure());
    }, s);
    assertThat(rig.actions("press")).as("one dwell click while resting").hasSize(1);
    assertThat(rig.actions("release")).hasSize(1);
    long pressAt = rig.actions("press").get(0).timestampNanos();
    long restFrom = LandmarkScript.timestampNanos(35);
    assertThat(pressAt - restFrom).as("after the dwell time, not before").isBetween(900_000_000L, 1_600_000_000L);
    double approach = rig.config.pointer().approachFactor();
    assertThat(closures.subList(40, 60)).as("the ring fills during the rest")
        .anySatisfy(c -> assertThat(c).isLessThan(approach));
  }

  @Test
  void aHandThatKeepsMovingNeverClicks() {
    ActionRig rig = rig();
    LandmarkScript s = pointing().hold(20);
    for (int k = 0; k < 6; k++) {
      s.move(k % 2 == 0 ? 0.8 : -0.8, 0, 12);
    }
    rig.run(s);
    assertThat(rig.actions("press")).isEmpty();
  }
}
