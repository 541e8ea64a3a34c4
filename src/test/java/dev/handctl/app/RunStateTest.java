package dev.handctl.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunStateTest {
  private final RunState state = new RunState();
  private final List<String> told = new ArrayList<>();

  RunStateTest() {
    state.addListener(new RunState.Listener() {
      @Override
      public void pausing(boolean paused) {
        told.add(paused ? "pausing" : "resuming");
      }

      @Override
      public void changed() {
        told.add("changed");
      }
    });
  }

  @Test
  void aPauseTellsTheEffectsFirstThenTheDisplayAndRemembersWho() {
    state.setPaused(true, "tray");

    assertThat(state.paused()).isTrue();
    assertThat(state.why()).isEqualTo("tray");
    assertThat(told).containsExactly("pausing", "changed");
  }

  @Test
  void askingForTheStateItIsInChangesNothing() {
    state.setPaused(false, "command");

    assertThat(told).isEmpty();
  }

  @Test
  void toggleSwitchesBothWays() {
    state.toggle("hotkey");
    state.toggle("hotkey");

    assertThat(state.paused()).isFalse();
    assertThat(told).containsExactly("pausing", "changed", "resuming", "changed");
  }

  @Test
  void withNoOutputItStaysPaused() {
    state.start(true, "none (no uinput)");

    state.setPaused(false, "tray");

    assertThat(state.paused()).isTrue();
    assertThat(told).isEmpty();
  }

  @Test
  void onceStoppingPausesAreIgnored() {
    state.beginStopping();

    state.setPaused(true, "gesture");

    assertThat(state.paused()).isFalse();
    assertThat(state.stopping()).isTrue();
  }

  @Test
  void aQuitAskedTwiceEndsTheWaitOnce() throws Exception {
    state.requestQuit("tray");
    state.requestQuit("signal");

    state.awaitQuit(); // returns at once
  }
}
