package dev.handctl.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.Handedness;
import dev.handctl.hand.PixelKeypoint;
import dev.handctl.hand.TrackedHand;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A recorded landmark stream: the JSON lines of {@code handctl track --jsonl}, read one frame at a
 * time. A line that is not such a frame, or holds a value that is not a finite number in range
 * (NaN, 1e400, a keypoint a million pixels away), is refused with the file and line number.
 *
 * <p>Timestamps that go backwards or jump absurdly (by more than a minute: recordings pasted
 * together, a clock reset, a forged 1e300) are reported and handled as a restart of the stream:
 * the frame is kept, with time carried on {@link #RESTART_GAP_MILLIS} after the previous frame,
 * which is longer than any tracking or gesture window, so what follows starts afresh. Playing the
 * stream in real time can then never wait for ages, and no frame is dropped without a word.
 */
public final class LandmarkRecording implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");
  /** Largest forward step between frames taken as the stream going on. */
  static final double MAX_STEP_MILLIS = 60_000;
  /** Time put between the frame before a restart and the one after it. */
  static final double RESTART_GAP_MILLIS = 1000;
  /** Largest first timestamp kept as it is (about 30 years); a later start is played from 0. */
  private static final double MAX_START_MILLIS = 1e12;
  /** Largest keypoint coordinate, in pixels (the frame is at most 65535 px a side). */
  private static final double MAX_COORDINATE = 1e5;
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
   * @param restart whether the stream restarts here (its time went backwards or jumped): what was
   *     tracked before belongs to another recording
   */
  public record RecordedFrame(long timestampNanos, int widthPx, int heightPx, List<TrackedHand> hands, boolean restart) {}

  private final Path file;
  private final BufferedReader in;
  private int lineNumber;
  private int restarts;
  private boolean started;
  private double lastInMillis;
  private double lastOutMillis;
  private double segmentInMillis;
  private double segmentOutMillis;

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
  public static LandmarkRecording open(Path file) throws IOException {
    return new LandmarkRecording(file, Files.newBufferedReader(file, StandardCharsets.UTF_8));
  }

  /**
   * Reads the next frame.
   *
   * @return the frame, or null at the end of the file
   * @throws IOException when the file cannot be read, or a line is not a frame (the message names
   *     the file and line and says what was expected)
   */
  public RecordedFrame next() throws IOException {
    for (String line; (line = in.readLine()) != null; ) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      Parsed p;
      try {
        p = parse(HandJson.MAPPER.readTree(line));
      } catch (IOException | RuntimeException e) {
        String why = e instanceof IllegalArgumentException ? e.getMessage() : "not JSON";
        throw new IOException(file + ":" + lineNumber + ": expected a frame line of handctl track --jsonl"
            + " ({\"frame\", \"timestampMs\", \"hands\": [{\"id\", \"handedness\", \"keypoints\": 21 x [x, y, z]}]}): "
            + why, e);
      }
      boolean restart = retime(p.timestampMillis());
      return new RecordedFrame(Math.round(lastOutMillis * 1e6), p.widthPx(), p.heightPx(), p.hands(), restart);
    }
    return null;
  }

  /** How many times the stream's time went backwards or jumped so far. */
  int restarts() {
    return restarts;
  }

  /** Sets {@code lastOutMillis} for a frame recorded at {@code t}; returns whether the stream restarts there. */
  private boolean retime(double t) {
    boolean restart = false;
    if (!started) {
      started = true;
      segmentInMillis = t;
      segmentOutMillis = t >= 0 && t <= MAX_START_MILLIS ? t : 0;
      if (segmentOutMillis != t) {
        LOG.warn("{}:{}: the stream starts at {} ms; played from 0", file, lineNumber, t);
      }
    } else {
      double step = t - lastInMillis;
      if (!(step >= 0 && step <= MAX_STEP_MILLIS)) {
        restarts++;
        restart = true;
        LOG.warn("{}:{}: timestamp {} ms {} {} ms after the previous frame's {} ms; handled as a restart of the"
            + " stream", file, lineNumber, t, step < 0 ? "goes back" : "jumps", Math.abs(step), lastInMillis);
        segmentInMillis = t;
        segmentOutMillis = lastOutMillis + RESTART_GAP_MILLIS;
      }
    }
    lastInMillis = t;
    // From the segment's start, so that a huge t loses no precision against a small output time.
    lastOutMillis = segmentOutMillis + (t - segmentInMillis);
    return restart;
  }

  /** One line's content, its time as recorded. */
  record Parsed(double timestampMillis, int widthPx, int heightPx, List<TrackedHand> hands) {}

  /** Parses one frame line; every value must be a finite number in its range. */
  static Parsed parse(JsonNode frame) {
    double t = finite(frame.get("timestampMs"), "timestampMs", Double.MAX_VALUE);
    JsonNode handsNode = frame.get("hands");
    if (handsNode == null || !handsNode.isArray()) {
      throw new IllegalArgumentException("no hands list");
    }
    if (handsNode.size() > 16) {
      throw new IllegalArgumentException("more than 16 hands in one frame");
    }
    List<TrackedHand> hands = new ArrayList<>();
    for (JsonNode h : handsNode) {
      List<PixelKeypoint> k = new ArrayList<>(21);
      JsonNode points = h.get("keypoints");
      if (points == null || !points.isArray() || points.size() != 21) {
        throw new IllegalArgumentException("a hand needs 21 keypoints");
      }
      for (JsonNode p : points) {
        if (!p.isArray() || p.size() < 2 || p.size() > 3) {
          throw new IllegalArgumentException("a keypoint is [x, y] or [x, y, z]");
        }
        k.add(new PixelKeypoint(finite(p.get(0), "keypoint x", MAX_COORDINATE), finite(p.get(1), "keypoint y",
            MAX_COORDINATE), p.size() > 2 ? finite(p.get(2), "keypoint z", MAX_COORDINATE) : 0));
      }
      JsonNode id = h.get("id");
      JsonNode side = h.get("handedness");
      if (id == null || !id.canConvertToInt() || !id.isIntegralNumber() || id.asInt() < 0 || side == null) {
        throw new IllegalArgumentException("a hand needs an id (a whole number from 0) and a handedness");
      }
      if (!"Right".equals(side.asText()) && !"Left".equals(side.asText())) {
        throw new IllegalArgumentException("handedness: expected Left or Right");
      }
      Handedness handedness = "Right".equals(side.asText()) ? Handedness.RIGHT : Handedness.LEFT;
      double presence = h.has("presence") ? finite(h.get("presence"), "presence", 1) : 1;
      if (presence < 0) {
        throw new IllegalArgumentException("presence: expected a number from 0 to 1, got " + presence);
      }
      hands.add(new TrackedHand(id.asInt(), new HandLandmarks(k, List.of(), presence, handedness, 1,
          new HandRegion(0, 0, 1, 0))));
    }
    int width = frame.has("width") ? size(frame.get("width"), "width") : DEFAULT_WIDTH_PX;
    int height = frame.has("height") ? size(frame.get("height"), "height") : DEFAULT_HEIGHT_PX;
    return new Parsed(t, width, height, List.copyOf(hands));
  }

  private static double finite(JsonNode n, String what, double maxAbs) {
    if (n == null || !n.isNumber()) {
      throw new IllegalArgumentException("no " + what + " (a number)");
    }
    double v = n.asDouble();
    if (!(Math.abs(v) <= maxAbs)) {
      throw new IllegalArgumentException(what + ": expected a finite number"
          + (maxAbs < Double.MAX_VALUE ? " from -" + (long) maxAbs + " to " + (long) maxAbs : "") + ", got " + n);
    }
    return v;
  }

  private static int size(JsonNode n, String what) {
    if (n == null || !n.isIntegralNumber() || n.asLong() < 1 || n.asLong() > 65_535) {
      throw new IllegalArgumentException(what + ": expected a whole number of pixels from 1 to 65535, got " + n);
    }
    return n.asInt();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
