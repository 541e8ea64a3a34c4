package dev.handctl.shell.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.shell.DaemonState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preview's status text: the state as the tray words it, dry runs marked, no rate before one is measured. */
class PreviewStatusTest {
  @Test
  void theStateReadsAsTheTrayHasItWithDryRunsMarked() {
    assertThat(DaemonState.ENDED.label(true)).isEqualTo("ended (dry run)");
    assertThat(DaemonState.PAUSED.label(false)).isEqualTo("paused");
    String s = PreviewWindow.status(List.of("#1 Right: pinch"), "aiming", DaemonState.RUNNING.label(true), 29.96,
        Double.NaN, Double.NaN);
    assertThat(s.lines().toList()).containsExactly("running (dry run)   pointer: aiming   30.0 frames/s", "#1 Right: pinch");
  }

  @Test
  void aRateNotMeasuredYetIsNotShown() {
    String s = PreviewWindow.status(List.of(), "moving", "running", Double.NaN, Double.NaN, Double.NaN);
    assertThat(s).contains("measuring frames/s").doesNotContainPattern("\\d frames/s").endsWith("no hand")
        .doesNotContain("capture to action");
  }

  @Test
  void theLatestActionsLatencyIsShownOnceThereIsOne() {
    String s = PreviewWindow.status(List.of(), "moving", "running", 30.0, 7.04, 15.96);
    assertThat(s.lines().toList()).containsExactly("running   pointer: moving   30.0 frames/s",
        "capture to action: p50 7.0 ms, p95 16.0 ms", "no hand");
  }
}
