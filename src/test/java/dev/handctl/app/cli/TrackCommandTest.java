package dev.handctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handctl.testing.Slow;
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
@Slow
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
  void smoothingShortensTheKeypointsPath() throws Exception {
    Path video = TestData.require("video/mediapipe-samples/open_hand_reach.mp4");
    double raw = pathLength(run(new ByteArrayOutputStream(), "track", "--jsonl", video.toString()));
    double smooth = pathLength(run(new ByteArrayOutputStream(), "track", "--jsonl", "--smooth", video.toString()));
    System.out.printf(java.util.Locale.ROOT, "open_hand_reach.mp4: keypoint path %.0f px raw, %.0f px smoothed%n",
        raw, smooth);
    assertThat(smooth).isLessThan(raw * 0.9);
  }

  /** Total frame-to-frame movement of all keypoints of hand 1, in pixels. */
  private static double pathLength(List<String> lines) throws Exception {
    ObjectMapper json = new ObjectMapper();
    double total = 0;
    JsonNode previous = null;
    for (String line : lines) {
      JsonNode hands = json.readTree(line).get("hands");
      JsonNode hand = hands.isEmpty() ? null : hands.get(0);
      if (hand != null && previous != null && hand.get("id").equals(previous.get("id"))) {
        for (int k = 0; k < 21; k++) {
          JsonNode a = hand.get("keypoints").get(k);
          JsonNode b = previous.get("keypoints").get(k);
          total += Math.hypot(a.get(0).asDouble() - b.get(0).asDouble(), a.get(1).asDouble() - b.get(1).asDouble());
        }
      }
      previous = hand;
    }
    return total;
  }

  @Test
  void imageFolderIsAFrameSource() {
    Path folder = TestData.require("images/fingerpose");
    List<String> lines = run(new ByteArrayOutputStream(), "track", "--jsonl", "--folder-fps", "10",
        folder.toString());
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).contains("\"timestampMs\":100.0");
  }

  @Test
  void annotateWritesAVideoWithEveryFrame(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path video = TestData.require("video/mediapipe-samples/open_hand_reach.mp4");
    Path out = tmp.resolve("annotated.mp4");
    run(new ByteArrayOutputStream(), "track", "--annotate", out.toString(), video.toString());
    int frames = 0;
    long differing = 0;
    try (dev.handctl.capture.VideoFileReader annotated = dev.handctl.capture.VideoFileReader.open(out);
        dev.handctl.capture.VideoFileReader original = dev.handctl.capture.VideoFileReader.open(video)) {
      for (dev.handctl.capture.VideoFileReader.VideoFrame a; (a = annotated.next()) != null; frames++) {
        dev.handctl.capture.VideoFileReader.VideoFrame o = original.next();
        assertThat(a.image().width()).isEqualTo(640);
        assertThat(a.image().height()).isEqualTo(360);
        if (frames == 120) {
          // The skeleton's green and red are drawn over the hand: many pixels far from the original.
          byte[] x = a.image().rgb();
          byte[] y = o.image().rgb();
          for (int i = 0; i < x.length; i++) {
            differing += Math.abs((x[i] & 0xff) - (y[i] & 0xff)) > 80 ? 1 : 0;
          }
        }
      }
    }
    assertThat(frames).isEqualTo(202);
    assertThat(differing).as("drawn pixels in frame 120").isGreaterThan(500);
  }
}
