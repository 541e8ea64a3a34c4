package dev.handctl.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Every setting handctl knows, with its type and allowed range: the one validity contract of the
 * settings (in the spirit of BoofCV's {@code checkValidity()}), applied to every settings file
 * before any value is used, by the daemon and by {@code check-config} alike.
 *
 * <p>The ranges here are at least as strict as the checks of the typed records the values end in
 * ({@code PalmDetectorConfig}, {@code PointerSettings}, ...), so that a value passed here never
 * fails later; {@code SettingsContractTest} holds the two to that. Checks that tie two settings
 * together (a retry maximum above its initial wait) stay with the records.
 */
public final class SettingsSchema {
  /** What a setting holds. */
  public enum Kind {
    /** A whole number within the range. */
    WHOLE,
    /** A finite number within the range. */
    NUMBER,
    /** true or false. */
    SWITCH,
    /** The name of a model in the models folder (never a path). */
    MODEL,
    /** One of a few words. */
    CHOICE,
    /** A list of hand keypoint names. */
    KEYPOINTS,
    /** A key combination with a modifier and a key. */
    KEYS
  }

  /**
   * One setting.
   *
   * @param key its dotted name
   * @param kind what it holds
   * @param min lowest value (numbers; for lists, of each item)
   * @param max highest value
   * @param openMin whether min itself is excluded
   * @param openMax whether max itself is excluded
   * @param choices the words a {@link Kind#CHOICE} allows
   */
  public record Rule(String key, Kind kind, double min, double max, boolean openMin, boolean openMax,
      List<String> choices) {
    /** Tells whether a number is within the range (NaN never is). */
    public boolean inRange(double v) {
      return (openMin ? v > min : v >= min) && (openMax ? v < max : v <= max);
    }

    /** Says what is expected, for messages: "a whole number from 0 to 8192". */
    public String expected() {
      return switch (kind) {
        case WHOLE -> "a whole number " + range();
        case NUMBER -> "a number " + range();
        case SWITCH -> "true or false";
        case MODEL -> "the name of a model in the models folder, such as handdetect (a name, not a path)";
        case CHOICE -> "one of " + String.join(", ", choices);
        case KEYPOINTS -> "a list of keypoint names, such as [wrist, index_finger_mcp]";
        case KEYS -> "a modifier and a key joined by +, such as ctrl+alt+h";
      };
    }

    private String range() {
      if (openMin || openMax) {
        return (openMin ? "above " : "from ") + fmt(min) + (openMax ? " and below " : " to ") + fmt(max);
      }
      return "from " + fmt(min) + " to " + fmt(max);
    }
  }

  private static final Map<String, Rule> RULES = build();

  /**
   * Former settings that are facts of a model now, each with where it went: the manifest beside
   * the model's weights ({@code models/NAME.manifest.yaml}) and its key there.
   */
  private static final Map<String, String> MOVED_TO_MODEL = moved();
  private static final Set<String> SECTIONS = sections();

  private SettingsSchema() {}

  /** Returns every setting by its dotted name, in the order of the defaults file. */
  public static Map<String, Rule> rules() {
    return Collections.unmodifiableMap(RULES);
  }

  /** Returns a setting's rule, or null for a name that is not a setting. */
  public static Rule rule(String key) {
    return RULES.get(key);
  }

  /**
   * Says where a former setting went when it became a fact of a model: a settings file that still
   * sets it is told so, rather than "unknown setting".
   *
   * @param key a dotted name that is not a setting, or a group of such names ({@code detector.anchors})
   * @return the message's end, "a fact of the model now, in models/handdetect.manifest.yaml
   *     (input.size)...", or null when the name never was a setting
   */
  public static String movedToModel(String key) {
    String where = MOVED_TO_MODEL.get(key);
    if (where == null) {
      for (String k : MOVED_TO_MODEL.keySet()) {
        if (k.startsWith(key + ".")) {
          // The group of keys moved together: name the manifest's group ("anchors.strides" -> "anchors").
          where = MOVED_TO_MODEL.get(k).replaceFirst("\\((\\w+)\\.[\\w.]+;", "($1;");
          break;
        }
      }
    }
    if (where == null) {
      return null;
    }
    return "a fact of the model now, not a setting: it is in " + where
        + ", beside the model's weights; remove it from the settings file";
  }

  /** Returns the former settings that are facts of a model now, by dotted name. */
  public static Set<String> movedToModelKeys() {
    return MOVED_TO_MODEL.keySet();
  }

  private static Map<String, String> moved() {
    Map<String, String> m = new LinkedHashMap<>();
    String palm = "models/handdetect.manifest.yaml (or the manifest of the model models.detector names)";
    String hand = "models/handlandmark-full.manifest.yaml (or the manifest of the model models.landmarks names)";
    m.put("detector.inputName", palm.replace(" (or", " (input.tensor; or"));
    m.put("detector.outputName", palm.replace(" (or", " (output.tensor; or"));
    m.put("detector.inputSize", palm.replace(" (or", " (input.size; or"));
    m.put("detector.keypointCount", palm.replace(" (or", " (output.keypointCount; or"));
    m.put("detector.anchors.strides", palm.replace(" (or", " (anchors.strides; or"));
    m.put("detector.anchors.anchorsPerLayer", palm.replace(" (or", " (anchors.anchorsPerLayer; or"));
    m.put("detector.anchors.offset", palm.replace(" (or", " (anchors.offset; or"));
    m.put("landmarks.inputName", hand.replace(" (or", " (input.tensor; or"));
    m.put("landmarks.keypointsOutput", hand.replace(" (or", " (outputs.keypoints; or"));
    m.put("landmarks.presenceOutput", hand.replace(" (or", " (outputs.presence; or"));
    m.put("landmarks.handednessOutput", hand.replace(" (or", " (outputs.handedness; or"));
    m.put("landmarks.worldOutput", hand.replace(" (or", " (outputs.world; or"));
    m.put("landmarks.inputSize", hand.replace(" (or", " (input.size; or"));
    m.put("landmarks.normalizeZ", hand.replace(" (or", " (normalizeZ; or"));
    return Collections.unmodifiableMap(m);
  }

  /** Tells whether a dotted name is a group of settings ({@code pointer}, {@code pointer.smoothing}). */
  public static boolean isSection(String key) {
    return SECTIONS.contains(key);
  }

  /** Returns the names directly under a section ("" for the top), for messages. */
  public static List<String> children(String section) {
    String prefix = section.isEmpty() ? "" : section + ".";
    Set<String> out = new TreeSet<>();
    for (String k : RULES.keySet()) {
      if (k.startsWith(prefix)) {
        out.add(k.substring(prefix.length()).split("\\.")[0]);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Guesses which setting a wrong name meant: the same name in another case, a setting it is the
   * start of ({@code pointer.gain}), the same last part elsewhere ({@code minScore} for
   * {@code detector.minScore}), else the nearest name by edit distance.
   *
   * @param unknown a dotted name that is not a setting
   * @return the likely setting or section, or null when none is close
   */
  public static String suggest(String unknown) {
    List<String> names = new ArrayList<>(RULES.keySet());
    names.addAll(SECTIONS);
    String lower = unknown.toLowerCase(Locale.ROOT);
    String last = lower.substring(lower.lastIndexOf('.') + 1);
    String best = null;
    for (String n : names) {
      if (n.equalsIgnoreCase(unknown)) {
        return n;
      }
    }
    if (lower.length() >= 3) {
      for (String n : names) {
        if (n.toLowerCase(Locale.ROOT).startsWith(lower) && (best == null || n.length() < best.length())) {
          best = n;
        }
      }
      if (best != null) {
        return best;
      }
    }
    for (String n : names) {
      String nLast = n.substring(n.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      if (nLast.equals(last) && (best == null || n.length() < best.length())) {
        best = n;
      }
    }
    if (best != null) {
      return best;
    }
    int limit = Math.max(2, unknown.length() / 4);
    LevenshteinDistance distance = new LevenshteinDistance(limit);
    int bestDistance = Integer.MAX_VALUE;
    for (String n : names) {
      int d = distance.apply(lower, n.toLowerCase(Locale.ROOT));
      if (d >= 0 && d < bestDistance) {
        bestDistance = d;
        best = n;
      }
    }
    return best;
  }

  static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  private static Set<String> sections() {
    Set<String> out = new TreeSet<>();
    for (String k : RULES.keySet()) {
      for (int i = k.indexOf('.'); i > 0; i = k.indexOf('.', i + 1)) {
        out.add(k.substring(0, i));
      }
    }
    return Collections.unmodifiableSet(out);
  }

  // The ranges: where a record has its own check, the same bounds; where it has none (model facts,
  // counts), bounds that keep the value from costing unbounded memory or time.
  private static Map<String, Rule> build() {
    Map<String, Rule> m = new LinkedHashMap<>();
    model(m, "models.detector");
    model(m, "models.landmarks");
    whole(m, "models.intraOpThreads", 1, 64);

    whole(m, "camera.widthPx", 0, 8192);
    whole(m, "camera.heightPx", 0, 8192);
    number(m, "camera.fps", 0, 1000);
    add(m, "camera.mirrored", Kind.SWITCH, 0, 0, false, false);
    whole(m, "camera.retryInitialMillis", 10, 60_000);
    whole(m, "camera.retryMaxMillis", 10, 600_000);

    add(m, "detector.minScore", Kind.NUMBER, 0, 1, true, true);
    add(m, "detector.nmsIouThreshold", Kind.NUMBER, 0, 1, true, true);
    whole(m, "detector.rotationStartKeypoint", 0, 63);
    whole(m, "detector.rotationEndKeypoint", 0, 63);
    number(m, "detector.rotationTargetDegrees", -360, 360);
    number(m, "detector.regionScale", 0.5, 10);
    number(m, "detector.regionShiftY", -2, 2);
    add(m, "detector.mirroredPass", Kind.SWITCH, 0, 0, false, false);
    number(m, "detector.zoomOutScale", 1, 4);

    add(m, "landmarks.minPresence", Kind.NUMBER, 0, 1, true, true);
    number(m, "landmarks.duplicateIou", 0.01, 1);
    number(m, "landmarks.regionScale", 0.5, 10);
    number(m, "landmarks.regionShiftY", -2, 2);

    whole(m, "still.extraCandidates", 0, 20);
    whole(m, "still.refinePasses", 0, 5);
    number(m, "still.partMaxAreaShare", 0, 1);
    whole(m, "still.maxImageSidePx", 16, 65_535);

    whole(m, "tracker.maxHands", 1, 2);
    whole(m, "tracker.secondHandSearchMillis", 0, 60_000);
    number(m, "tracker.newHandMinPresence", 0, 1);
    whole(m, "tracker.maxFrameGapMillis", 1, 60_000);
    add(m, "tracker.predictMotion", Kind.SWITCH, 0, 0, false, false);
    whole(m, "tracker.rejoinMillis", 0, 2_000);
    number(m, "tracker.rejoinMaxHandSizes", 0, 20);

    number(m, "idle.detectorHz", 0.1, 1000);
    whole(m, "idle.afterLostMillis", 0, 60_000);
    number(m, "idle.stillSceneLevels", 0, 255);

    oneEuro(m, "smoothing");

    for (String k : List.of("fingerExtendedMaxDegrees", "fingerCurledMinDegrees", "thumbExtendedMaxDegrees",
        "thumbCurledMinDegrees")) {
      number(m, "geometry." + k, 0, 360);
    }
    add(m, "geometry.palmSidewaysMaxSine", Kind.NUMBER, 0, 1, false, true);

    whole(m, "gestures.holdIntervalMillis", 0, 10_000);
    whole(m, "gestures.speedWindowMillis", 0, 1000);

    m.put("pointer.mode", new Rule("pointer.mode", Kind.CHOICE, 0, 0, false, false, List.of("relative", "absolute")));
    add(m, "pointer.anchor", Kind.KEYPOINTS, 0, 0, false, false);
    number(m, "pointer.gainPxPerHandSize", 1, 20_000);
    add(m, "pointer.acceleration.enabled", Kind.SWITCH, 0, 0, false, false);
    number(m, "pointer.acceleration.slowSpeed", 0, 100);
    number(m, "pointer.acceleration.slowFactor", 0.01, 20);
    number(m, "pointer.acceleration.fastSpeed", 0, 100);
    number(m, "pointer.acceleration.fastFactor", 0.01, 20);
    number(m, "pointer.deadZoneHandSizes", 0, 1);
    oneEuro(m, "pointer.smoothing");
    for (String side : List.of("left", "top", "right", "bottom")) {
      number(m, "pointer.absoluteRegion." + side, 0, 1);
    }
    number(m, "pointer.approachFactor", 1, 10);
    whole(m, "pointer.clickRewindMillis", 0, 1000);
    number(m, "pointer.dragStartHandSizes", 0.01, 5);
    whole(m, "pointer.dragStartMillis", 0, 10_000);

    whole(m, "actions.handSettleMillis", 0, 5000);
    whole(m, "actions.minClickIntervalMillis", 0, 5000);
    number(m, "actions.foundStillHandSizes", 0, 5);
    whole(m, "actions.handOffQuietMillis", 0, 60_000);
    whole(m, "actions.handOffThresholdPx", 1, 200);
    whole(m, "actions.dwellMillis", 0, 10_000);
    whole(m, "actions.dwellRadiusPx", 1, 200);
    m.put("actions.dwellMode", new Rule("actions.dwellMode", Kind.CHOICE, 0, 0, false, false,
        List.of("click", "double", "right", "drag")));

    add(m, "hotkey.pause", Kind.KEYS, 0, 0, false, false);

    m.put("output.backend", new Rule("output.backend", Kind.CHOICE, 0, 0, false, false,
        List.of("auto", "x11", "wayland-virtual", "portal", "uinput")));
    whole(m, "output.portalDialogSeconds", 5, 3600);

    add(m, "overlay.enabled", Kind.SWITCH, 0, 0, false, false);
    return m;
  }

  private static void oneEuro(Map<String, Rule> m, String prefix) {
    add(m, prefix + ".minCutoffHz", Kind.NUMBER, 0, 1000, true, false);
    number(m, prefix + ".beta", 0, 1000);
    add(m, prefix + ".derivativeCutoffHz", Kind.NUMBER, 0, 1000, true, false);
  }

  private static void whole(Map<String, Rule> m, String key, long min, long max) {
    add(m, key, Kind.WHOLE, min, max, false, false);
  }

  private static void number(Map<String, Rule> m, String key, double min, double max) {
    add(m, key, Kind.NUMBER, min, max, false, false);
  }

  private static void model(Map<String, Rule> m, String key) {
    add(m, key, Kind.MODEL, 0, 0, false, false);
  }

  private static void add(Map<String, Rule> m, String key, Kind kind, double min, double max, boolean openMin,
      boolean openMax) {
    m.put(key, new Rule(key, kind, min, max, openMin, openMax, List.of()));
  }
}
