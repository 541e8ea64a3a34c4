package dev.handctl.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handctl.testing.TestData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code handctl track} as a user runs it on a real video and a real image folder. */
class TrackCommandTest {
  private static List<String> run(ByteArrayOutputStream err, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
    assertThat(cli.execute(args)).isZero();
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void oneJsonLinePerFrameWithStableIdsAndTimestamps() throws Exception {
    Path video = TestData.require("video/mediapipe-samples/open_hand_reach.mp4");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> lines = run(err, "track", "--jsonl", video.toString());

    assertThat(lines).hasSize(202);
    ObjectMapper json = new ObjectMapper();
    double previousMs = -1;
    java.util.Set<Integer> ids = new java.util.HashSet<>();
    int withHand = 0;
    for (int i = 0; i < lines.size(); i++) {
      JsonNode frame = json.readTree(lines.get(i));
      assertThat(frame.get("frame").asInt()).isEqualTo(i);
      assertThat(frame.get("timestampMs").asDouble()).isGreaterThan(previousMs);
      previousMs = frame.get("timestampMs").asDouble();
      for (JsonNode hand : frame.get("hands")) {
        assertThat(hand.fieldNames()).toIterable().containsExactly("id", "handedness", "presence", "keypoints");
        assertThat(hand.get("keypoints")).hasSize(21);
        ids.add(hand.get("id").asInt());
      }
      withHand += frame.get("hands").isEmpty() ? 0 : 1;
    }
    assertThat(withHand).isGreaterThan(180);
    assertThat(ids).as("one hand reaching towards the camera keeps its id").hasSize(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("202 frames");
  }

  @Test
  void imageFolderIsAFrameSource() {
    Path folder = TestData.require("images/fingerpose");
    List<String> lines = run(new ByteArrayOutputStream(), "track", "--jsonl", "--folder-fps", "10",
        folder.toString());
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).contains("\"timestampMs\":100.0");
  }
}
