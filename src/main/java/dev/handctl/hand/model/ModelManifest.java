package dev.handctl.hand.model;

import dev.handctl.inference.ModelException;
import dev.handctl.inference.ModelFiles;
import dev.handctl.io.BoundedYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a model's manifest, {@code NAME.manifest.yaml} beside its weights: the facts of the model
 * that the code feeding and reading it needs (tensor names, input size and value range, output
 * layout, anchors). The format is described in {@code models/README.md}; every key is required,
 * and a key the format does not have is refused, so a typo cannot leave a fact at a wrong default.
 */
public final class ModelManifest {
  /** The {@code kind} of a palm detector's manifest. */
  public static final String PALM_DETECTOR = "palm-detector";
  /** The {@code kind} of a hand landmark model's manifest. */
  public static final String HAND_LANDMARKS = "hand-landmarks";

  private static final Set<String> PALM_KEYS = Set.of("kind", "input.tensor", "input.size", "input.range",
      "output.tensor", "output.keypointCount", "anchors.strides", "anchors.anchorsPerLayer", "anchors.offset");
  private static final Set<String> LANDMARK_KEYS = Set.of("kind", "input.tensor", "input.size", "input.range",
      "keypointCount", "outputs.keypoints", "outputs.presence", "outputs.handedness", "outputs.world",
      "normalizeZ");

  private final Path file;
  private final Map<String, Object> values;

  private ModelManifest(Path file, Map<String, Object> values) {
    this.file = file;
    this.values = values;
  }

  /**
   * Reads the facts of a palm detector from its manifest in the models folder.
   *
   * @param files the models folder(s)
   * @param name the model's name, such as {@code handdetect}
   * @return the facts
   * @throws ModelException when the manifest is missing, altered, or not a palm detector's
   */
  public static PalmModelFacts palm(ModelFiles files, String name) {
    return palm(files.locateManifest(name));
  }

  /**
   * Reads the facts of a hand landmark model from its manifest in the models folder.
   *
   * @param files the models folder(s)
   * @param name the model's name, such as {@code handlandmark-full}
   * @return the facts
   * @throws ModelException when the manifest is missing, altered, or not a landmark model's
   */
  public static LandmarkModelFacts landmarks(ModelFiles files, String name) {
    return landmarks(files.locateManifest(name));
  }

  /**
   * Reads the facts of a palm detector from a manifest file (not checked against any checksum).
   *
   * @param file the manifest
   * @return the facts
   * @throws ModelException when the file is unreadable, incomplete or has wrong values
   */
  public static PalmModelFacts palm(Path file) {
    ModelManifest m = read(file, PALM_DETECTOR, PALM_KEYS);
    try {
      double[] range = m.range();
      return new PalmModelFacts(m.string("input.tensor"), m.whole("input.size"), range[0], range[1],
          m.string("output.tensor"), m.whole("output.keypointCount"), m.wholeList("anchors.strides"),
          m.whole("anchors.anchorsPerLayer"), m.number("anchors.offset"));
    } catch (IllegalArgumentException e) {
      throw m.wrong(e.getMessage());
    }
  }

  /**
   * Reads the facts of a hand landmark model from a manifest file (not checked against any checksum).
   *
   * @param file the manifest
   * @return the facts
   * @throws ModelException when the file is unreadable, incomplete or has wrong values
   */
  public static LandmarkModelFacts landmarks(Path file) {
    ModelManifest m = read(file, HAND_LANDMARKS, LANDMARK_KEYS);
    try {
      double[] range = m.range();
      return new LandmarkModelFacts(m.string("input.tensor"), m.whole("input.size"), range[0], range[1],
          m.whole("keypointCount"), m.string("outputs.keypoints"), m.string("outputs.presence"),
          m.string("outputs.handedness"), m.string("outputs.world"), m.number("normalizeZ"));
    } catch (IllegalArgumentException e) {
      throw m.wrong(e.getMessage());
    }
  }

  private static ModelManifest read(Path file, String kind, Set<String> keys) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new ModelException("cannot read model manifest " + file.toAbsolutePath().normalize() + ": " + e, e);
    }
    Object root;
    try {
      root = new Yaml(new SafeConstructor(BoundedYaml.options())).load(text);
    } catch (RuntimeException e) {
      throw new ModelException("model manifest " + file.toAbsolutePath().normalize() + " is not valid YAML: "
          + e.getMessage(), e);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    ModelManifest m = new ModelManifest(file, values);
    if (!(root instanceof Map<?, ?> map)) {
      throw m.wrong("expected a mapping of the model's facts");
    }
    flatten(map, "", values);
    if (!kind.equals(values.get("kind"))) {
      throw m.wrong("kind: expected " + kind + ", got " + values.get("kind"));
    }
    List<String> unknown = new ArrayList<>();
    for (String k : values.keySet()) {
      if (!keys.contains(k)) {
        unknown.add(k);
      }
    }
    if (!unknown.isEmpty()) {
      throw m.wrong("unknown key(s) " + unknown + "; a " + kind + " manifest has " + new java.util.TreeSet<>(keys));
    }
    List<String> missing = keys.stream().filter(k -> !values.containsKey(k)).sorted().toList();
    if (!missing.isEmpty()) {
      throw m.wrong("missing " + missing);
    }
    return m;
  }

  private static void flatten(Map<?, ?> map, String prefix, Map<String, Object> out) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = prefix + e.getKey();
      if (e.getValue() instanceof Map<?, ?> child) {
        flatten(child, key + ".", out);
      } else {
        out.put(key, e.getValue());
      }
    }
  }

  private ModelException wrong(String what) {
    return new ModelException("model manifest " + file.toAbsolutePath().normalize() + ": " + what);
  }

  private String string(String key) {
    if (values.get(key) instanceof String s && !s.isBlank()) {
      return s;
    }
    throw wrong(key + ": expected a tensor name, got " + values.get(key));
  }

  private int whole(String key) {
    if (values.get(key) instanceof Integer i) {
      return i;
    }
    throw wrong(key + ": expected a whole number, got " + values.get(key));
  }

  private double number(String key) {
    if (values.get(key) instanceof Number n) {
      return n.doubleValue();
    }
    throw wrong(key + ": expected a number, got " + values.get(key));
  }

  private List<Integer> wholeList(String key) {
    if (values.get(key) instanceof List<?> list && list.stream().allMatch(Integer.class::isInstance)) {
      return list.stream().map(Integer.class::cast).toList();
    }
    throw wrong(key + ": expected a list of whole numbers, got " + values.get(key));
  }

  private double[] range() {
    if (values.get("input.range") instanceof List<?> list && list.size() == 2
        && list.get(0) instanceof Number lo && list.get(1) instanceof Number hi
        && lo.doubleValue() < hi.doubleValue()) {
      return new double[] {lo.doubleValue(), hi.doubleValue()};
    }
    throw wrong("input.range: expected [lowest, highest], such as [-1, 1], got " + values.get("input.range"));
  }
}
