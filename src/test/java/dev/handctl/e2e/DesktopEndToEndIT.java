package dev.handctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The daemon end to end, on a virtual X display, checked from outside the JVM by
 * {@code src/test/e2e/desktop-e2e.sh} (see there). This test makes its inputs from the shared real
 * data and runs the script against the packaged jar ({@code target/handctl.jar}, or the launcher in
 * {@code HANDCTL}):
 *
 * <ul>
 *   <li>a video of real webcam frames: a pointing hand slid left and up across the picture for a
 *       second, then an open palm slid right in a quarter of a second (a swipe; there is no
 *       licensed swipe footage);
 *   <li>a landmark stream made from the real keypoints of the pointing hand: it moves, rests, pinches
 *       (the hand slipping as the fingers close), rests, then pinches, drags and lets go; the
 *       overlay at the pointer is sampled from outside meanwhile;
 *   <li>a dry run of the video with the preview, whose title is read for the state.
 * </ul>
 *
 * <p>Without Xvfb and the other tools the test is skipped, saying which are missing, except under
 * {@code CI=true}, where that is a failure ({@code .ci/run} installs them).
 */
class DesktopEndToEndIT {
  @Test
  void theDaemonDrivesTheRealPointerFromTheTrayToQuit() throws Exception {
    Path script = Path.of("src", "test", "e2e", "desktop-e2e.sh");
    List<String> missing = new ArrayList<>();
    for (String tool : List.of("Xvfb", "xdotool", "xev", "xwininfo", "xprop", "import", "convert", "openbox", "trayer")) {
      if (!Tools.onPath(tool)) {
        missing.add(tool);
      }
    }
    if (!missing.isEmpty()) {
      String message = "the desktop end-to-end test needs " + missing + " (Debian: apt-get install xvfb xdotool"
          + " x11-utils imagemagick openbox trayer)";
      assertThat("true".equalsIgnoreCase(System.getenv("CI"))).as(message + "; CI=true, so this fails").isFalse();
      Assumptions.abort(message + "; skipping");
    }
    Path work = Files.createTempDirectory("handctl-e2e");
    E2eInputs inputs = E2eInputs.make();
    Path clip = inputs.clip();
    Path landmarks = inputs.landmarks();

    ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
    pb.environment().put("E2E_CLIP", clip.toAbsolutePath().toString());
    pb.environment().put("E2E_LANDMARKS", landmarks.toAbsolutePath().toString());
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
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(lines).isNotEmpty();
    String summary = lines.get(lines.size() - 1);
    assertThat(summary).as("the script's summary (logs in " + work + ")").matches("\\d+ passed, 0 failed");
    assertThat(p.exitValue()).isZero();
  }
}
