package dev.handctl.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handctl.app.cli.Main;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Landmark streams with absurd times or values: reported, handled as restarts or refused by line, never a hang. */
@Slow
class LandmarkRecordingTest {
  @TempDir
  Path dir;

  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

  @BeforeEach
  void listen() {
    logged.start();
    ((Logger) LoggerFactory.getLogger("handctl")).addAppender(logged);
  }

  @AfterEach
  void stopListening() {
    ((Logger) LoggerFactory.getLogger("handctl")).detachAppender(logged);
  }

  private String log() {
    return String.join("\n", logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
  }

  private static String frame(String timestamp, String x) {
    StringBuilder k = new StringBuilder();
    for (int i = 0; i < 21; i++) {
      k.append(i > 0 ? "," : "").append("[").append(i == 5 ? x : Integer.toString(100 + i)).append(",200,0]");
    }
    return "{\"frame\":0,\"timestampMs\":" + timestamp + ",\"width\":640,\"height\":480,"
        + "\"hands\":[{\"id\":1,\"handedness\":\"Right\",\"keypoints\":[" + k + "]}]}";
  }

  @Test
  void aTimestampOf1e300AndBackwardTimestampsAreReportedAndPlayedAsRestarts() throws Exception {
    Path file = dir.resolve("jumps.jsonl");
    Files.write(file, List.of(frame("0", "1"), frame("33.3", "1"), frame("1e300", "1"), frame("1e300", "1"),
        frame("66.7", "1"), frame("100", "1")));
    List<Long> times = new ArrayList<>();
    List<Boolean> restarts = new ArrayList<>();
    try (LandmarkRecording r = LandmarkRecording.open(file)) {
      for (LandmarkRecording.RecordedFrame f; (f = r.next()) != null; ) {
        times.add(f.timestampNanos());
        restarts.add(f.restart());
      }
      assertThat(r.restarts()).isEqualTo(2);
    }
    assertThat(restarts).containsExactly(false, false, true, false, true, false);
    assertThat(times).as("every frame kept, time never backwards, never absurd").hasSize(6).isSorted();
    assertThat(times.get(5)).isLessThan(5_000_000_000L);
    assertThat(times.get(2) - times.get(1)).isEqualTo(1_000_000_000L);
    assertThat(log()).contains("jumps.jsonl:3: timestamp 1.0E300 ms jumps").contains("restart")
        .contains("jumps.jsonl:5: timestamp 66.7 ms goes back");
  }

  @Test
  void nanInfinityAndFarAwayKeypointsAreRefusedWithTheLine() throws Exception {
    for (String[] bad : new String[][] {{"NaN", "not JSON"}, {"1e400", "keypoint x: expected a finite number"},
        {"1e7", "from -100000 to 100000"}}) {
      Path file = dir.resolve("bad.jsonl");
      Files.write(file, List.of(frame("0", "1"), "", frame("40", bad[0])));
      try (LandmarkRecording r = LandmarkRecording.open(file)) {
        assertThat(r.next()).isNotNull();
        assertThatThrownBy(r::next).hasMessageContaining("bad.jsonl:3:").hasMessageContaining(bad[1])
            .hasMessageNotContaining("Exception");
      }
    }
    Path file = dir.resolve("time.jsonl");
    Files.write(file, List.of(frame("1e400", "1")));
    try (LandmarkRecording r = LandmarkRecording.open(file)) {
      assertThatThrownBy(r::next).hasMessageContaining("time.jsonl:1:").hasMessageContaining("timestampMs");
    }
  }

  @Test
  void aDaemonPlayingAStreamWithA1e300TimestampEnds() throws Exception {
    Path file = dir.resolve("pinch.jsonl");
    new LandmarkScript(RealHands.of(RealHands.POINTING), 1, 5, 1.0).hold(15).thumbTo(0.08, 5).hold(3).thumbFree(4)
        .hold(5).writeJsonl(file, RealHands.WIDTH_PX, RealHands.HEIGHT_PX);
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.set(10, lines.get(10).replaceFirst("\"timestampMs\":[0-9.eE+-]+", "\"timestampMs\":1e300"));
    Files.write(file, lines);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true));
    int code = CompletableFuture.supplyAsync(() -> cli.execute("run", "--dry-run", "--no-tray", "--exit-at-end",
        "--landmarks", file.toString(), "--gestures", "gestures")).get(60, TimeUnit.SECONDS);
    assertThat(code).isZero();
    assertThat(log()).contains("pinch.jsonl:11: timestamp 1.0E300 ms jumps").contains("pinch.jsonl:12: timestamp")
        .contains("goes back");
  }
}
