package dev.handctl.gesture.file;

import dev.handctl.gesture.GestureProblem;
import dev.handctl.io.BoundedYaml;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads values out of a SnakeYAML node tree for the rule files (gestures, bindings), recording
 * every mistake with its file and line instead of stopping at the first: each method returns a
 * fallback (null, empty, the default) after recording the problem, so parsing goes on and all
 * mistakes of a file are reported together.
 *
 * @param file the file's name, for messages
 * @param problems receives the mistakes
 */
public record YamlNodeReader(String file, List<GestureProblem> problems) {

  /**
   * Parses a file's text into its node tree, within {@link BoundedYaml}'s limits.
   *
   * @param file its name, for messages
   * @param text its content
   * @param problems receives a syntax error, with its line
   * @return the root node, or null when the text is not YAML (the problem is recorded) or empty
   */
  public static Node compose(String file, String text, List<GestureProblem> problems) {
    BoundedYaml.Result r = BoundedYaml.compose(text);
    if (r.problem() != null) {
      problems.add(new GestureProblem(file, r.problem().line(), r.problem().message()));
    }
    return r.root();
  }

  /** Records a mistake at a node's line. */
  public void problem(Node n, String message) {
    problems.add(new GestureProblem(file, n.getStartMark().getLine() + 1, message));
  }

  /** Returns a scalar's text, stripped, or null (recorded) when the node is a list or mapping. */
  public String scalar(Node n, String what) {
    if (n instanceof ScalarNode s) {
      return s.getValue().strip();
    }
    problem(n, "expected " + what + ", got a " + kind(n));
    return null;
  }

  /** Returns a mapping's entries, or none (recorded) when the node is not a mapping. */
  public List<NodeTuple> mapping(Node n, String what) {
    if (n instanceof MappingNode m) {
      return m.getValue();
    }
    problem(n, what + ": expected a mapping, got a " + kind(n));
    return List.of();
  }

  /** Returns a list's items, or none (recorded) when the node is not a list. */
  public List<Node> sequence(Node n, String what) {
    if (n instanceof SequenceNode s) {
      return s.getValue();
    }
    problem(n, what + ": expected a list, got a " + kind(n));
    return List.of();
  }

  /**
   * Returns a mapping's values by key, or null (recorded) when the node is not a mapping or has a key
   * outside {@code allowed}.
   */
  public Map<String, Node> props(Node n, Set<String> allowed, String what) {
    if (!(n instanceof MappingNode m)) {
      problem(n, "expected " + what + " (a mapping), got a " + kind(n));
      return null;
    }
    Map<String, Node> out = new HashMap<>();
    boolean ok = true;
    for (NodeTuple t : m.getValue()) {
      String k = scalar(t.getKeyNode(), "a key");
      if (k == null || !allowed.contains(k)) {
        if (k != null) {
          problem(t.getKeyNode(), "unknown key '" + k + "' in " + what + "; expected one of "
              + new java.util.TreeSet<>(allowed));
        }
        ok = false;
        continue;
      }
      out.put(k, t.getValueNode());
    }
    return ok ? out : null;
  }

  /** Returns the enum constant a scalar names (any case), null for a missing node, null (recorded) for an unknown name. */
  public <E extends Enum<E>> E enumValue(Node n, Class<E> type, String what) {
    if (n == null) {
      return null;
    }
    String v = scalar(n, what);
    if (v == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      Function<E, String> key = x -> x.name().toLowerCase(Locale.ROOT);
      List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(key).toList();
      problem(n, "unknown " + what.replaceFirst("^an? ", "") + " '" + v + "'; expected one of " + names);
      return null;
    }
  }

  /** Returns the constants a scalar or a list of scalars names; unknown names are recorded and left out. */
  public <E extends Enum<E>> Set<E> enumSet(Node n, Class<E> type, String what) {
    Set<E> out = EnumSet.noneOf(type);
    if (n == null) {
      return out;
    }
    List<Node> items = n instanceof SequenceNode s ? s.getValue() : List.of(n);
    for (Node item : items) {
      E e = enumValue(item, type, what);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  /** Returns a number within [min, max]; the fallback for a missing node, or (recorded) for a bad value. */
  public double number(Node n, double fallback, double min, double max, String what) {
    if (n == null) {
      return fallback;
    }
    String v = scalar(n, what);
    if (v == null) {
      return fallback;
    }
    try {
      double d = Double.parseDouble(v);
      if (!(d >= min && d <= max)) {
        problem(n, what + ": expected a number from " + fmt(min) + " to " + fmt(max) + ", got " + v);
        return fallback;
      }
      return d;
    } catch (NumberFormatException e) {
      problem(n, what + ": expected a number, got '" + v + "'");
      return fallback;
    }
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  private static String kind(Node n) {
    return n instanceof MappingNode ? "mapping" : n instanceof SequenceNode ? "list" : "value";
  }

}
