package dev.handctl.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.app.cli.Main;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handctl.hand.TrackedHand;
import dev.handctl.shell.DaemonState;
import dev.handctl.testing.LandmarkScript;
import dev.handctl.testing.RealHands;
import dev.handctl.testing.RecordingTray;
import dev.handctl.testing.Slow;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Failures injected into the real daemon's pipeline (a dry run of a recorded drag, with a stage
 * that fails while the button is held): a throwing stage, a native out-of-memory error from
 * JavaCPP itself, and a stack overflow. Each time the supervisor logs it with its cause, the tray
 * turns red with the reason, the held button is released, and the pipeline comes back and drags
 * again; the run ends normally (exit 0) at the end of the recording.
 */
@Slow
class PipelineFailureTest {
  /** How each playthrough of the recording fails, once its button is down. */
  private static final List<String> FAILURES = List.of("stage", "native-oom", "stack-overflow");

  @Test
  void aFailingPipelineIsLoggedShownReleasedAndRestarted(@TempDir Path tmp) throws Exception {
    Path bindings = tmp.resolve("bindings.yaml");
    Files.writeString(bindings, "bindings:\n  - {gesture: pointing, action: move}\n"
        + "  - {gesture: pinch, action: drag, button: left}\n");
    Path stream = tmp.resolve("drag.jsonl");
    new LandmarkScript(RealHands.of(RealHands.POINTING), 1, 7, 1.0).hold(15).thumbTo(0.08, 5).hold(10)
        .move(-0.4, 0, 10).hold(10).thumbFree(4).hold(8)
        .writeJsonl(stream, RealHands.WIDTH_PX, RealHands.HEIGHT_PX);

    StringWriter printed = new StringWriter();
    AtomicInteger failuresDone = new AtomicInteger();
    UnaryOperator<List<TrackedHand>> stage = hands -> {
      int done = failuresDone.get();
      if (done < FAILURES.size() && pressesIn(printed) > done) {
        failuresDone.incrementAndGet();
        fail(FAILURES.get(done));
      }
      return hands;
    };
    RecordingTray tray = new RecordingTray();
    var policy = new PipelineSupervisor.Policy(50, 200, 5, 60_000, 15_000);

    ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("handctl");
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    log.addAppender(logged);
    int code;
    try {
      CommandLine cli = Main.commandLine();
      cli.setOut(new PrintWriter(printed, true));
      cli.setErr(new PrintWriter(new StringWriter(), true));
      CommandLine.ParseResult parsed = cli.parseArgs("run", "--dry-run", "--no-tray", "--exit-at-end", "--landmarks",
          stream.toString(), "--gestures", "gestures", "--bindings", bindings.toString());
      RunCommand run = parsed.subcommand().commandSpec().commandLine().getCommand();
      code = new Daemon(run, new DaemonHooks(tray, stage, policy)).run();
    } finally {
      log.detachAppender(logged);
    }

    assertThat(code).isZero();
    assertThat(failuresDone.get()).as("every failure was injected").isEqualTo(FAILURES.size());

    // 1. Logged, with its cause.
    List<ILoggingEvent> errors = logged.list.stream().filter(e -> e.getLevel() == Level.ERROR
        && e.getFormattedMessage().startsWith("the pipeline failed")).toList();
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0).getThrowableProxy().getMessage()).isEqualTo("injected stage failure");
    assertThat(errors.get(1).getThrowableProxy().getClassName()).isEqualTo(OutOfMemoryError.class.getName());
    assertThat(errors.get(1).getFormattedMessage()).contains("native memory over JavaCPP's limit");
    assertThat(errors.get(2).getThrowableProxy().getClassName()).isEqualTo(StackOverflowError.class.getName());
    assertThat(logged.list.stream().filter(e -> e.getFormattedMessage().equals("pipeline: running again")))
        .hasSize(3);

    // 2. Shown: red with a one-line reason, then green again, three times.
    List<RecordingTray.Shown> shown = tray.shown();
    List<String> redReasons = shown.stream().filter(s -> s.state() == DaemonState.ERROR).map(RecordingTray.Shown::detail)
        .distinct().toList();
    assertThat(redReasons).hasSize(3);
    assertThat(redReasons.get(0)).startsWith("pipeline failed: RuntimeException: injected stage failure (retrying in");
    assertThat(redReasons.get(1)).contains("OutOfMemoryError");
    assertThat(redReasons.get(2)).contains("StackOverflowError");
    assertThat(redReasons).allSatisfy(r -> assertThat(r).doesNotContain("\n").hasSizeLessThan(220));
    assertThat(collapse(shown)).containsSubsequence(DaemonState.RUNNING, DaemonState.ERROR, DaemonState.RUNNING,
        DaemonState.ERROR, DaemonState.RUNNING, DaemonState.ERROR, DaemonState.RUNNING);
    // The recording's end shows as ended, unless the quit at its end came first.
    List<DaemonState> states = collapse(shown);
    assertThat(states.get(states.size() - 1)).isIn(DaemonState.RUNNING, DaemonState.ENDED);
    assertThat(states.get(states.size() - (states.get(states.size() - 1) == DaemonState.ENDED ? 2 : 1)))
        .isEqualTo(DaemonState.RUNNING);
    assertThat(shown).as("a dry run, marked as such every time").allSatisfy(s -> assertThat(s.dryRun()).isTrue());

    // 3. Released: the button held when each failure struck goes up before anything else happens.
    List<String> buttons = new ArrayList<>();
    for (String line : printed.toString().lines().toList()) {
      JsonNode a = new ObjectMapper().readTree(line);
      if (!a.get("action").asText().equals("move")) {
        buttons.add(a.get("action").asText() + " " + a.get("button").asText());
      }
    }
    // 4. Back: after each failure the recording plays again and drags again; the last drag ends normally.
    assertThat(buttons).containsExactly("press left", "release left", "press left", "release left", "press left",
        "release left", "press left", "release left");
  }

  private static int pressesIn(StringWriter printed) {
    return (int) printed.toString().lines().filter(l -> l.contains("\"press\"")).count();
  }

  private static List<DaemonState> collapse(List<RecordingTray.Shown> shown) {
    List<DaemonState> states = new ArrayList<>();
    for (RecordingTray.Shown s : shown) {
      if (states.isEmpty() || states.get(states.size() - 1) != s.state()) {
        states.add(s.state());
      }
    }
    return states;
  }

  private static void fail(String how) {
    switch (how) {
      case "stage" -> throw new RuntimeException("injected stage failure");
      case "native-oom" -> {
        // JavaCPP's own refusal: more than its limit on the native memory it tracks. (The physical
        // limit throws the same error with "Physical memory usage is too high".)
        long limit = Pointer.maxBytes();
        if (limit <= 0) {
          throw new OutOfMemoryError("Physical memory usage is too high: physicalBytes (3G) > maxPhysicalBytes (2G)");
        }
        try (BytePointer p = new BytePointer(limit + 1)) {
          throw new AssertionError("JavaCPP allocated " + p.capacity() + " bytes over its limit");
        }
      }
      default -> recurse(0);
    }
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }
}
