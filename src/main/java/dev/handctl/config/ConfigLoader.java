package dev.handctl.config;

import dev.handctl.action.KeyChord;
import dev.handctl.action.DwellSettings;
import dev.handctl.action.PointerMode;
import dev.handctl.action.PointerSettings;
import dev.handctl.action.SafetySettings;
import dev.handctl.filter.OneEuroConfig;
import dev.handctl.gesture.GeometryConfig;
import dev.handctl.gesture.GestureProblem;
import dev.handctl.hand.KeypointName;
import dev.handctl.hand.detect.PalmDetectorConfig;
import dev.handctl.hand.landmark.HandLandmarkerConfig;
import dev.handctl.hand.track.IdleConfig;
import dev.handctl.hand.track.TrackerConfig;
import dev.handctl.io.BoundedFiles;
import dev.handctl.io.BoundedYaml;
import dev.handctl.io.RefusedFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.MapConfiguration;
import org.apache.commons.configuration2.ex.ConversionException;

/**
 * Reads the settings: the user's file (if any) over the defaults shipped in the jar.
 *
 * <p>Each key the user sets wins; every other key keeps its default. The file is read by
 * {@link BoundedFiles} (regular files only, 1 MB, a deadline), parsed by {@link BoundedYaml}, and
 * every key and value is checked against the {@link SettingsSchema} before any is used; every
 * problem is reported at once, each with the file and line and what was expected. The daemon's
 * start and reload and {@code check-config} all come through {@link #check}, so they accept and
 * refuse the same files.
 */
public final class ConfigLoader {
  /** Class-path resource holding the defaults. */
  public static final String DEFAULTS_RESOURCE = "/handctl-defaults.yaml";

  private static volatile Map<String, Object> defaultValues;

  /**
   * The settings read from a file, or why they cannot be used.
   *
   * @param config the settings, or null when there are problems
   * @param problems every problem, with file and line
   */
  public record Result(HandctlConfig config, List<GestureProblem> problems) {
    /** Returns whether nothing was wrong. */
    public boolean clean() {
      return problems.isEmpty();
    }

    /** Returns the problems as one message: a count, then one problem per line. */
    public String problemReport() {
      StringBuilder b = new StringBuilder("settings have " + problems.size() + " problem(s):");
      problems.forEach(p -> b.append(System.lineSeparator()).append("  ").append(p));
      return b.toString();
    }
  }

  private ConfigLoader() {}

  /**
   * Loads the defaults only.
   *
   * @return the default settings
   */
  public static HandctlConfig defaults() {
    return load(null);
  }

  /**
   * Loads the defaults overridden by a user file.
   *
   * @param userFile a YAML file, or null for defaults only
   * @return the settings
   * @throws ConfigException listing every problem when the file cannot be read, is not YAML, or a
   *     key or value is wrong
   */
  public static HandctlConfig load(Path userFile) {
    Result r = check(userFile);
    if (!r.clean()) {
      throw new ConfigException(r.problemReport(), null);
    }
    return r.config();
  }

  /**
   * Reads and checks the defaults overridden by a user file; never throws for a bad file.
   *
   * @param userFile a YAML file, or null for defaults only
   * @return the settings, or every problem
   */
  public static Result check(Path userFile) {
    if (userFile == null) {
      return build("built-in defaults", Map.of(), Map.of());
    }
    String text;
    try {
      text = BoundedFiles.readConfigText(userFile);
    } catch (RefusedFileException e) {
      return new Result(null, List.of(new GestureProblem(userFile.toString(), 0, withoutFile(userFile, e))));
    }
    return check(userFile.toString(), text);
  }

  /**
   * Checks a settings file's text over the defaults.
   *
   * @param file its name, for messages
   * @param text its content
   * @return the settings, or every problem
   */
  public static Result check(String file, String text) {
    BoundedYaml.Result yaml = BoundedYaml.compose(text);
    if (yaml.problem() != null) {
      return new Result(null, List.of(new GestureProblem(file, yaml.problem().line(), yaml.problem().message())));
    }
    SettingsReader.Parsed parsed = SettingsReader.read(file, yaml.root());
    if (!parsed.problems().isEmpty()) {
      return new Result(null, parsed.problems());
    }
    return build(file, parsed.values(), parsed.lines());
  }

  private static Result build(String file, Map<String, Object> user, Map<String, Integer> lines) {
    Map<String, Object> merged = new HashMap<>(defaultValues());
    merged.putAll(user);
    List<GestureProblem> problems = new ArrayList<>();
    HandctlConfig config = new Mapper(new MapConfiguration(merged), file, lines, problems).map();
    return new Result(problems.isEmpty() ? config : null, List.copyOf(problems));
  }

  /** The shipped defaults, checked by the same rules as a user's file (a broken build says so). */
  private static Map<String, Object> defaultValues() {
    Map<String, Object> d = defaultValues;
    if (d != null) {
      return d;
    }
    String text;
    try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new ConfigException("the jar lacks " + DEFAULTS_RESOURCE + "; the build is broken", null);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("built-in defaults " + DEFAULTS_RESOURCE + " cannot be read; the build is broken", e);
    }
    String name = "built-in defaults " + DEFAULTS_RESOURCE;
    BoundedYaml.Result yaml = BoundedYaml.compose(text);
    SettingsReader.Parsed parsed = yaml.problem() != null ? null : SettingsReader.read(name, yaml.root());
    if (parsed == null || !parsed.problems().isEmpty() || !parsed.values().keySet().equals(SettingsSchema.rules().keySet())) {
      throw new ConfigException(name + " do not match the settings handctl knows; the build is broken: "
          + (parsed == null ? yaml.problem().message() : parsed.problems()), null);
    }
    defaultValues = Map.copyOf(parsed.values());
    return defaultValues;
  }

  private static String withoutFile(Path f, RefusedFileException e) {
    String prefix = f + ": ";
    return e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
  }

  /**
   * Builds the typed settings; each group on its own, so that every group's cross-setting check
   * (a retry maximum below its initial wait) is reported, at the line of the setting it names.
   */
  private record Mapper(Configuration c, String file, Map<String, Integer> lines, List<GestureProblem> problems) {
    HandctlConfig map() {
      var models = part(() -> new HandctlConfig.ModelsConfig(string(c, "models.detector"),
          string(c, "models.landmarks"), c.getInt("models.intraOpThreads")));
      var camera = part(() -> new HandctlConfig.CameraConfig(c.getInt("camera.widthPx"),
          c.getInt("camera.heightPx"), c.getDouble("camera.fps"), c.getBoolean("camera.mirrored"),
          c.getLong("camera.retryInitialMillis"), c.getLong("camera.retryMaxMillis")));
      var detector = part(() -> detector(c));
      var landmarks = part(() -> landmarks(c));
      var still = part(() -> new HandctlConfig.StillConfig(c.getInt("still.extraCandidates"),
          c.getInt("still.refinePasses"), c.getDouble("still.partMaxAreaShare"), c.getInt("still.maxImageSidePx")));
      var tracker = part(() -> new TrackerConfig(c.getInt("tracker.maxHands"), c.getLong("tracker.secondHandSearchMillis"),
          c.getDouble("tracker.newHandMinPresence"), c.getLong("tracker.maxFrameGapMillis"),
          c.getBoolean("tracker.predictMotion"), c.getLong("tracker.rejoinMillis"),
          c.getDouble("tracker.rejoinMaxHandSizes")));
      var idle = part(() -> new IdleConfig(c.getDouble("idle.detectorHz"), c.getLong("idle.afterLostMillis"),
          c.getDouble("idle.stillSceneLevels")));
      var smoothing = part(() -> new OneEuroConfig(c.getDouble("smoothing.minCutoffHz"), c.getDouble("smoothing.beta"),
          c.getDouble("smoothing.derivativeCutoffHz")));
      var geometry = part(() -> new GeometryConfig(c.getDouble("geometry.fingerExtendedMaxDegrees"),
          c.getDouble("geometry.fingerCurledMinDegrees"), c.getDouble("geometry.thumbExtendedMaxDegrees"),
          c.getDouble("geometry.thumbCurledMinDegrees"), c.getDouble("geometry.palmSidewaysMaxSine")));
      var gestures = part(() -> new HandctlConfig.GestureSettings(c.getLong("gestures.holdIntervalMillis"),
          c.getLong("gestures.speedWindowMillis")));
      var pointer = part(() -> pointer(c));
      var actions = part(() -> new SafetySettings(c.getLong("actions.handSettleMillis"),
          c.getLong("actions.minClickIntervalMillis"), c.getDouble("actions.foundStillHandSizes"),
          c.getLong("actions.handOffQuietMillis"), c.getInt("actions.handOffThresholdPx"),
          new DwellSettings(c.getLong("actions.dwellMillis"), c.getInt("actions.dwellRadiusPx"),
              DwellSettings.Mode.parse(string(c, "actions.dwellMode")))));
      var hotkey = part(() -> new HandctlConfig.HotkeySettings(KeyChord.parse(string(c, "hotkey.pause"))));
      var output = part(() -> new HandctlConfig.OutputSettings(
          dev.handctl.output.OutputBackend.parse(string(c, "output.backend")), c.getLong("output.portalDialogSeconds")));
      var overlay = part(() -> new HandctlConfig.OverlaySettings(c.getBoolean("overlay.enabled")));
      if (!problems.isEmpty()) {
        return null;
      }
      return new HandctlConfig(models, camera, detector, landmarks, still, tracker, idle, smoothing, geometry, gestures,
          pointer, actions, hotkey, output, overlay);
    }

    private <T> T part(Supplier<T> build) {
      try {
        return build.get();
      } catch (IllegalArgumentException | ConversionException | NoSuchElementException e) {
        problems.add(new GestureProblem(file, lineOf(e.getMessage()), e.getMessage()));
        return null;
      }
    }

    /** The line of the setting a record's message starts with, or of the first setting of its group. */
    private int lineOf(String message) {
      String key = message == null ? "" : message.replaceFirst("^([A-Za-z][A-Za-z0-9_.]*).*$", "$1");
      for (; !key.isEmpty(); key = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : "") {
        if (lines.containsKey(key)) {
          return lines.get(key);
        }
        String prefix = key + ".";
        int first = lines.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
            .mapToInt(Map.Entry::getValue).min().orElse(0);
        if (first > 0) {
          return first;
        }
      }
      return 0;
    }
  }

  private static PalmDetectorConfig detector(Configuration c) {
    return new PalmDetectorConfig(
        c.getDouble("detector.minScore"),
        c.getDouble("detector.nmsIouThreshold"),
        c.getInt("detector.rotationStartKeypoint"),
        c.getInt("detector.rotationEndKeypoint"),
        c.getDouble("detector.rotationTargetDegrees"),
        c.getDouble("detector.regionScale"),
        c.getDouble("detector.regionShiftY"),
        c.getBoolean("detector.mirroredPass"),
        c.getDouble("detector.zoomOutScale"));
  }

  private static HandLandmarkerConfig landmarks(Configuration c) {
    return new HandLandmarkerConfig(
        c.getDouble("landmarks.minPresence"),
        c.getDouble("landmarks.duplicateIou"),
        c.getDouble("landmarks.regionScale"),
        c.getDouble("landmarks.regionShiftY"));
  }

  private static PointerSettings pointer(Configuration c) {
    String mode = string(c, "pointer.mode");
    PointerMode pointerMode = switch (mode) {
      case "relative" -> PointerMode.RELATIVE;
      case "absolute" -> PointerMode.ABSOLUTE;
      default -> throw new IllegalArgumentException("pointer.mode: expected relative or absolute, got '" + mode + "'");
    };
    List<KeypointName> anchor = new java.util.ArrayList<>();
    for (Object o : c.getList("pointer.anchor", List.of())) {
      String name = String.valueOf(o).strip();
      try {
        anchor.add(KeypointName.valueOf(name.toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("pointer.anchor: unknown keypoint '" + name + "'; expected names such as"
            + " wrist, index_finger_mcp, middle_finger_tip", e);
      }
    }
    return new PointerSettings(pointerMode, anchor, c.getDouble("pointer.gainPxPerHandSize"),
        c.getBoolean("pointer.acceleration.enabled"), c.getDouble("pointer.acceleration.slowSpeed"),
        c.getDouble("pointer.acceleration.slowFactor"), c.getDouble("pointer.acceleration.fastSpeed"),
        c.getDouble("pointer.acceleration.fastFactor"), c.getDouble("pointer.deadZoneHandSizes"),
        new OneEuroConfig(c.getDouble("pointer.smoothing.minCutoffHz"), c.getDouble("pointer.smoothing.beta"),
            c.getDouble("pointer.smoothing.derivativeCutoffHz")),
        new PointerSettings.CameraRegion(c.getDouble("pointer.absoluteRegion.left"),
            c.getDouble("pointer.absoluteRegion.top"), c.getDouble("pointer.absoluteRegion.right"),
            c.getDouble("pointer.absoluteRegion.bottom")),
        c.getLong("pointer.clickRewindMillis"), c.getDouble("pointer.approachFactor"),
        c.getDouble("pointer.dragStartHandSizes"),
        c.getLong("pointer.dragStartMillis"));
  }

  private static String string(Configuration c, String key) {
    String value = c.getString(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(key + ": expected a non-empty text");
    }
    return value;
  }
}
