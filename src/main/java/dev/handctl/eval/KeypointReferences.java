package dev.handctl.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handctl.hand.KeypointName;
import dev.handctl.hand.PixelBox;
import dev.handctl.hand.PixelKeypoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reference keypoints for {@code handctl eval keypoints}, read from one of two JSON layouts:
 *
 * <ul>
 *   <li><b>Per image</b> (the shared test data's {@code expected_keypoints.json}): an object whose
 *       keys are images and whose values hold {@code "hands"}, a list of hands, each 21
 *       {@code [x, y]} or {@code [x, y, z]} (or an object with such a {@code "keypoints"} list), and
 *       optionally {@code "units"}: {@code "pixels"} or {@code "normalized"} (fractions of the width
 *       and height). Without {@code units}, coordinates all within [-0.5, 1.5] are taken as
 *       normalised, others as pixels. An entry without {@code hands} (a gesture-only reference) is
 *       skipped, with a note.
 *   <li><b>COCO keypoints</b>: {@code "images"} ({@code id}, {@code file_name}) and
 *       {@code "annotations"} ({@code image_id}, {@code keypoints}: 21 x (x, y, v) in pixels, in
 *       MediaPipe Hands order; optional {@code bbox} [x, y, width, height]). A keypoint with v = 0 is
 *       not labelled and not scored; an annotation with none labelled is skipped.
 * </ul>
 *
 * <p>Image paths are relative to a base folder (by default the reference file's), unless absolute.
 */
public final class KeypointReferences {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int COUNT = KeypointName.COUNT;

  private final String format;
  private final List<ReferenceImage> images;
  private final List<String> skipped;

  private KeypointReferences(String format, List<ReferenceImage> images, List<String> skipped) {
    this.format = format;
    this.images = List.copyOf(images);
    this.skipped = List.copyOf(skipped);
  }

  /** Returns {@code "per-image"} or {@code "coco"}. */
  public String format() {
    return format;
  }

  /** Returns the images with reference hands, in file order. */
  public List<ReferenceImage> images() {
    return images;
  }

  /** Returns the entries that were skipped, each with why. */
  public List<String> skipped() {
    return skipped;
  }

  /**
   * Reads a reference file.
   *
   * @param file the JSON file
   * @param imageBase the folder image paths are relative to, or null for the file's own folder
   * @return the references
   * @throws EvalInputException when the file cannot be read or is not one of the layouts; the
   *     message names the file, the entry and what was expected
   */
  public static KeypointReferences read(Path file, Path imageBase) throws EvalInputException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new EvalInputException(file + ": not valid JSON (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new EvalInputException(file + ": cannot read (" + e.getMessage() + ")");
    }
    Path base = imageBase != null ? imageBase : file.toAbsolutePath().getParent();
    if (root == null || !root.isObject()) {
      throw new EvalInputException(file + ": expected a JSON object (per image: {\"IMAGE\": {\"hands\": ...}},"
          + " or COCO: {\"images\": [...], \"annotations\": [...]})");
    }
    if (root.has("annotations") || root.has("images") && root.get("images").isArray()) {
      return coco(file, root, base);
    }
    return perImage(file, root, base);
  }

  private static KeypointReferences perImage(Path file, JsonNode root, Path base) throws EvalInputException {
    List<ReferenceImage> images = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
      String where = file + ": \"" + e.getKey() + "\"";
      JsonNode entry = e.getValue();
      if (!entry.isObject()) {
        throw new EvalInputException(where + ": expected an object with \"hands\", got " + kind(entry));
      }
      JsonNode hands = entry.get("hands");
      if (hands == null) {
        skipped.add(e.getKey() + ": no \"hands\" (no reference keypoints)");
        continue;
      }
      if (!hands.isArray()) {
        throw new EvalInputException(where + ": \"hands\" must be a list of hands, got " + kind(hands));
      }
      List<double[][]> raw = new ArrayList<>();
      for (int h = 0; h < hands.size(); h++) {
        JsonNode hand = hands.get(h);
        raw.add(points(where + " hand " + (h + 1), hand.isObject() ? hand.get("keypoints") : hand));
      }
      boolean normalized = normalized(where, entry.get("units"), raw);
      List<ReferenceHand> refs = new ArrayList<>();
      for (double[][] p : raw) {
        List<PixelKeypoint> k = new ArrayList<>();
        for (double[] v : p) {
          k.add(new PixelKeypoint(v[0], v[1], v[2]));
        }
        refs.add(new ReferenceHand(k, null, normalized));
      }
      images.add(new ReferenceImage(e.getKey(), base.resolve(e.getKey()), refs));
    }
    if (images.isEmpty() && skipped.isEmpty()) {
      throw new EvalInputException(file + ": no images; expected {\"IMAGE\": {\"hands\": [[[x, y], ...21], ...]}}"
          + " or COCO keypoints");
    }
    return new KeypointReferences("per-image", images, skipped);
  }

  private static boolean normalized(String where, JsonNode units, List<double[][]> hands) throws EvalInputException {
    if (units != null) {
      String u = units.asText().toLowerCase(Locale.ROOT);
      if (u.startsWith("pixel") || u.equals("px")) {
        return false;
      }
      if (u.startsWith("normali")) {
        return true;
      }
      throw new EvalInputException(where + ": \"units\" is \"" + units.asText() + "\"; expected \"pixels\" or"
          + " \"normalized\"");
    }
    for (double[][] hand : hands) {
      for (double[] p : hand) {
        if (p[0] < -0.5 || p[0] > 1.5 || p[1] < -0.5 || p[1] > 1.5) {
          return false;
        }
      }
    }
    return !hands.isEmpty();
  }

  /** 21 points of [x, y] or [x, y, z]. */
  private static double[][] points(String where, JsonNode hand) throws EvalInputException {
    if (hand == null || !hand.isArray() || hand.size() != COUNT) {
      throw new EvalInputException(where + ": expected " + COUNT + " keypoints [x, y] or [x, y, z], got "
          + (hand != null && hand.isArray() ? hand.size() + " entries" : kind(hand)));
    }
    double[][] out = new double[COUNT][3];
    for (int i = 0; i < COUNT; i++) {
      JsonNode p = hand.get(i);
      if (!p.isArray() || p.size() < 2 || p.size() > 3) {
        throw new EvalInputException(where + " keypoint " + i + ": expected [x, y] or [x, y, z], got " + p);
      }
      for (int c = 0; c < p.size(); c++) {
        out[i][c] = number(where + " keypoint " + i, p.get(c));
      }
    }
    return out;
  }

  private static KeypointReferences coco(Path file, JsonNode root, Path base) throws EvalInputException {
    JsonNode images = root.get("images");
    JsonNode annotations = root.get("annotations");
    if (images == null || !images.isArray() || annotations == null || !annotations.isArray()) {
      throw new EvalInputException(file + ": COCO keypoints need lists \"images\" and \"annotations\"");
    }
    Map<Long, String> names = new LinkedHashMap<>();
    Map<Long, List<ReferenceHand>> hands = new LinkedHashMap<>();
    for (int i = 0; i < images.size(); i++) {
      JsonNode im = images.get(i);
      String where = file + ": images[" + i + "]";
      if (!im.isObject() || !im.path("id").canConvertToLong() || !im.path("file_name").isTextual()) {
        throw new EvalInputException(where + ": expected {\"id\": number, \"file_name\": text, ...}, got " + im);
      }
      names.put(im.get("id").asLong(), im.get("file_name").asText());
      hands.put(im.get("id").asLong(), new ArrayList<>());
    }
    List<String> skipped = new ArrayList<>();
    for (int a = 0; a < annotations.size(); a++) {
      JsonNode an = annotations.get(a);
      String where = file + ": annotations[" + a + "]";
      if (!an.isObject() || !an.path("image_id").canConvertToLong()) {
        throw new EvalInputException(where + ": expected an object with \"image_id\" and \"keypoints\"");
      }
      List<ReferenceHand> list = hands.get(an.get("image_id").asLong());
      if (list == null) {
        throw new EvalInputException(where + ": image_id " + an.get("image_id").asLong()
            + " is not among the images");
      }
      JsonNode kp = an.get("keypoints");
      if (kp == null || !kp.isArray() || kp.size() != COUNT * 3) {
        throw new EvalInputException(where + ": \"keypoints\" must be " + COUNT + " x (x, y, v) = " + (COUNT * 3)
            + " numbers, got " + (kp != null && kp.isArray() ? kp.size() + " numbers" : kind(kp)));
      }
      List<PixelKeypoint> k = new ArrayList<>();
      for (int i = 0; i < COUNT; i++) {
        double x = number(where + " keypoint " + i, kp.get(3 * i));
        double y = number(where + " keypoint " + i, kp.get(3 * i + 1));
        boolean labelled = number(where + " keypoint " + i, kp.get(3 * i + 2)) > 0;
        k.add(labelled ? new PixelKeypoint(x, y, 0) : new PixelKeypoint(Double.NaN, Double.NaN, 0));
      }
      ReferenceHand hand = new ReferenceHand(k, box(where, an.get("bbox")), false);
      if (hand.labelled().isEmpty()) {
        skipped.add("annotations[" + a + "]: no keypoint labelled");
        continue;
      }
      list.add(hand);
    }
    List<ReferenceImage> out = new ArrayList<>();
    names.forEach((id, name) -> out.add(new ReferenceImage(name, base.resolve(name), hands.get(id))));
    return new KeypointReferences("coco", out, skipped);
  }

  private static PixelBox box(String where, JsonNode bbox) throws EvalInputException {
    if (bbox == null || bbox.isNull()) {
      return null;
    }
    if (!bbox.isArray() || bbox.size() != 4) {
      throw new EvalInputException(where + ": \"bbox\" must be [x, y, width, height], got " + bbox);
    }
    double x = number(where + " bbox", bbox.get(0));
    double y = number(where + " bbox", bbox.get(1));
    double w = number(where + " bbox", bbox.get(2));
    double h = number(where + " bbox", bbox.get(3));
    if (!(w > 0 && h > 0)) {
      throw new EvalInputException(where + ": \"bbox\" " + bbox + " is empty; expected a positive width and height");
    }
    return new PixelBox(x, y, x + w, y + h);
  }

  private static double number(String where, JsonNode n) throws EvalInputException {
    if (n == null || !n.isNumber() || !Double.isFinite(n.asDouble())) {
      throw new EvalInputException(where + ": expected a number, got " + (n == null ? "nothing" : n));
    }
    return n.asDouble();
  }

  private static String kind(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    return n.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
