package dev.handctl.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dwell clicks on made-up pointer positions and times (synthetic): a pointer that moved and then
 * rests clicks once; resting without having moved, or with no hand steering, does nothing; drag
 * lock presses, releases, and lets go when the hand stops steering.
 */
class DwellClickTest {
  private static final long MS = 1_000_000L;

  private static final class Rig {
    final RecordingActionSink out = new RecordingActionSink(new DesktopBounds(0, 0, 800, 600));
    final PressLedger ledger = new PressLedger(out);
    final SafetySettings safety;
    final DwellClick dwell;

    Rig(DwellSettings.Mode mode) {
      safety = new SafetySettings(300, 200, 0.25, 0, 6, new DwellSettings(1000, 15, mode));
      PointerSteering pointer = new PointerSteering(dev.handctl.config.ConfigLoader.defaults().pointer(), new DesktopBounds(0, 0, 800, 600),
          false, ledger);
      ClickDrag clicks = new ClickDrag(pointer, ledger, safety);
      dwell = new DwellClick(clicks, ledger, safety.dwell());
      this.clicks = clicks;
    }

    final ClickDrag clicks;

    void frame(long ms, int x, int y, boolean steering) {
      clicks.beginFrame(ms * MS, dev.handctl.gesture.FingerClosures.NONE);
      ledger.beginFrame(ms * MS);
      dwell.advance(ms * MS, new DesktopPoint(x, y), steering);
    }

    List<String> buttons() {
      return out.actions().stream().filter(a -> !a.action().equals("move"))
          .map(a -> a.action() + " " + a.button()).toList();
    }
  }

  @Test
  void aPointerThatMovedThenRestsClicksOnce() {
    Rig r = new Rig(DwellSettings.Mode.CLICK);
    r.frame(0, 100, 100, true);
    r.frame(100, 200, 100, true); // moved
    r.frame(600, 205, 103, true); // resting, within the radius
    assertThat(r.buttons()).isEmpty();
    assertThat(r.dwell.progress(600 * MS)).as("the ring at the pointer fills with the rest").isEqualTo(0.5);
    r.frame(1100, 204, 102, true);
    assertThat(r.buttons()).containsExactly("press LEFT", "release LEFT");
    r.frame(3000, 204, 102, true);
    assertThat(r.buttons()).as("resting on does not click again").hasSize(2);
    assertThat(r.dwell.progress(3000 * MS)).as("nothing under way after the click").isZero();
    assertThat(r.out.actions().stream().filter(a -> a.action().equals("press")).findFirst().orElseThrow().xPx())
        .as("where the rest began").isEqualTo(200);
  }

  @Test
  void noHandSteeringNoDwell() {
    Rig r = new Rig(DwellSettings.Mode.CLICK);
    r.frame(0, 100, 100, true);
    r.frame(100, 300, 100, true);
    r.frame(200, 300, 100, false); // the hand dropped
    r.frame(2000, 300, 100, false);
    r.frame(2100, 300, 100, true); // back, not moved since
    r.frame(4000, 300, 100, true);
    assertThat(r.buttons()).isEmpty();
  }

  @Test
  void dragLockPressesThenReleasesAndLetsGoWithTheHand() {
    Rig r = new Rig(DwellSettings.Mode.DRAG);
    r.frame(0, 100, 100, true);
    r.frame(100, 200, 100, true);
    r.frame(1200, 200, 100, true);
    assertThat(r.buttons()).containsExactly("press LEFT");
    r.frame(1300, 400, 300, true);
    r.frame(2400, 400, 300, true);
    assertThat(r.buttons()).containsExactly("press LEFT", "release LEFT");
    r.frame(2500, 100, 100, true);
    r.frame(3600, 100, 100, true);
    r.frame(3700, 100, 100, false);
    assertThat(r.buttons()).as("a lowered hand lets the lock go").containsExactly("press LEFT", "release LEFT",
        "press LEFT", "release LEFT");
  }
}
