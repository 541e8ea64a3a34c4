package dev.handctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.app.Main;
import dev.handctl.testing.LandmarkScript;
import dev.handctl.testing.RealHands;
import dev.handctl.testing.TestData;
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
 *       (the hand slipping as the fingers close), rests, then pinches, drags and lets go.
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
    for (String tool : List.of("Xvfb", "xdotool", "xev", "import", "convert", "openbox", "trayer")) {
      if (!onPath(tool)) {
        missing.add(tool);
      }
    }
    if (!missing.isEmpty()) {
      String message = "the desktop end-to-end test needs " + missing + " (Debian: apt-get install xvfb xdotool"
          + " x11-utils imagemagick openbox trayer)";
      assertThat("true".equalsIgnoreCase(System.getenv("CI"))).as(message + "; CI=true, so this fails").isFalse();
      Assumptions.abort(message + "; skipping");
    }
    Path pointing = TestData.require(RealHands.POINTING);
    Path palm = TestData.require(RealHands.OPEN_PALM);
    Path work = Files.createTempDirectory("handctl-e2e");
    // The inputs stay in target/e2e-inputs, where installer/test-deb.d/desktop-e2e.sh finds them to
    // run the same test against the installed package.
    Path inputs = Files.createDirectories(Path.of("target", "e2e-inputs"));
    Path clip = inputs.resolve("point-and-swipe.mp4");
    // Pointing hand: 3 s, sliding 60 px left and 25 px up in 1 s (0.9 hand sizes); open palm: 3 s,
    // sliding 220 px right in 0.25 s (2.3 hand sizes: a swipe to the user's left).
    assertThat(Main.run("make-video", "--fps", "30", "--size", "640x480", "--seconds-per-image", "3",
        "--noise", "2", "--move=-60,-25,1.0", "--move=220,0,0.25", "-o", clip.toString(), pointing.toString(),
        palm.toString())).isZero();
    Path landmarks = inputs.resolve("pinch-and-drag.jsonl");
    new LandmarkScript(RealHands.of(RealHands.POINTING), 1, 21, 1.0)
        .hold(20).move(0.5, 0, 20).hold(20) // aim: the pointer moves left, then rests
        .thumbTo(0.9, 1).thumbTo(0.08, 6, 0.12, 0.12).hold(4).thumbFree(4) // a quick pinch, slipping: a click
        .hold(25)
        .thumbTo(0.08, 5).hold(8).move(-0.6, 0.2, 20).hold(6) // a held pinch moved: a drag
        .thumbTo(0.6, 4, 0.1, 0.1).thumbFree(2).hold(20)
        .gone(10)
        .writeJsonl(landmarks, RealHands.WIDTH_PX, RealHands.HEIGHT_PX);

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

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
