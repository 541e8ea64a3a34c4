package dev.handctl.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A labels file for gesture events on clips (the format of
 * {@code testdata/video/real-gestures/labels.json}): an object whose keys are clip names, each with
 * its {@code file} (relative to the labels file), optional {@code fps}, {@code mirrored} (a text
 * starting with "yes" means the frames are a mirrored selfie view and directions are the image's)
 * and {@code events}: each a {@code type} ({@code pinch}, {@code swipe_left}, {@code swipe_right},
 * {@code swipe_up}, {@code swipe_down}, or anything else, which is context only), {@code start_s},
 * {@code end_s}, and optionally {@code uncertain: true}.
 */
public final class EventLabels {
  private EventLabels() {}

  /**
   * One labelled event.
   *
   * @param type what happened ({@code pinch}, {@code swipe_up}, ...)
   * @param startSeconds when it starts, seconds from the clip's start
   * @param endSeconds when it ends
   * @param uncertain whether the labeller could not be sure (such a label counts neither way)
   */
  public record Label(String type, double startSeconds, double endSeconds, boolean uncertain) {}

  /**
   * One labelled clip.
   *
   * @param name its key in the file
   * @param video the video file, resolved against the labels file's folder
   * @param mirrored whether its frames are a mirrored (selfie) view
   * @param labels its events, in file order
   */
  public record Clip(String name, Path video, boolean mirrored, List<Label> labels) {}

  /**
   * Reads a labels file.
   *
   * @param file the JSON file
   * @return its clips, in file order
   * @throws LabelException naming the file, the clip and what was expected
   */
  public static List<Clip> read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file));
    } catch (IOException e) {
      throw new LabelException(file + ": cannot read the labels (" + e.getMessage().lines().findFirst().orElse("")
          + ")");
    }
    if (root == null || !root.isObject()) {
      throw new LabelException(file + ": expected a JSON object of clips (\"name\": {\"file\": ..., \"events\": [...]})");
    }
    Path base = file.toAbsolutePath().getParent();
    List<Clip> clips = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      clips.add(clip(file, base, e.getKey(), e.getValue()));
    }
    return clips;
  }

  private static Clip clip(Path file, Path base, String name, JsonNode n) {
    String where = file + ": clip '" + name + "'";
    if (!n.isObject() || !n.path("file").isTextual()) {
      throw new LabelException(where + ": expected an object with a \"file\" (the video, relative to the labels file)");
    }
    boolean mirrored = n.path("mirrored").asText("").strip().toLowerCase(Locale.ROOT).startsWith("yes")
        || n.path("mirrored").asBoolean(false);
    List<Label> labels = new ArrayList<>();
    JsonNode events = n.path("events");
    if (!events.isMissingNode() && !events.isArray()) {
      throw new LabelException(where + ": \"events\" must be a list");
    }
    int i = 0;
    for (JsonNode ev : events) {
      String at = where + ", event " + (i++ + 1);
      if (!ev.path("type").isTextual() || !ev.path("start_s").isNumber() || !ev.path("end_s").isNumber()) {
        throw new LabelException(at + ": expected \"type\" (text), \"start_s\" and \"end_s\" (seconds)");
      }
      double start = ev.get("start_s").asDouble();
      double end = ev.get("end_s").asDouble();
      if (!Double.isFinite(start) || !Double.isFinite(end) || end < start || start < 0) {
        throw new LabelException(at + ": expected 0 <= start_s <= end_s, got " + start + " and " + end);
      }
      labels.add(new Label(ev.get("type").asText(), start, end, ev.path("uncertain").asBoolean(false)));
    }
    return new Clip(name, base.resolve(n.get("file").asText()).normalize(), mirrored, List.copyOf(labels));
  }

  /** A labels file that is not as expected; the message names the file and the clip. */
  public static final class LabelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LabelException(String message) {
      super(message);
    }
  }
}
