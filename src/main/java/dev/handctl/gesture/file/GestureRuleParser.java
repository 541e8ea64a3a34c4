package dev.handctl.gesture.file;

import dev.handctl.gesture.Finger;
import dev.handctl.gesture.FingerCurl;
import dev.handctl.gesture.FingerDirection;
import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GestureProblem;
import dev.handctl.gesture.MotionRule;
import dev.handctl.gesture.PalmFacing;
import dev.handctl.hand.KeypointName;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads the rule blocks of one gesture file (fingers, count, distances, palm, speed, steady,
 * motion) for {@link GestureFileLoader}, which reads the file's top level and checks the blocks
 * against each other. Each mistake goes to the problems with its line, and reading goes on, so that
 * one run reports them all. One per file.
 */
final class GestureRuleParser {
  /** Fastest speed a rule may name, in hand sizes per second (quick sweeps measure 6-25). */
  private static final double MAX_SPEED = 100;

  private final YamlNodeReader c;
  private final List<GestureProblem> problems;

  /**
   * Creates a parser for one file's blocks.
   *
   * @param c reads the file's nodes and reports their mistakes
   * @param problems the list {@code c} reports to, to tell whether a block added a problem
   */
  GestureRuleParser(YamlNodeReader c, List<GestureProblem> problems) {
    this.c = c;
    this.problems = problems;
  }

  /** Adds the rules of a {@code fingers} block; a finger with a mistake adds none. */
  void fingers(Node v, List<GestureDefinition.FingerRule> fingers) {
    for (NodeTuple ft : c.mapping(v, "fingers")) {
      Finger f = c.enumValue(ft.getKeyNode(), Finger.class, "a finger");
      Map<String, Node> props = c.props(ft.getValueNode(),
          Set.of("curl", "direction", "bendBelow", "recentMillis", "weight"), "a finger rule");
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

  /** Adds the rules of a {@code count} block; a rule with a mistake adds none. */
  void counts(Node v, List<GestureDefinition.CountRule> counts) {
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

  /** Adds the rules of a {@code distances} block; a rule without both keypoints adds none. */
  void distances(Node v, List<GestureDefinition.DistanceRule> distances) {
    for (Node item : c.sequence(v, "distances")) {
      Map<String, Node> props = c.props(item, Set.of("from", "to", "below", "above", "releaseBelow",
          "releaseAbove", "weight", "depth", "closing", "shareOf"), "a distance rule");
      if (props == null) {
        continue;
      }
      KeypointName from = c.enumValue(props.get("from"), KeypointName.class, "a keypoint");
      KeypointName to = c.enumValue(props.get("to"), KeypointName.class, "a keypoint");
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
          KeypointName sf = c.enumValue(sp.get("from"), KeypointName.class, "a keypoint");
          KeypointName st = c.enumValue(sp.get("to"), KeypointName.class, "a keypoint");
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

  /**
   * Reads a {@code palm} block: the side alone, or a rule with a weight.
   *
   * @return the rule, or null when the block is too wrong to give one
   */
  GestureDefinition.PalmRule palm(Node v) {
    // Either the side alone (palm: towards, or a list) or a rule with a weight.
    Node facing = v;
    double weight = 1;
    if (v instanceof MappingNode) {
      Map<String, Node> props = c.props(v, Set.of("facing", "weight"), "a palm rule");
      if (props == null) {
        return null;
      }
      facing = props.get("facing");
      weight = c.number(props.get("weight"), 1, 0.01, 100, "weight");
      if (facing == null) {
        c.problem(v, "palm: expected facing (towards, away or sideways)");
        return null;
      }
    }
    int problemsBefore = problems.size();
    Set<PalmFacing> facings = c.enumSet(facing, PalmFacing.class, "a palm facing");
    if (facings.isEmpty() && problems.size() == problemsBefore) {
      c.problem(facing, "palm: expected towards, away or sideways");
    }
    return new GestureDefinition.PalmRule(facings, weight);
  }

  /**
   * Reads a {@code speed} block.
   *
   * @return the rule, or null when the block is not a mapping of known keys
   */
  GestureDefinition.SpeedRule speed(Node v) {
    Map<String, Node> props = c.props(v, Set.of("below", "above", "releaseBelow", "releaseAbove", "weight"),
        "a speed rule");
    if (props == null) {
      return null;
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
    return new GestureDefinition.SpeedRule(below, above, releaseBelow, releaseAbove,
        c.number(props.get("weight"), 1, 0.01, 100, "weight"));
  }

  /**
   * Reads a {@code steady} block.
   *
   * @return the rule, or null when the block is not a mapping of known keys
   */
  GestureDefinition.SteadyRule steady(Node v) {
    Map<String, Node> props = c.props(v, Set.of("fingers", "maxChangeDegrees", "withinMillis", "weight"),
        "steady settings");
    if (props != null) {
      Set<Finger> fs = c.enumSet(props.get("fingers"), Finger.class, "a finger");
      if (fs.isEmpty()) {
        c.problem(v, "steady: expected fingers (a list)");
      }
      return new GestureDefinition.SteadyRule(fs, c.number(props.get("maxChangeDegrees"), 40, 0, 360,
          "steady.maxChangeDegrees"), (long) c.number(props.get("withinMillis"), 300, 50, 5000,
          "steady.withinMillis"), c.number(props.get("weight"), 1, 0.01, 100, "weight"));
    }
    return null;
  }

  /**
   * Reads a {@code motion} block.
   *
   * @return the rule, or null when the block is not a mapping of known keys
   */
  MotionRule motion(Node v) {
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
      MotionRule motion = new MotionRule(pose, dir,
          c.number(props.get("minDistance"), 1.5, 0.1, 20, "motion.minDistance"),
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
      return motion;
    }
    return null;
  }
}
