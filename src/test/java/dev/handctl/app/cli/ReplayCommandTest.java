package dev.handctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handctl.app.ExitCodes;
import dev.handctl.testing.Slow;
import dev.handctl.testing.TestData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code handctl replay} on the real ASL video and on its recorded landmark stream. */
@Slow
class ReplayCommandTest {
  private static List<JsonNode> run(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true));
    assertThat(cli.execute(args)).isZero();
    List<JsonNode> events = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
      events.add(json.readTree(line));
    }
    return events;
  }

  @Test
  void theAslHandChangesShapesButNeverSwipes(@TempDir Path tmp) throws Exception {
    Path video = TestData.require("video/tfjs-asl/asl_hand.25fps.mp4");
    List<JsonNode> events = run("replay", "--jsonl", video.toString());
    assertThat(events).isNotEmpty();
    for (JsonNode e : events) {
      assertThat(e.fieldNames()).toIterable().containsExactly("t", "type", "name", "phase", "hand", "handedness",
          "score");
    }
    assertThat(events).noneMatch(e -> e.get("name").asText().startsWith("swipe_"));
    assertThat(events).anyMatch(e -> e.get("name").asText().equals("fist") && e.get("phase").asText().equals("start"));
    long starts = events.stream().filter(e -> e.get("phase").asText().equals("start")).count();
    long ends = events.stream().filter(e -> e.get("phase").asText().equals("end")).count();
    assertThat(ends).as("every pose that starts ends, at the latest with the stream").isEqualTo(starts);

    // The same video's recorded landmark stream (handctl track --jsonl) gives the same poses.
    ByteArrayOutputStream track = new ByteArrayOutputStream();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new PrintStream(track, true, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true));
    assertThat(cli.execute("track", "--jsonl", video.toString())).isZero();
    Path stream = tmp.resolve("asl.jsonl");
    Files.write(stream, track.toByteArray());
    List<JsonNode> replayed = run("replay", "--jsonl", stream.toString());
    assertThat(replayed.stream().filter(e -> !e.get("phase").asText().equals("hold")).map(e -> e.get("name").asText()
        + " " + e.get("phase").asText()).toList()).isEqualTo(events.stream()
        .filter(e -> !e.get("phase").asText().equals("hold")).map(e -> e.get("name").asText() + " "
            + e.get("phase").asText()).toList());
  }

  @Test
  void withTheDefaultBindingsHandsThatNeverPinchOrSwipeNeverClickOrScroll() throws Exception {
    for (String name : List.of("video/tfjs-asl/asl_hand.25fps.mp4", "video/mediapipe-samples/fist_then_thumbs_up.mp4")) {
      Path video = TestData.require(name);
      List<JsonNode> lines = run("replay", "--jsonl", "--actions", video.toString());
      List<String> actions = lines.stream().filter(e -> e.get("type").asText().equals("action"))
          .map(e -> e.get("action").asText()).toList();
      List<String> gestures = lines.stream().filter(e -> e.get("type").asText().equals("gesture")
          && e.get("phase").asText().equals("start")).map(e -> e.get("name").asText()).distinct().toList();
      System.out.printf("%s, dry run with the default bindings: poses %s; actions: %d moves, %d other%n", name,
          gestures, actions.stream().filter("move"::equals).count(),
          actions.stream().filter(a -> !a.equals("move")).count());
      assertThat(actions).as(name).allMatch("move"::equals);
      for (JsonNode e : lines) {
        if (e.get("type").asText().equals("action")) {
          assertThat(e.fieldNames()).toIterable().containsExactly("t", "type", "action", "x", "y");
        }
      }
    }
  }

  @Test
  void aRecordedPinchReplaysAsOneClick(@TempDir Path tmp) throws Exception {
    Path stream = tmp.resolve("pinch.jsonl");
    new dev.handctl.testing.LandmarkScript(dev.handctl.testing.RealHands.of(dev.handctl.testing.RealHands.POINTING),
        1, 3, 1.0).hold(20).move(0.4, 0, 10).hold(10).thumbTo(0.08, 5).hold(3).thumbFree(4).hold(15)
        .writeJsonl(stream, dev.handctl.testing.RealHands.WIDTH_PX, dev.handctl.testing.RealHands.HEIGHT_PX);
    List<JsonNode> lines = run("replay", "--jsonl", "--actions", "--desktop", "1280x800", stream.toString());
    List<JsonNode> buttons = lines.stream().filter(e -> e.get("type").asText().equals("action")
        && !e.get("action").asText().equals("move")).toList();
    assertThat(buttons).extracting(e -> e.get("action").asText() + " " + e.get("button").asText())
        .containsExactly("press left", "release left");
    assertThat(buttons.get(0).get("x").asInt()).isBetween(0, 1279);
    int pinchStart = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).get("type").asText().equals("gesture") && lines.get(i).get("name").asText().equals("pinch")) {
        pinchStart = pinchStart < 0 ? i : pinchStart;
      }
    }
    assertThat(lines.indexOf(buttons.get(0))).as("actions follow the gesture events that caused them")
        .isGreaterThan(pinchStart);
  }

  @Test
  void aBrokenStreamLineIsNamed(@TempDir Path tmp) throws Exception {
    Path stream = tmp.resolve("bad.jsonl");
    Files.writeString(stream, "{\"frame\": 0, \"timestampMs\": 0, \"hands\": []}\n{\"frame\": 1, \"hands\": [{\"id\": 1}]}\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
    assertThat(cli.execute("replay", stream.toString())).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.jsonl:2:");
  }
}
