package dev.handctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The daemon end to end on a headless sway (a wlroots Wayland compositor), driving the pointer and
 * keyboard through the virtual input protocols, checked from outside the JVM by
 * {@code src/test/e2e/sway-e2e.sh} with a {@code wev} witness window. Same inputs as the X11 test
 * ({@link E2eInputs}).
 *
 * <p>sway refuses to run as root, so as root the script runs sway, the witness and the daemon as an
 * ordinary user ({@code SWAY_USER}, default {@code nobody}). Without sway and wev the test is
 * skipped, saying so, except under {@code CI=true}, where that is a failure ({@code .ci/run} installs
 * them).
 */
class SwayEndToEndIT {
  @Test
  void theDaemonDrivesSwaysPointerAndKeyboardAndPausesOnHandctlToggle() throws Exception {
    List<String> missing = new ArrayList<>();
    for (String tool : List.of("sway", "wev", "setpriv")) {
      if (!Tools.onPath(tool)) {
        missing.add(tool);
      }
    }
    if (!missing.isEmpty()) {
      String message = "the sway end-to-end test needs " + missing + " (Debian: apt-get install sway wev)";
      assertThat("true".equalsIgnoreCase(System.getenv("CI"))).as(message + "; CI=true, so this fails").isFalse();
      Assumptions.abort(message + "; skipping");
    }
    E2eInputs inputs = E2eInputs.make();
    // Open to the ordinary user the script runs sway and handctl as (it owns the folders inside).
    Path work = Files.createTempDirectory("handctl-sway-e2e",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    ProcessBuilder pb = new ProcessBuilder("bash", Path.of("src", "test", "e2e", "sway-e2e.sh").toString())
        .redirectErrorStream(true);
    pb.environment().put("E2E_CLIP", inputs.clip().toAbsolutePath().toString());
    pb.environment().put("E2E_LANDMARKS", inputs.landmarks().toAbsolutePath().toString());
    pb.environment().put("E2E_WORK", work.resolve("run").toString());
    pb.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
    Process p = pb.start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        System.out.println(line);
        lines.add(line);
      }
    }
    boolean ended = p.waitFor(5, TimeUnit.MINUTES);
    if (!ended) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    assertThat(ended).as("the script ended within 5 minutes").isTrue();
    assertThat(lines).isNotEmpty();
    String summary = lines.get(lines.size() - 1);
    assertThat(summary).as("the script's summary (logs in " + work + ")").matches("\\d+ passed, 0 failed");
    assertThat(p.exitValue()).isZero();
  }
}
