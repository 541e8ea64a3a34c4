package dev.handctl.shell.wayland;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.e2e.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The application in front, read as handctl reads it on wlroots, on a real headless sway: two foot
 * windows of different app_id ({@code alpha}, {@code beta}), each focused in turn with
 * {@code swaymsg '[app_id=...] focus'}; the change must be seen within 200 ms. sway refuses to run
 * as root, so as root sway and the windows run as the ordinary user {@code SWAY_USER} (default
 * {@code nobody}) with a runtime folder of their own; the test (root) reads the socket there. Each
 * wait is bounded: the test takes a few seconds. Without sway, foot or setpriv it is skipped, saying
 * so, except under {@code CI=true}, where that is a failure ({@code .ci/run} installs them).
 */
class ForeignToplevelsIT {
  private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

  private final List<Process> running = new ArrayList<>();
  private Path runtime;
  private Path work;

  private List<String> asUser(String... command) throws IOException {
    List<String> c = new ArrayList<>();
    if (ROOT) {
      String user = System.getenv().getOrDefault("SWAY_USER", "nobody");
      c.addAll(List.of("setpriv", "--reuid=" + user, "--regid=" + group(user), "--clear-groups"));
    }
    c.addAll(List.of(command));
    return c;
  }

  private static String group(String user) throws IOException {
    Process p = new ProcessBuilder("id", "-gn", user).start();
    return new String(p.getInputStream().readAllBytes()).strip();
  }

  private ProcessBuilder session(List<String> command) {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    String path = env.get("PATH");
    env.clear();
    env.put("PATH", path);
    env.put("HOME", work.resolve("home").toString());
    env.put("XDG_RUNTIME_DIR", runtime.toString());
    env.put("XDG_CONFIG_HOME", work.resolve("config").toString());
    env.put("LANG", "C.UTF-8");
    return pb;
  }

  private Process start(String log, Map<String, String> extra, String... command) throws IOException {
    ProcessBuilder pb = session(asUser(command)).redirectOutput(work.resolve(log).toFile());
    pb.environment().putAll(extra);
    Process p = pb.start();
    running.add(p);
    return p;
  }

  private Path waitForFile(String glob, String what) throws Exception {
    for (int i = 0; i < 100; i++) {
      try (Stream<Path> files = Files.list(runtime)) {
        var found = files.filter(f -> f.getFileSystem().getPathMatcher("glob:" + glob).matches(f.getFileName()))
            .findFirst();
        if (found.isPresent()) {
          return found.get();
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError(what + " did not appear in " + runtime + " (logs in " + work + ")");
  }

  private void swaymsg(Path ipc, String command) throws Exception {
    ProcessBuilder pb = session(asUser("swaymsg", command));
    pb.environment().put("SWAYSOCK", ipc.toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("swaymsg " + command + " ends").isTrue();
    assertThat(p.exitValue()).as("swaymsg " + command + ": " + out).isZero();
  }

  /** Polls until the reader says this app is in front; returns the ms taken, or MAX_VALUE. */
  private static long seenWithin(ForeignToplevels t, String appId, long limitMillis) throws Exception {
    long start = System.nanoTime();
    while ((System.nanoTime() - start) / 1_000_000 < limitMillis) {
      if (t.focused().equals(List.of(appId))) {
        return (System.nanoTime() - start) / 1_000_000;
      }
      Thread.sleep(5);
    }
    return Long.MAX_VALUE;
  }

  /** Waits (bounded) for a window to be announced and in front, as sway focuses a new window. */
  private static void appears(ForeignToplevels t, String appId) throws Exception {
    assertThat(seenWithin(t, appId, 10_000)).as(appId + " window appears in front").isLessThan(10_000);
  }

  @Test
  void seesEachWindowsAppIdWhenSwayFocusesIt() throws Exception {
    List<String> missing = new ArrayList<>();
    for (String tool : ROOT ? List.of("sway", "swaymsg", "foot", "setpriv") : List.of("sway", "swaymsg", "foot")) {
      if (!Tools.onPath(tool)) {
        missing.add(tool);
      }
    }
    if (!missing.isEmpty()) {
      String message = "the wlroots focus test needs " + missing + " (Debian: apt-get install sway foot)";
      assertThat("true".equalsIgnoreCase(System.getenv("CI"))).as(message + "; CI=true, so this fails").isFalse();
      Assumptions.abort(message + "; skipping");
    }
    work = Files.createTempDirectory("handctl-toplevel-it",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    runtime = Files.createDirectory(work.resolve("runtime"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Files.createDirectories(work.resolve("home"));
    Files.createDirectories(work.resolve("config"));
    if (ROOT) {
      String user = System.getenv().getOrDefault("SWAY_USER", "nobody");
      UserPrincipalLookupService users = work.getFileSystem().getUserPrincipalLookupService();
      for (String dir : List.of("runtime", "home", "config")) {
        Files.setOwner(work.resolve(dir), users.lookupPrincipalByName(user));
      }
    }
    Path conf = work.resolve("sway.conf");
    Files.writeString(conf, "output HEADLESS-1 resolution 1280x720 position 0 0\nfocus_follows_mouse no\n");
    try {
      start("sway.log", Map.of("WLR_BACKENDS", "headless", "WLR_LIBINPUT_NO_DEVICES", "1", "WLR_RENDERER", "pixman"),
          "sway", "-c", conf.toString());
      Path socket = waitForFile("wayland-[0-9]", "sway's Wayland socket");
      Path ipc = waitForFile("sway-ipc.*.sock", "sway's IPC socket");
      try (ForeignToplevels t = ForeignToplevels.open(Map.of("XDG_RUNTIME_DIR", runtime.toString(),
          "WAYLAND_DISPLAY", socket.getFileName().toString()))) {
        assertThat(t.focused()).as("no window yet").isEmpty();
        Map<String, String> wayland = Map.of("WAYLAND_DISPLAY", socket.getFileName().toString());
        start("alpha.log", wayland, "foot", "--app-id=alpha", "sleep", "60");
        appears(t, "alpha");
        start("beta.log", wayland, "foot", "--app-id=beta", "sleep", "60");
        appears(t, "beta");
        for (String app : List.of("alpha", "beta", "alpha")) {
          long asked = System.nanoTime();
          swaymsg(ipc, "[app_id=" + app + "] focus");
          long ms = seenWithin(t, app, 200);
          System.out.println("toplevel-it: " + app + " seen in front " + ms + " ms after swaymsg returned, "
              + (System.nanoTime() - asked) / 1_000_000 + " ms after it started");
          assertThat(ms).as(app + " seen in front within 200 ms of swaymsg (logs in " + work + ")").isLessThan(200);
        }
      }
    } finally {
      for (int i = running.size() - 1; i >= 0; i--) {
        running.get(i).destroy();
        if (!running.get(i).waitFor(5, TimeUnit.SECONDS)) {
          running.get(i).destroyForcibly();
        }
      }
    }
  }
}
