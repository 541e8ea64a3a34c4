package dev.handctl.gesture.file;

import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GestureProblem;
import dev.handctl.gesture.MotionRule;
import dev.handctl.io.BoundedFiles;
import dev.handctl.io.RefusedFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads gesture files (YAML, one gesture per file) and reports every mistake with its file and
 * line, rather than stopping at the first. The YAML is read as a node tree so that each value
 * keeps its position in the file.
 *
 * <p>A gesture file looks like this (fingers not named are "don't care"):
 *
 * <pre>
 * name: victory
 * fingers:
 *   index: {curl: extended}
 *   middle: {curl: extended}
 *   ring: {curl: [curled, half]}
 *   pinky: {curl: [curled, half]}
 * distances:
 *   - {from: index_finger_tip, to: middle_finger_tip, above: 0.25}
 * palm: towards
 * speed: {below: 2}
 * score: {enter: 0.9, exit: 0.7}
 * </pre>
 *
 * <p>A gesture learned from examples ({@code handctl teach}) has an {@code examples} block instead
 * of (or beside) the rules; {@link ExampleBlockParser} reads it.
 */
public final class GestureFileLoader {
  private static final Set<String> TOP_KEYS = Set.of("name", "fingers", "count", "distances", "palm", "speed", "score",
      "priority", "timing", "motion", "steady", "examples");
  /** Most gesture files read from one folder. */
  static final int MAX_FILES_PER_FOLDER = 500;

  /**
   * The gestures read and the problems found.
   *
   * @param definitions the valid gestures, by file order
   * @param problems every mistake found; the files with a problem contribute no gesture
   */
  public record Result(List<GestureDefinition> definitions, List<GestureProblem> problems) {
    /** Returns whether nothing was wrong. */
    public boolean clean() {
      return problems.isEmpty();
    }

    /** Returns the problems as one message: a count, then one problem per line. */
    public String problemReport() {
      StringBuilder b = new StringBuilder("gesture files have " + problems.size() + " problem(s):");
      problems.forEach(p -> b.append(System.lineSeparator()).append("  ").append(p));
      return b.toString();
    }
  }

  /**
   * The file in a gesture folder that binds gestures to actions; it sits beside the gesture files
   * but is not one.
   */
  public static final String BINDINGS_FILE_NAME = "bindings.yaml";

  private GestureFileLoader() {}

  /**
   * Tells whether a file in a gesture folder is a gesture file: YAML, and not the bindings file.
   *
   * @param file a file in a gesture folder
   * @return whether to read it as a gesture
   */
  public static boolean isGestureFile(Path file) {
    String name = file.getFileName().toString();
    return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.equals(BINDINGS_FILE_NAME);
  }

  /**
   * Reads the gesture files ({@code *.yaml}, {@code *.yml}) of folders and single files. A gesture
   * named in a later path replaces one of the same name from an earlier path, so the user's own
   * folder, given last, wins over the defaults.
   *
   * @param paths folders or files, lowest precedence first
   * @return the gestures and the problems
   */
  public static Result load(List<Path> paths) {
    Map<String, GestureDefinition> byName = new LinkedHashMap<>();
    List<GestureProblem> problems = new ArrayList<>();
    for (Path p : paths) {
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(p)) {
        try (Stream<Path> list = Files.list(p)) {
          // A folder of thousands of files is a mistake (a wrong --gestures); its first ones are enough to say so.
          list.filter(GestureFileLoader::isGestureFile).limit(MAX_FILES_PER_FOLDER + 1).sorted().forEach(files::add);
          if (files.size() > MAX_FILES_PER_FOLDER) {
            problems.add(new GestureProblem(p.toString(), 0, "holds more than " + MAX_FILES_PER_FOLDER
                + " gesture files; is this the right folder?"));
            files.clear();
          }
        } catch (IOException | java.io.UncheckedIOException e) {
          problems.add(new GestureProblem(p.toString(), 0, "cannot list the folder"));
        }
      } else {
        files.add(p);
      }
      Map<String, String> namesInThisPath = new HashMap<>();
      for (Path f : files) {
        String text;
        try {
          text = BoundedFiles.readConfigText(f);
        } catch (RefusedFileException e) {
          problems.add(new GestureProblem(f.toString(), 0, withoutFile(f, e.getMessage())));
          continue;
        }
        GestureDefinition d = parse(f.toString(), text, problems);
        if (d != null) {
          String other = namesInThisPath.put(d.name(), f.toString());
          if (other != null) {
            problems.add(new GestureProblem(f.toString(), 1, "gesture '" + d.name() + "' is also defined in " + other));
          }
          byName.put(d.name(), d);
        }
      }
    }
    return new Result(List.copyOf(byName.values()), List.copyOf(problems));
  }

  /** The problem's text without the file name that {@link GestureProblem} adds again. */
  private static String withoutFile(Path f, String message) {
    String prefix = f + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  /**
   * Parses one gesture file's text.
   *
   * @param file its name, for messages
   * @param text its content
   * @param problems receives the mistakes
   * @return the gesture, or null when the file has a mistake
   */
  public static GestureDefinition parse(String file, String text, List<GestureProblem> problems) {
    int before = problems.size();
    Node root = YamlNodeReader.compose(file, text, problems);
    if (problems.size() > before) {
      return null;
    }
    if (!(root instanceof MappingNode top)) {
      problems.add(new GestureProblem(file, 1, "expected a mapping with name, fingers, count, distances, score"));
      return null;
    }
    YamlNodeReader c = new YamlNodeReader(file, problems);
    // The rule blocks are read there; the top level and the checks across blocks stay here.
    GestureRuleParser rules = new GestureRuleParser(c, problems);
    String name = null;
    List<GestureDefinition.FingerRule> fingers = new ArrayList<>();
    List<GestureDefinition.CountRule> counts = new ArrayList<>();
    List<GestureDefinition.DistanceRule> distances = new ArrayList<>();
    GestureDefinition.PalmRule palm = null;
    GestureDefinition.SpeedRule speed = null;
    double enter = 0.9;
    double exit = 0.7;
    Node scoreNode = null;
    int priority = 0;
    long confirm = 66;
    long refractory = 0;
    MotionRule motion = null;
    Node motionNode = null;
    GestureDefinition.SteadyRule steady = null;
    GestureDefinition.ExampleRule examples = null;
    for (NodeTuple t : top.getValue()) {
      String key = c.scalar(t.getKeyNode(), "a key");
      Node v = t.getValueNode();
      if (key == null) {
        continue;
      }
      switch (key) {
        case "name" -> {
          name = c.scalar(v, "a gesture name");
          if (name != null && !name.matches("[a-z][a-z0-9_]*")) {
            c.problem(v, "name: expected lower-case letters, digits and _ (such as thumbs_up), got '" + name + "'");
            name = null;
          }
        }
        case "fingers" -> rules.fingers(v, fingers);
        case "count" -> rules.counts(v, counts);
        case "distances" -> rules.distances(v, distances);
        case "palm" -> {
          GestureDefinition.PalmRule r = rules.palm(v);
          palm = r != null ? r : palm;
        }
        case "speed" -> {
          GestureDefinition.SpeedRule r = rules.speed(v);
          speed = r != null ? r : speed;
        }
        case "score" -> {
          scoreNode = v;
          Map<String, Node> props = c.props(v, Set.of("enter", "exit"), "score settings");
          if (props != null) {
            enter = c.number(props.get("enter"), enter, 0.01, 1, "score.enter");
            exit = c.number(props.get("exit"), exit, 0, 1, "score.exit");
          }
        }
        case "steady" -> {
          GestureDefinition.SteadyRule r = rules.steady(v);
          steady = r != null ? r : steady;
        }
        case "examples" -> examples = new ExampleBlockParser(c, problems).examples(v);
        case "priority" -> priority = (int) c.number(v, 0, -100, 100, "priority");
        case "timing" -> {
          Map<String, Node> props = c.props(v, Set.of("confirmMillis", "refractoryMillis"), "timing settings");
          if (props != null) {
            confirm = (long) c.number(props.get("confirmMillis"), confirm, 0, 5000, "timing.confirmMillis");
            refractory = (long) c.number(props.get("refractoryMillis"), refractory, 0, 10000, "timing.refractoryMillis");
          }
        }
        case "motion" -> {
          MotionRule r = rules.motion(v);
          if (r != null) {
            motion = r;
            motionNode = v;
          }
        }
        default -> c.problem(t.getKeyNode(), "unknown key '" + key + "'; expected one of " + new java.util.TreeSet<>(TOP_KEYS));
      }
    }
    if (name == null && problems.size() == before) {
      problems.add(new GestureProblem(file, 1, "missing name"));
    }
    boolean poseConditions = !fingers.isEmpty() || !counts.isEmpty() || !distances.isEmpty() || palm != null
        || speed != null || steady != null || examples != null;
    if (motion != null && poseConditions) {
      c.problem(motionNode, "a motion gesture takes its pose from motion.pose; fingers, count, distances, examples,"
          + " palm and speed belong in that pose's own file");
    }
    if (motion == null && !poseConditions && problems.size() == before) {
      problems.add(new GestureProblem(file, 1, "no condition: expected fingers, count, distances, palm, speed or"
          + " examples (or motion)"));
    }
    if (exit > enter) {
      c.problem(scoreNode != null ? scoreNode : top, "score.exit (" + exit + ") must not be above score.enter (" + enter + ")");
    }
    if (problems.size() > before) {
      return null;
    }
    return new GestureDefinition(name, file, List.copyOf(fingers), List.copyOf(counts), List.copyOf(distances), palm,
        speed, enter, exit, priority, confirm, refractory, motion, steady, examples);
  }
}
