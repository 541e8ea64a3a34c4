package dev.handctl.shell.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handctl.action.DesktopBounds;
import dev.handctl.action.MouseButton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal backend's session flow and {@link PortalActionSink} driving a real compositor: headless
 * mutter ({@code mutter --headless --virtual-monitor 1280x720}) on a private bus, through its
 * {@code org.gnome.Mutter.RemoteDesktop} interface (what xdg-desktop-portal-gnome forwards to), with a
 * {@code wev} window as the witness of motion, click, scroll and keys. Without mutter, wev or stdbuf
 * it is skipped, saying so, except under {@code CI=true} ({@code .ci/run} installs them). About 5 s.
 */
class MutterRemoteDesktopIT {
  private static final Pattern POSITION = Pattern.compile("wl_pointer\\] (?:enter|motion):.*x, y: ([-0-9.]+), ([-0-9.]+)");

  @TempDir
  Path dir;
  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void stop() throws InterruptedException {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      p.destroy();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  private static void need(String... tools) {
    List<String> missing = new ArrayList<>();
    for (String t : tools) {
      if (!Files.isExecutable(Path.of("/usr/bin", t))) {
        missing.add(t);
      }
    }
    if (!missing.isEmpty()) {
      String message = "missing " + missing + " (Debian: apt-get install mutter wev), so the headless-mutter test is"
          + " skipped";
      assertThat("true".equalsIgnoreCase(System.getenv("CI"))).as(message + "; CI=true, so this fails").isFalse();
      assumeTrue(false, message);
    }
  }

  private Process start(Map<String, String> env, Path log, String... command) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().remove("WAYLAND_DISPLAY");
    pb.environment().remove("DISPLAY");
    pb.environment().putAll(env);
    Process p = pb.start();
    processes.add(p);
    return p;
  }

  private static List<String> waitFor(Path log, Predicate<List<String>> done, long millis) throws Exception {
    long end = System.nanoTime() + millis * 1_000_000L;
    List<String> lines = List.of();
    while (System.nanoTime() < end) {
      lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
      if (done.test(lines)) {
        return lines;
      }
      Thread.sleep(50);
    }
    return lines;
  }

  private static long count(List<String> lines, String fragment) {
    return lines.stream().filter(l -> l.contains(fragment)).count();
  }

  @Test
  void motionClickScrollAndKeysReachAWindow() throws Exception {
    need("mutter", "wev", "stdbuf", "dbus-daemon");
    Path runtime = Files.createDirectory(dir.resolve("runtime"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    try (PrivateBus bus = PrivateBus.start(dir)) {
      Map<String, String> env = Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address(), "XDG_RUNTIME_DIR",
          runtime.toString());
      Path mutterLog = dir.resolve("mutter.log");
      start(env, mutterLog, "mutter", "--headless", "--virtual-monitor", "1280x720", "--wayland", "--no-x11",
          "--wayland-display=wayland-h");
      long t0 = System.nanoTime();
      for (int i = 0; i < 200 && !Files.exists(runtime.resolve("wayland-h")); i++) {
        Thread.sleep(50);
      }
      assertThat(runtime.resolve("wayland-h")).as("mutter's socket; its log: %s", Files.exists(mutterLog)
          ? Files.readString(mutterLog) : "").exists();
      Path wev = dir.resolve("wev.log");
      Map<String, String> wevEnv = new java.util.HashMap<>(env);
      wevEnv.put("WAYLAND_DISPLAY", "wayland-h");
      start(wevEnv, wev, "stdbuf", "-oL", "wev");
      assertThat(waitFor(wev, l -> count(l, "xdg_toplevel] configure: width: 6") > 0, 10_000))
          .as("wev's window shows").anySatisfy(l -> assertThat(l).contains("configure: width:"));
      System.out.printf("mutter-it: mutter and the witness up in %d ms%n", (System.nanoTime() - t0) / 1_000_000);

      DesktopBounds desktop = new DesktopBounds(0, 0, 1280, 720);
      MutterRemoteDesktopClient client = new MutterRemoteDesktopClient(bus.address());
      PortalSession.Opened session = PortalSession.open(client, new RestoreTokenFile(dir.resolve("token")));
      assertThat(session.handle()).startsWith("/org/gnome/Mutter/RemoteDesktop/Session/");
      try (PortalActionSink sink = new PortalActionSink(client, session.handle(), desktop)) {
        // mutter makes its virtual keyboard at the first key event, and a headless seat, having no
        // keyboard before, announces one to clients only then: that first key reaches no window. A
        // real session has a keyboard already. So a shift tap first, then wait for wev's keyboard.
        sink.keyPress("shift");
        sink.keyRelease("shift");
        assertThat(waitFor(wev, l -> count(l, "wl_keyboard] enter") > 0, 5_000))
            .as("wev gets a keyboard").anySatisfy(l -> assertThat(l).contains("wl_keyboard] enter"));
        sink.moveTo(640, 360);
        List<String> lines = waitFor(wev, l -> positions(l).size() >= 1, 5_000);
        assertThat(positions(lines)).as("wev saw the pointer enter; wev log:%n%s", String.join("\n", lines))
            .isNotEmpty();
        Thread.sleep(200); // wev reports an entry as enter and motion: let both arrive
        lines = Files.readAllLines(wev);
        int seen = positions(lines).size();
        double[] first = positions(lines).get(seen - 1);
        sink.moveTo(700, 400);
        lines = waitFor(wev, l -> positions(l).size() > seen, 5_000);
        double[] second = positions(lines).get(positions(lines).size() - 1);
        assertThat(second[0] - first[0]).as("right by 60").isCloseTo(60, org.assertj.core.data.Offset.offset(1.0));
        assertThat(second[1] - first[1]).as("down by 40").isCloseTo(40, org.assertj.core.data.Offset.offset(1.0));

        sink.press(MouseButton.LEFT);
        sink.release(MouseButton.LEFT);
        lines = firstPointer(waitFor(wev, l -> count(firstPointer(l), "button: 272") >= 2, 5_000));
        assertThat(count(lines, "button: 272 (left), state: 1")).as("one press").isEqualTo(1);
        assertThat(count(lines, "button: 272 (left), state: 0")).as("one release").isEqualTo(1);
        assertThat(positions(lines).get(positions(lines).size() - 1)).as("no motion with the click")
            .containsExactly(second);

        sink.scroll(2, 0);
        sink.scroll(0, -1);
        lines = firstPointer(waitFor(wev, l -> count(firstPointer(l), "axis: 1 (horizontal)") > 0, 5_000));
        List<String> axis = lines.stream().filter(l -> l.contains("wl_pointer] axis")).toList();
        assertThat(axis).as("scroll; wev log:%n%s", String.join("\n", lines))
            .anySatisfy(l -> assertThat(l).containsPattern("axis: 0 \\(vertical\\), value: [1-9]"))
            .anySatisfy(l -> assertThat(l).containsPattern("axis: 1 \\(horizontal\\), value: -[1-9]"));

        sink.keyPress("a");
        sink.keyRelease("a");
        // wev shows XKB key codes: the evdev code plus 8 (KEY_A = 30, so 38).
        lines = waitFor(wev, l -> count(l, "key: 38; state: 0") >= 1, 5_000);
        assertThat(count(lines, "key: 38; state: 1 (pressed)")).as("a pressed once; wev log:%n%s",
            String.join("\n", lines)).isEqualTo(1);
        assertThat(count(lines, "key: 38; state: 0 (released)")).as("a released once").isEqualTo(1);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("sym: a"));
        System.out.printf("mutter-it: motion, click, scroll and key seen by wev, %d ms after start%n",
            (System.nanoTime() - t0) / 1_000_000);
      }
    }
  }

  /**
   * Returns the lines of the first wl_pointer wev bound: when the seat announces its capabilities again
   * (the keyboard arriving), wev binds a second pointer and each event then shows twice.
   */
  private static List<String> firstPointer(List<String> lines) {
    String prefix = lines.stream().filter(l -> l.contains("wl_pointer]")).findFirst()
        .map(l -> l.substring(0, l.indexOf(']') + 1)).orElse("[none]");
    return lines.stream().filter(l -> l.startsWith(prefix) || !l.contains("wl_pointer]")).toList();
  }

  private static List<double[]> positions(List<String> all) {
    List<double[]> out = new ArrayList<>();
    for (String l : firstPointer(all)) {
      Matcher m = POSITION.matcher(l);
      if (m.find()) {
        out.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
      }
    }
    return out;
  }
}
