package dev.handctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.testing.LandmarkScript;
import dev.handctl.testing.RealHands;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Hand-off to the real mouse on a real X server (Xvfb): the packaged daemon steers the pointer from a
 * landmark stream of a real pointing hand (its keypoints moved, synthetic motion); {@code xdotool
 * mousemove} plays the user's mouse. handctl's moves must stop at once, and come back after the
 * quiet interval (1.5 s by default).
 */
class HandOffIT {
  private static String run(String display, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("DISPLAY", display);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return out.strip();
  }

  /** {@code x y} of the pointer. */
  private static String pointer(String display) throws Exception {
    String out = run(display, "xdotool", "getmouselocation");
    String[] parts = out.split(" ");
    return parts[0].substring(2) + " " + parts[1].substring(2);
  }

  @Test
  void theMouseStopsHandctlAtOnceAndHandctlComesBackWhenItIsStill() throws Exception {
    List<String> missing = new ArrayList<>();
    for (String tool : List.of("Xvfb", "xdotool")) {
      if (!Tools.onPath(tool)) {
        missing.add(tool);
      }
    }
    if (!missing.isEmpty()) {
      String message = "the hand-off test needs " + missing + " (Debian: xvfb xdotool)";
      assertThat("true".equalsIgnoreCase(System.getenv("CI"))).as(message + "; CI=true, so this fails").isFalse();
      Assumptions.abort(message + "; skipping");
    }
    Path work = Files.createTempDirectory("handctl-handoff");
    Path stream = work.resolve("pointing.jsonl");
    // About 9 s of steering: the pointer keeps moving, slowly, left and right.
    new LandmarkScript(RealHands.of(RealHands.POINTING), 1, 5, 1.0)
        .hold(20).move(0.8, 0, 60).move(-0.8, 0, 60).move(0.8, 0, 60).move(-0.8, 0, 60).gone(5)
        .writeJsonl(stream, RealHands.WIDTH_PX, RealHands.HEIGHT_PX);
    String display = ":73";
    Process xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    Process daemon = null;
    try {
      Thread.sleep(1000);
      run(display, "xdotool", "mousemove", "640", "400");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder pb = new ProcessBuilder(java, "-Ddorkbox.updates.Updates.ENABLE=false", "-jar",
          Path.of("target", "handctl.jar").toString(), "run", "--landmarks", stream.toString(), "--no-tray",
          "--exit-at-end").redirectErrorStream(true).redirectOutput(work.resolve("daemon.log").toFile());
      pb.environment().put("DISPLAY", display);
      pb.environment().put("XDG_CONFIG_HOME", work.resolve("config").toString());
      pb.environment().put("XDG_STATE_HOME", work.resolve("state").toString());
      pb.environment().put("XDG_RUNTIME_DIR", Files.createDirectories(work.resolve("run")).toString());
      pb.environment().remove("WAYLAND_DISPLAY");
      daemon = pb.start();
      // handctl steers: the pointer leaves where it was put.
      String start = pointer(display);
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (pointer(display).equals(start)) {
        assertThat(System.nanoTime()).as("handctl moves the pointer (log in " + work + ")").isLessThan(deadline);
        Thread.sleep(50);
      }
      Thread.sleep(500);
      run(display, "xdotool", "mousemove", "100", "100");
      long moved = System.nanoTime();
      Thread.sleep(100); // handctl must stop within this
      List<String> during = new ArrayList<>();
      while (System.nanoTime() - moved < 1_100_000_000L) {
        during.add(pointer(display));
        Thread.sleep(40);
      }
      assertThat(during).as("handctl leaves the pointer where the mouse put it (log in " + work + ")")
          .containsOnly("100 100");
      boolean back = false;
      while (!back && System.nanoTime() - moved < 6_000_000_000L) {
        back = !pointer(display).equals("100 100");
        Thread.sleep(50);
      }
      assertThat(back).as("handctl takes the pointer back after the quiet interval").isTrue();
      assertThat((System.nanoTime() - moved) / 1_000_000).as("not before the 1.5 s quiet interval")
          .isGreaterThanOrEqualTo(1500);
      assertThat(daemon.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String log = Files.readString(work.resolve("daemon.log"));
      assertThat(log).contains("hand-off: the mouse moved the pointer").contains("takes the pointer back");
    } finally {
      if (daemon != null && daemon.isAlive()) {
        daemon.destroy();
        daemon.waitFor(10, TimeUnit.SECONDS);
      }
      xvfb.destroy();
      xvfb.waitFor(5, TimeUnit.SECONDS);
    }
  }
}
