package dev.handctl.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handctl.hand.HandLandmark;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.Handedness;
import dev.handctl.hand.TrackedHand;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A recorded landmark stream: the JSON lines of {@code handctl track --jsonl}, read one frame at a
 * time. A line that is not such a frame is reported with the file and line number.
 */
final class LandmarkRecording implements Closeable {
  /** Frame size assumed for recordings made before {@code track} wrote it (640x480, a webcam's). */
  static final int DEFAULT_WIDTH_PX = 640;
  static final int DEFAULT_HEIGHT_PX = 480;

  /**
   * One recorded frame.
   *
   * @param timestampNanos its time, from {@code timestampMs}
   * @param widthPx the frame's width
   * @param heightPx the frame's height
   * @param hands the hands in it
   */
  record RecordedFrame(long timestampNanos, int widthPx, int heightPx, List<TrackedHand> hands) {}

  private final Path file;
  private final BufferedReader in;
  private int lineNumber;

  private LandmarkRecording(Path file, BufferedReader in) {
    this.file = file;
    this.in = in;
  }

  /**
   * Opens a recording.
   *
   * @param file a {@code .jsonl} file
   * @return the open recording
   * @throws IOException when it cannot be opened
   */
  static LandmarkRecording open(Path file) throws IOException {
    return new LandmarkRecording(file, Files.newBufferedReader(file, StandardCharsets.UTF_8));
  }

  /**
   * Reads the next frame.
   *
   * @return the frame, or null at the end of the file
   * @throws IOException when the file cannot be read, or a line is not a frame (the message names
   *     the file and line and says what was expected)
   */
  RecordedFrame next() throws IOException {
    for (String line; (line = in.readLine()) != null; ) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      try {
        return parse(HandJson.MAPPER.readTree(line));
      } catch (IOException | RuntimeException e) {
        throw new IOException(file + ":" + lineNumber + ": expected a frame line of handctl track --jsonl"
            + " ({\"frame\", \"timestampMs\", \"hands\": [{\"id\", \"handedness\", \"keypoints\": 21 x [x, y, z]}]}): "
            + e.getMessage(), e);
      }
    }
    return null;
  }

  /** Parses one frame line. */
  static RecordedFrame parse(JsonNode frame) {
    JsonNode t = frame.get("timestampMs");
    if (t == null || !t.isNumber()) {
      throw new IllegalArgumentException("no timestampMs");
    }
    JsonNode handsNode = frame.get("hands");
    if (handsNode == null || !handsNode.isArray()) {
      throw new IllegalArgumentException("no hands list");
    }
    List<TrackedHand> hands = new ArrayList<>();
    for (JsonNode h : handsNode) {
      List<HandLandmark> k = new ArrayList<>(21);
      JsonNode points = h.get("keypoints");
      if (points == null || points.size() != 21) {
        throw new IllegalArgumentException("a hand needs 21 keypoints");
      }
      for (JsonNode p : points) {
        k.add(new HandLandmark(p.get(0).asDouble(), p.get(1).asDouble(), p.size() > 2 ? p.get(2).asDouble() : 0));
      }
      if (h.get("id") == null || h.get("handedness") == null) {
        throw new IllegalArgumentException("a hand needs an id and a handedness");
      }
      Handedness handedness = "Right".equals(h.get("handedness").asText()) ? Handedness.RIGHT : Handedness.LEFT;
      double presence = h.has("presence") ? h.get("presence").asDouble() : 1;
      hands.add(new TrackedHand(h.get("id").asInt(), new HandLandmarks(k, List.of(), presence, handedness, 1,
          new HandRegion(0, 0, 1, 0))));
    }
    int width = frame.has("width") ? frame.get("width").asInt() : DEFAULT_WIDTH_PX;
    int height = frame.has("height") ? frame.get("height").asInt() : DEFAULT_HEIGHT_PX;
    return new RecordedFrame(Math.round(t.asDouble() * 1e6), width, height, List.copyOf(hands));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
