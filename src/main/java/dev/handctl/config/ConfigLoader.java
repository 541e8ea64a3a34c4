package dev.handctl.config;

import dev.handctl.action.KeyChord;
import dev.handctl.action.PointerMode;
import dev.handctl.action.PointerSettings;
import dev.handctl.action.SafetySettings;
import dev.handctl.filter.OneEuroConfig;
import dev.handctl.hand.HandKeypoint;
import dev.handctl.hand.HandLandmarkerConfig;
import dev.handctl.hand.PalmDetectorConfig;
import dev.handctl.gesture.GeometryConfig;
import dev.handctl.hand.IdleConfig;
import dev.handctl.hand.TrackerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.YAMLConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.ex.ConversionException;

/**
 * Reads the settings: the user's file (if any) over the defaults shipped in the jar.
 *
 * <p>Each key the user sets wins; every other key keeps its default. Problems are reported with
 * the file and the key, and what was expected.
 */
public final class ConfigLoader {
  /** Class-path resource holding the defaults. */
  public static final String DEFAULTS_RESOURCE = "/handctl-defaults.yaml";

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
   * @throws ConfigException when a file cannot be read, is not YAML, or a value is wrong
   */
  public static HandctlConfig load(Path userFile) {
    CompositeConfiguration combined = new CompositeConfiguration();
    String source = "built-in defaults";
    if (userFile != null) {
      combined.addConfiguration(readFile(userFile));
      source = userFile + " (over the built-in defaults)";
    }
    combined.addConfiguration(readDefaults());
    try {
      return map(combined);
    } catch (IllegalArgumentException | ConversionException | NoSuchElementException e) {
      throw new ConfigException(source + ": " + e.getMessage(), e);
    }
  }

  private static YAMLConfiguration readDefaults() {
    YAMLConfiguration yaml = new YAMLConfiguration();
    try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new ConfigException("the jar lacks " + DEFAULTS_RESOURCE + "; the build is broken", null);
      }
      yaml.read(in);
    } catch (IOException | ConfigurationException e) {
      throw new ConfigException("built-in defaults " + DEFAULTS_RESOURCE + ": " + e.getMessage(), e);
    }
    return yaml;
  }

  private static YAMLConfiguration readFile(Path file) {
    YAMLConfiguration yaml = new YAMLConfiguration();
    try (Reader in = Files.newBufferedReader(file)) {
      yaml.read(in);
    } catch (IOException e) {
      throw new ConfigException("cannot read config file " + file + ": " + e, e);
    } catch (ConfigurationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new ConfigException("config file " + file + " is not valid YAML: " + cause.getMessage(), e);
    }
    return yaml;
  }

  private static HandctlConfig map(Configuration c) {
    HandctlConfig.ModelsConfig models = new HandctlConfig.ModelsConfig(
        string(c, "models.detector"), string(c, "models.landmarks"), c.getInt("models.intraOpThreads"));
    List<Integer> strides = intList(c, "detector.anchors.strides");
    PalmDetectorConfig detector = new PalmDetectorConfig(
        string(c, "detector.inputName"),
        string(c, "detector.outputName"),
        c.getInt("detector.inputSize"),
        c.getInt("detector.keypointCount"),
        strides,
        c.getInt("detector.anchors.anchorsPerLayer"),
        c.getDouble("detector.anchors.offset"),
        c.getDouble("detector.minScore"),
        c.getDouble("detector.nmsIouThreshold"),
        c.getInt("detector.rotationStartKeypoint"),
        c.getInt("detector.rotationEndKeypoint"),
        c.getDouble("detector.rotationTargetDegrees"),
        c.getDouble("detector.regionScale"),
        c.getDouble("detector.regionShiftY"),
        c.getBoolean("detector.mirroredPass"));
    HandLandmarkerConfig landmarks = new HandLandmarkerConfig(
        string(c, "landmarks.inputName"),
        string(c, "landmarks.keypointsOutput"),
        string(c, "landmarks.presenceOutput"),
        string(c, "landmarks.handednessOutput"),
        string(c, "landmarks.worldOutput"),
        c.getInt("landmarks.inputSize"),
        c.getDouble("landmarks.normalizeZ"),
        c.getDouble("landmarks.minPresence"),
        c.getDouble("landmarks.duplicateIou"),
        c.getDouble("landmarks.regionScale"),
        c.getDouble("landmarks.regionShiftY"));
    int extra = c.getInt("still.extraCandidates");
    if (extra < 0 || extra > 20) {
      throw new IllegalArgumentException("still.extraCandidates: expected a whole number from 0 to 20, got " + extra);
    }
    int refine = c.getInt("still.refinePasses");
    if (refine < 0 || refine > 5) {
      throw new IllegalArgumentException("still.refinePasses: expected a whole number from 0 to 5, got " + refine);
    }
    TrackerConfig tracker = new TrackerConfig(c.getInt("tracker.maxHands"), c.getLong("tracker.secondHandSearchMillis"),
        c.getDouble("tracker.newHandMinPresence"), c.getLong("tracker.maxFrameGapMillis"),
        c.getBoolean("tracker.predictMotion"), c.getLong("tracker.rejoinMillis"), c.getDouble("tracker.rejoinMaxHandSizes"));
    IdleConfig idle = new IdleConfig(c.getDouble("idle.detectorHz"), c.getLong("idle.afterLostMillis"),
        c.getDouble("idle.stillSceneLevels"));
    HandctlConfig.CameraConfig camera = new HandctlConfig.CameraConfig(c.getInt("camera.widthPx"),
        c.getInt("camera.heightPx"), c.getDouble("camera.fps"), c.getBoolean("camera.mirrored"),
        c.getLong("camera.retryInitialMillis"), c.getLong("camera.retryMaxMillis"));
    OneEuroConfig smoothing = new OneEuroConfig(c.getDouble("smoothing.minCutoffHz"), c.getDouble("smoothing.beta"),
        c.getDouble("smoothing.derivativeCutoffHz"));
    return new HandctlConfig(models, camera, detector, landmarks, new HandctlConfig.StillConfig(extra, refine,
        c.getDouble("still.partMaxAreaShare")),
        tracker, idle, smoothing, new GeometryConfig(c.getDouble("geometry.fingerExtendedMaxDegrees"),
            c.getDouble("geometry.fingerCurledMinDegrees"), c.getDouble("geometry.thumbExtendedMaxDegrees"),
            c.getDouble("geometry.thumbCurledMinDegrees"), c.getDouble("geometry.palmSidewaysMaxSine")),
        new HandctlConfig.GestureSettings(c.getLong("gestures.holdIntervalMillis"),
            c.getLong("gestures.speedWindowMillis")),
        pointer(c),
        new SafetySettings(c.getLong("actions.handSettleMillis"), c.getLong("actions.minClickIntervalMillis")),
        new HandctlConfig.HotkeySettings(keyChord(c, "hotkey.pause")));
  }

  private static PointerSettings pointer(Configuration c) {
    String mode = string(c, "pointer.mode");
    PointerMode pointerMode = switch (mode) {
      case "relative" -> PointerMode.RELATIVE;
      case "absolute" -> PointerMode.ABSOLUTE;
      default -> throw new IllegalArgumentException("pointer.mode: expected relative or absolute, got '" + mode + "'");
    };
    List<HandKeypoint> anchor = new java.util.ArrayList<>();
    for (Object o : c.getList("pointer.anchor", List.of())) {
      String name = String.valueOf(o).strip();
      try {
        anchor.add(HandKeypoint.valueOf(name.toUpperCase(java.util.Locale.ROOT)));
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

  private static KeyChord keyChord(Configuration c, String key) {
    try {
      return KeyChord.parse(string(c, key));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
    }
  }

  // getList(Integer.class, key) silently drops repeated values, and the anchor strides repeat.
  private static List<Integer> intList(Configuration c, String key) {
    List<Integer> out = new java.util.ArrayList<>();
    for (Object o : c.getList(key, List.of())) {
      try {
        out.add(Integer.parseInt(String.valueOf(o).strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(key + ": expected a list of whole numbers, got '" + o + "'");
      }
    }
    return out;
  }

  private static String string(Configuration c, String key) {
    String value = c.getString(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(key + ": expected a non-empty text");
    }
    return value;
  }
}
