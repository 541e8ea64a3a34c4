package dev.handctl.gesture;

import dev.handctl.hand.HandKeypoint;
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
 */
public final class GestureFileLoader {
  private static final Set<String> TOP_KEYS = Set.of("name", "fingers", "count", "distances", "palm", "speed", "score",
      "priority", "timing", "motion", "steady");
  /** Fastest speed a rule may name, in hand sizes per second (quick sweeps measure 6-25). */
  private static final double MAX_SPEED = 100;
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
        case "fingers" -> {
          for (NodeTuple ft : c.mapping(v, "fingers")) {
            Finger f = c.enumValue(ft.getKeyNode(), Finger.class, "a finger");
            Map<String, Node> props = c.props(ft.getValueNode(), Set.of("curl", "direction", "bendBelow", "recentMillis", "weight"),
                "a finger rule");
            if (f == null || props == null) {
              continue;
            }
            Set<FingerCurl> curls = c.enumSet(props.get("curl"), FingerCurl.class, "a curl");
            Set<FingerDirection> dirs = c.enumSet(props.get("direction"), FingerDirection.class, "a direction");
            if (props.get("curl") == null && props.get("direction") == null && props.get("bendBelow") == null) {
              c.problem(ft.getValueNode(), f.key() + ": expected curl, direction and/or bendBelow");
            }
            double bendBelow = props.containsKey("bendBelow")
                ? c.number(props.get("bendBelow"), Double.NaN, 0, 360, "bendBelow") : Double.NaN;
            fingers.add(new GestureDefinition.FingerRule(f, curls, dirs, bendBelow,
                c.number(props.get("weight"), 1, 0.01, 100, "weight"),
                (long) c.number(props.get("recentMillis"), 0, 0, 5000, "recentMillis")));
          }
        }
        case "count" -> {
          for (Node item : c.sequence(v, "count")) {
            Map<String, Node> props = c.props(item, Set.of("fingers", "curl", "min", "max", "weight"), "a count rule");
            if (props == null) {
              continue;
            }
            Set<Finger> fs = c.enumSet(props.get("fingers"), Finger.class, "a finger");
            Set<FingerCurl> curl = c.enumSet(props.get("curl"), FingerCurl.class, "a curl");
            if (fs.isEmpty() || curl.size() != 1) {
              c.problem(item, "count: expected fingers (a list) and one curl");
              continue;
            }
            int min = (int) c.number(props.get("min"), 0, 0, 5, "min");
            int max = (int) c.number(props.get("max"), 5, 0, 5, "max");
            if (min > max) {
              c.problem(item, "count: min (" + min + ") is above max (" + max + ")");
            }
            counts.add(new GestureDefinition.CountRule(fs, curl.iterator().next(), min, max,
                c.number(props.get("weight"), 1, 0.01, 100, "weight")));
          }
        }
        case "distances" -> {
          for (Node item : c.sequence(v, "distances")) {
            Map<String, Node> props = c.props(item, Set.of("from", "to", "below", "above", "releaseBelow",
                "releaseAbove", "weight", "depth", "closing", "shareOf"), "a distance rule");
            if (props == null) {
              continue;
            }
            HandKeypoint from = c.enumValue(props.get("from"), HandKeypoint.class, "a keypoint");
            HandKeypoint to = c.enumValue(props.get("to"), HandKeypoint.class, "a keypoint");
            double below = props.containsKey("below") ? c.number(props.get("below"), Double.NaN, 0, 10, "below")
                : Double.NaN;
            double above = props.containsKey("above") ? c.number(props.get("above"), Double.NaN, 0, 10, "above")
                : Double.NaN;
            if (Double.isNaN(below) && Double.isNaN(above)) {
              c.problem(item, "distance: expected below and/or above (in hand sizes)");
            }
            double releaseBelow = props.containsKey("releaseBelow")
                ? c.number(props.get("releaseBelow"), below, Double.isNaN(below) ? 0 : below, 10, "releaseBelow") : below;
            double releaseAbove = props.containsKey("releaseAbove")
                ? c.number(props.get("releaseAbove"), above, 0, Double.isNaN(above) ? 10 : above, "releaseAbove") : above;
            double depth = c.number(props.get("depth"), 0, 0, 1, "depth");
            GestureDefinition.Closing closing = null;
            if (props.containsKey("closing")) {
              Map<String, Node> cp = c.props(props.get("closing"), Set.of("below", "share", "withinMillis"),
                  "closing settings");
              if (cp != null) {
                closing = new GestureDefinition.Closing(c.number(cp.get("below"), 0.6, 0, 10, "closing.below"),
                    c.number(cp.get("share"), 0.5, 0.01, 1, "closing.share"),
                    (long) c.number(cp.get("withinMillis"), 500, 50, 5000, "closing.withinMillis"));
                if (!Double.isNaN(above)) {
                  c.problem(props.get("closing"), "closing applies to a distance with below only (fingers coming together)");
                }
              }
            }
            GestureDefinition.ShareOf shareOf = null;
            if (props.containsKey("shareOf")) {
              Map<String, Node> sp = c.props(props.get("shareOf"), Set.of("from", "to", "share"), "shareOf settings");
              if (sp != null) {
                HandKeypoint sf = c.enumValue(sp.get("from"), HandKeypoint.class, "a keypoint");
                HandKeypoint st = c.enumValue(sp.get("to"), HandKeypoint.class, "a keypoint");
                double share = c.number(sp.get("share"), 0.5, 0.01, 10, "shareOf.share");
                if (sf != null && st != null) {
                  shareOf = new GestureDefinition.ShareOf(sf.ordinal(), st.ordinal(), share);
                } else if (sp.get("from") == null || sp.get("to") == null) {
                  c.problem(props.get("shareOf"), "shareOf: expected from and to (keypoints) and a share");
                }
              }
            }
            if (from != null && to != null) {
              distances.add(new GestureDefinition.DistanceRule(from.ordinal(), to.ordinal(), below, above, releaseBelow,
                  releaseAbove, c.number(props.get("weight"), 1, 0.01, 100, "weight"), depth, closing, shareOf));
            }
          }
        }
        case "palm" -> {
          // Either the side alone (palm: towards, or a list) or a rule with a weight.
          Node facing = v;
          double weight = 1;
          if (v instanceof MappingNode) {
            Map<String, Node> props = c.props(v, Set.of("facing", "weight"), "a palm rule");
            if (props == null) {
              continue;
            }
            facing = props.get("facing");
            weight = c.number(props.get("weight"), 1, 0.01, 100, "weight");
            if (facing == null) {
              c.problem(v, "palm: expected facing (towards, away or sideways)");
              continue;
            }
          }
          int problemsBefore = problems.size();
          Set<PalmFacing> facings = c.enumSet(facing, PalmFacing.class, "a palm facing");
          if (facings.isEmpty() && problems.size() == problemsBefore) {
            c.problem(facing, "palm: expected towards, away or sideways");
          }
          palm = new GestureDefinition.PalmRule(facings, weight);
        }
        case "speed" -> {
          Map<String, Node> props = c.props(v, Set.of("below", "above", "releaseBelow", "releaseAbove", "weight"),
              "a speed rule");
          if (props == null) {
            continue;
          }
          double below = c.number(props.get("below"), Double.NaN, 0, MAX_SPEED, "speed.below");
          double above = c.number(props.get("above"), Double.NaN, 0, MAX_SPEED, "speed.above");
          if (!props.containsKey("below") && !props.containsKey("above")) {
            c.problem(v, "speed: expected below and/or above (in hand sizes per second)");
          }
          if (!Double.isNaN(below) && !Double.isNaN(above) && above >= below) {
            c.problem(v, "speed: above (" + above + ") must be under below (" + below + "), or no speed can start it");
          }
          // While under way the bounds may only get looser, as for distances.
          double releaseBelow = c.number(props.get("releaseBelow"), Double.NaN, Double.isNaN(below) ? 0 : below,
              MAX_SPEED, "speed.releaseBelow");
          double releaseAbove = c.number(props.get("releaseAbove"), Double.NaN, 0,
              Double.isNaN(above) ? MAX_SPEED : above, "speed.releaseAbove");
          speed = new GestureDefinition.SpeedRule(below, above, releaseBelow, releaseAbove,
              c.number(props.get("weight"), 1, 0.01, 100, "weight"));
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
          Map<String, Node> props = c.props(v, Set.of("fingers", "maxChangeDegrees", "withinMillis", "weight"),
              "steady settings");
          if (props != null) {
            Set<Finger> fs = c.enumSet(props.get("fingers"), Finger.class, "a finger");
            if (fs.isEmpty()) {
              c.problem(v, "steady: expected fingers (a list)");
            }
            steady = new GestureDefinition.SteadyRule(fs, c.number(props.get("maxChangeDegrees"), 40, 0, 360,
                "steady.maxChangeDegrees"), (long) c.number(props.get("withinMillis"), 300, 50, 5000,
                "steady.withinMillis"), c.number(props.get("weight"), 1, 0.01, 100, "weight"));
          }
        }
        case "priority" -> priority = (int) c.number(v, 0, -100, 100, "priority");
        case "timing" -> {
          Map<String, Node> props = c.props(v, Set.of("confirmMillis", "refractoryMillis"), "timing settings");
          if (props != null) {
            confirm = (long) c.number(props.get("confirmMillis"), confirm, 0, 5000, "timing.confirmMillis");
            refractory = (long) c.number(props.get("refractoryMillis"), refractory, 0, 10000, "timing.refractoryMillis");
          }
        }
        case "motion" -> {
          Map<String, Node> props = c.props(v, Set.of("pose", "direction", "minDistance", "withinMillis",
              "lockoutMillis", "openFingers", "except", "settleMillis", "endSpeedShare", "returnLockoutMillis",
              "minPresence"),
              "motion settings");
          if (props != null) {
            String pose = props.containsKey("pose") ? c.scalar(props.get("pose"), "a gesture name") : null;
            FingerDirection dir = c.enumValue(props.get("direction"), FingerDirection.class, "a direction");
            if (dir == null && !props.containsKey("direction")) {
              c.problem(v, "motion: expected a direction (up, down, left, right)");
            }
            Set<String> except = new java.util.TreeSet<>();
            if (props.containsKey("except")) {
              for (Node item : c.sequence(props.get("except"), "motion.except")) {
                String g = c.scalar(item, "a gesture name");
                if (g != null) {
                  except.add(g);
                }
              }
            }
            long lockout = (long) c.number(props.get("lockoutMillis"), 600, 0, 10000, "motion.lockoutMillis");
            motion = new MotionRule(pose, dir, c.number(props.get("minDistance"), 1.5, 0.1, 20, "motion.minDistance"),
                (long) c.number(props.get("withinMillis"), 400, 50, 5000, "motion.withinMillis"), lockout,
                (int) c.number(props.get("openFingers"), 0, 0, 4, "motion.openFingers"), except,
                (long) c.number(props.get("settleMillis"), 0, 0, 5000, "motion.settleMillis"),
                c.number(props.get("endSpeedShare"), 0, 0, 1, "motion.endSpeedShare"),
                (long) c.number(props.get("returnLockoutMillis"), lockout, 0, 10000, "motion.returnLockoutMillis"),
                c.number(props.get("minPresence"), 0, 0, 1, "motion.minPresence"));
            if (pose != null && (motion.openFingers() > 0 || motion.endSpeedShare() > 0)) {
              c.problem(v, "motion: a pose-style swipe (pose: " + pose + ") takes no openFingers or endSpeedShare;"
                  + " drop the pose to judge the hand's shape over the stroke");
            }
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
        || speed != null || steady != null;
    if (motion != null && poseConditions) {
      c.problem(motionNode, "a motion gesture takes its pose from motion.pose; fingers, count, distances, palm and"
          + " speed belong in that pose's own file");
    }
    if (motion == null && !poseConditions && problems.size() == before) {
      problems.add(new GestureProblem(file, 1, "no condition: expected fingers, count, distances, palm or speed (or"
          + " motion)"));
    }
    if (exit > enter) {
      c.problem(scoreNode != null ? scoreNode : top, "score.exit (" + exit + ") must not be above score.enter (" + enter + ")");
    }
    if (problems.size() > before) {
      return null;
    }
    return new GestureDefinition(name, file, List.copyOf(fingers), List.copyOf(counts), List.copyOf(distances), palm,
        speed, enter, exit, priority, confirm, refractory, motion, steady);
  }
}
