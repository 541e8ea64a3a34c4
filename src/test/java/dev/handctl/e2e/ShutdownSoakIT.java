package dev.handctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.testing.TestData;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM at random moments of a real dry-run daemon playing a real clip with pinches and a drag
 * ({@code src/test/e2e/sigterm-soak.sh} against {@code target/handctl.jar}): every run must exit 0
 * with no JVM crash, no hang and no press without its release. {@code SOAK_RUNS} runs (default 15,
 * about two minutes on two cores, so that CI stays short; the script's own default is the
 * issue's 100, which takes about 12 minutes).
 */
class ShutdownSoakIT {
  @Test
  void sigtermAtRandomMomentsExitsCleanlyEveryTime() throws Exception {
    Path video = TestData.require("video/real-gestures/minivision/mv_setvol.mp4");
    String runs = System.getenv().getOrDefault("SOAK_RUNS", "15");
    Process p = new ProcessBuilder("bash", "src/test/e2e/sigterm-soak.sh", "-n", runs, "-d", "9000",
        "--jar", "target/handctl.jar", video.toString()).redirectErrorStream(true).start();
    StringBuilder out = new StringBuilder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        System.out.println(line);
        out.append(line).append('\n');
      }
    }
    assertThat(p.waitFor(20, TimeUnit.MINUTES)).isTrue();
    assertThat(out.toString()).contains("sigterm-soak: " + runs + " runs")
        .contains(runs + " clean (exit 0), 0 crashes, 0 hangs, 0 with pressed inputs left, 0 other exit codes");
    assertThat(p.exitValue()).as(out.toString()).isZero();
  }
}
