package dev.handctl.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.app.cli.Main;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handctl.testing.LandmarkScript;
import dev.handctl.testing.RealHands;
import dev.handctl.testing.Slow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code handctl run} in this (headless) test JVM: dry runs of recorded landmark streams made from
 * real keypoints, a bindings edit while it runs, and the refusals (no display, a second instance).
 * The desktop itself (tray, hotkey, Robot) is {@code DesktopEndToEndIT}'s.
 */
@Slow
class RunCommandTest {
  private record Result(int code, String out, String err) {
    List<JsonNode> actions() throws Exception {
      List<JsonNode> list = new ArrayList<>();
      for (String line : out.lines().toList()) {
        list.add(new ObjectMapper().readTree(line));
      }
      return list;
    }
  }

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
    int code = cli.execute(args);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Path pinchStream(Path dir, int restFrames) throws Exception {
    Path file = dir.resolve("pinch.jsonl");
    new LandmarkScript(RealHands.of(RealHands.POINTING), 1, 5, 1.0).hold(15).move(0.4, 0, 10).hold(restFrames)
        .thumbTo(0.08, 5).hold(3).thumbFree(4).hold(10)
        .writeJsonl(file, RealHands.WIDTH_PX, RealHands.HEIGHT_PX);
    return file;
  }

  @Test
  void aDryRunOfARecordedPinchPrintsOneClick(@TempDir Path tmp) throws Exception {
    Result r = run("run", "--dry-run", "--no-tray", "--exit-at-end", "--landmarks", pinchStream(tmp, 10).toString(),
        "--config", tmp.resolve("none.yaml").toString().replace("none.yaml", "") + "absent-is-an-error.yaml");
    // A --config that does not exist is an error naming it, before anything runs.
    assertThat(r.code()).isEqualTo(ExitCodes.SETUP_FAILED);
    assertThat(r.err()).contains("absent-is-an-error.yaml");

    Result ok = run("run", "--dry-run", "--no-tray", "--exit-at-end", "--landmarks", pinchStream(tmp, 10).toString(),
        "--gestures", "gestures");
    assertThat(ok.code()).as(ok.err()).isZero();
    List<String> buttons = ok.actions().stream().map(a -> a.get("action").asText()).filter(a -> !a.equals("move"))
        .toList();
    assertThat(buttons).containsExactly("press", "release");
    // A daemon started from the menu has no terminal: its log is also in the state folder.
    java.nio.file.Path log = DaemonLog.folder().resolve("handctl.log");
    assertThat(java.nio.file.Files.readString(log)).contains("handctl running").contains("state: running");
  }

  @Test
  void aBindingsEditAppliesWhileRunningAndABrokenOneIsRefused(@TempDir Path tmp) throws Exception {
    Path bindings = tmp.resolve("bindings.yaml");
    Files.writeString(bindings, "bindings:\n  - {gesture: pointing, action: move}\n"
        + "  - {gesture: pinch, action: drag, button: left}\n");
    // The pinch comes after 3 s of pointing: time for two edits.
    Path stream = pinchStream(tmp, 70);
    ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("handctl");
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
        new ch.qos.logback.core.read.ListAppender<>();
    logged.start();
    log.addAppender(logged);
    CompletableFuture<Result> daemon = CompletableFuture.supplyAsync(() -> run("run", "--dry-run", "--no-tray",
        "--exit-at-end", "--landmarks", stream.toString(), "--gestures", "gestures", "--bindings", bindings.toString()));
    Thread.sleep(1000);
    Files.writeString(bindings, "bindings:\n  - {gesture: pointing, action: move}\n"
        + "  - {gesture: pinch, action: click, button: right}\n");
    Thread.sleep(1200);
    Files.writeString(bindings, "bindings:\n  - {gesture: pointing, action: move}\n"
        + "  - {gesture: pinch, action: clack}\n");
    Result r = daemon.get(60, TimeUnit.SECONDS);
    log.detachAppender(logged);
    String messages = String.join("\n", logged.list.stream().map(e -> e.getFormattedMessage()).toList());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(messages).contains("reloaded").contains("bindings.yaml:3: unknown action 'clack'");
    List<String> buttons = r.actions().stream().filter(a -> !a.get("action").asText().equals("move"))
        .map(a -> a.get("action").asText() + " " + a.get("button").asText()).toList();
    assertThat(buttons).as("the good edit applies, the broken one leaves it in place")
        .containsExactly("press right", "release right");
  }

  @Test
  void aBrokenSettingsFileAtStartLeavesTheDaemonRunningOnTheShippedOnes(@TempDir Path tmp) throws Exception {
    Path settings = tmp.resolve("config.yaml");
    Files.writeString(settings, "rec: &r [*r]\npointer: {gainPxPerHandSize: .inf}\n");
    ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("handctl");
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
        new ch.qos.logback.core.read.ListAppender<>();
    logged.start();
    log.addAppender(logged);
    Result r = run("run", "--dry-run", "--no-tray", "--exit-at-end", "--landmarks", pinchStream(tmp, 10).toString(),
        "--gestures", "gestures", "--config", settings.toString());
    log.detachAppender(logged);
    String messages = String.join("\n", logged.list.stream().map(e -> e.getFormattedMessage()).toList());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(messages).contains("running on the shipped settings").contains("config.yaml:1: unknown setting 'rec'")
        .contains("config.yaml:2: pointer.gainPxPerHandSize");
    assertThat(r.actions().stream().map(a -> a.get("action").asText()).filter(a -> !a.equals("move")))
        .containsExactly("press", "release");
  }

  @Test
  void oddFilesDuringARunAreRefusedAndTheWatcherGoesOn(@TempDir Path tmp) throws Exception {
    Path gestures = tmp.resolve("gestures");
    Files.createDirectories(gestures);
    try (var shipped = Files.list(Path.of("gestures"))) {
      for (Path p : shipped.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.copy(p, gestures.resolve(p.getFileName().toString()));
      }
    }
    Path bindings = tmp.resolve("bindings.yaml");
    Files.writeString(bindings, "bindings:\n  - {gesture: pointing, action: move}\n"
        + "  - {gesture: pinch, action: drag, button: left}\n");
    Path settings = tmp.resolve("config.yaml");
    Files.writeString(settings, "pointer: {gainPxPerHandSize: 1000}\n");
    Path stream = pinchStream(tmp, 70);
    ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("handctl");
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
        new ch.qos.logback.core.read.ListAppender<>();
    logged.start();
    log.addAppender(logged);
    CompletableFuture<Result> daemon = CompletableFuture.supplyAsync(() -> run("run", "--dry-run", "--no-tray",
        "--exit-at-end", "--landmarks", stream.toString(), "--gestures", gestures.toString(), "--bindings",
        bindings.toString(), "--config", settings.toString()));
    Thread.sleep(1000);
    // A FIFO (opening it would block), a link to /dev/zero (never ends), a recursive alias.
    Path fifo = gestures.resolve("fifo.yaml");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Files.createSymbolicLink(gestures.resolve("zero.yaml"), Path.of("/dev/zero"));
    Files.writeString(settings, "rec: &r [*r]\n");
    Thread.sleep(1200);
    Files.delete(fifo);
    Files.delete(gestures.resolve("zero.yaml"));
    Files.writeString(settings, "pointer: {gainPxPerHandSize: 1100}\n");
    Files.writeString(bindings, "bindings:\n  - {gesture: pointing, action: move}\n"
        + "  - {gesture: pinch, action: click, button: right}\n");
    Result r = daemon.get(60, TimeUnit.SECONDS);
    log.detachAppender(logged);
    String messages = String.join("\n", logged.list.stream().map(e -> e.getFormattedMessage()).toList());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(messages).contains("fifo.yaml: is not a regular file").contains("zero.yaml: is not a regular file")
        .contains("config.yaml:1: unknown setting 'rec'").contains("reloaded");
    List<String> buttons = r.actions().stream().filter(a -> !a.get("action").asText().equals("move"))
        .map(a -> a.get("action").asText() + " " + a.get("button").asText()).toList();
    assertThat(buttons).as("the fix after the odd files applies").containsExactly("press right", "release right");
  }

  @Test
  void withoutADisplayTheRealDaemonRefusesToStart(@TempDir Path tmp) throws Exception {
    Result r = run("run", "--landmarks", pinchStream(tmp, 10).toString(), "--gestures", "gestures");
    assertThat(java.awt.GraphicsEnvironment.isHeadless()).isTrue();
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("FATAL_HEADLESS");
  }

  @Test
  void aSecondInstanceSaysSoAndExits(@TempDir Path tmp) throws Exception {
    Path lock = tmp.resolve("handctl.lock");
    try (InstanceLock first = InstanceLock.tryAcquire(lock)) {
      assertThat(first).isNotNull();
      assertThat(InstanceLock.holder(lock)).isEqualTo(Long.toString(ProcessHandle.current().pid()));
      // Another process would get null; in this JVM the lock is held too.
      assertThat(InstanceLock.tryAcquire(lock)).isNull();
    }
    try (InstanceLock again = InstanceLock.tryAcquire(lock)) {
      assertThat(again).as("free once released").isNotNull();
    }
  }
}
