package dev.handctl.config;

import dev.handctl.action.KeyChord;
import dev.handctl.gesture.GestureProblem;
import dev.handctl.hand.KeypointName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a settings file's YAML node tree into checked values by dotted name, recording every
 * problem with its line: unknown names (with a "did you mean"), values of the wrong type, out of
 * range, NaN, infinite or empty, a setting given twice. Settings may be nested
 * ({@code pointer: {gainPxPerHandSize: 900}}) or written with dots ({@code pointer.gainPxPerHandSize: 900}).
 */
final class SettingsReader {
  private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");
  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern INFINITY = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
  private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");
  private static final Pattern MODEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,100}");

  /**
   * What a file set.
   *
   * @param values checked values by dotted name: Long, Double, Boolean, String or a List of them
   * @param lines each name's 1-based line
   * @param problems every mistake
   */
  record Parsed(Map<String, Object> values, Map<String, Integer> lines, List<GestureProblem> problems) {}

  private final String file;
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, Integer> lines = new LinkedHashMap<>();
  private final List<GestureProblem> problems = new ArrayList<>();

  private SettingsReader(String file) {
    this.file = file;
  }

  /**
   * Reads a file's node tree.
   *
   * @param file the file's name, for messages
   * @param root the root node, or null for an empty file
   * @return the values and problems
   */
  static Parsed read(String file, Node root) {
    SettingsReader r = new SettingsReader(file);
    if (root instanceof MappingNode m) {
      r.section(m, "");
    } else if (root != null && !(root instanceof ScalarNode s && s.getTag().equals(Tag.NULL))) {
      r.problem(root, "expected settings (a mapping such as 'pointer: {gainPxPerHandSize: 900}'), got a " + kind(root));
    }
    return new Parsed(r.values, r.lines, List.copyOf(r.problems));
  }

  private void section(MappingNode m, String prefix) {
    for (NodeTuple t : m.getValue()) {
      Node keyNode = t.getKeyNode();
      if (!(keyNode instanceof ScalarNode ks) || ks.getValue().isBlank()) {
        problem(keyNode, "expected a setting name, got a " + kind(keyNode));
        continue;
      }
      String key = prefix + ks.getValue().strip();
      Node v = t.getValueNode();
      SettingsSchema.Rule rule = SettingsSchema.rule(key);
      if (rule != null) {
        Integer earlier = lines.get(key);
        if (earlier != null) {
          problem(keyNode, key + ": set twice (also at line " + earlier + ")");
          continue;
        }
        lines.put(key, line(keyNode));
        Object value = value(rule, v);
        if (value != null) {
          values.put(key, value);
        }
      } else if (SettingsSchema.isSection(key)) {
        if (v instanceof MappingNode child) {
          section(child, key + ".");
        } else {
          problem(v, key + ": expected the settings under it (" + String.join(", ", SettingsSchema.children(key))
              + "), got " + got(v));
        }
      } else if (SettingsSchema.movedToModel(key) != null) {
        problem(keyNode, key + ": " + SettingsSchema.movedToModel(key));
      } else {
        String guess = SettingsSchema.suggest(key);
        String parent = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : "";
        problem(keyNode, "unknown setting '" + shown(key) + "'"
            + (guess != null ? "; did you mean '" + guess + "'?"
                : SettingsSchema.isSection(parent) || parent.isEmpty()
                    ? "; expected one of " + SettingsSchema.children(SettingsSchema.isSection(parent) ? parent : "")
                    : ""));
      }
    }
  }

  /** Returns the checked value, or null after recording why it is wrong. */
  private Object value(SettingsSchema.Rule rule, Node v) {
    return switch (rule.kind()) {
      case KEYPOINTS -> list(rule, v);
      default -> {
        String text = scalar(rule, v);
        yield text == null ? null : single(rule, v, text);
      }
    };
  }

  private Object single(SettingsSchema.Rule rule, Node v, String text) {
    String key = rule.key();
    switch (rule.kind()) {
      case WHOLE -> {
        if (!INTEGER.matcher(text).matches()) {
          return wrong(rule, v, text);
        }
        long n;
        try {
          n = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
          return wrong(rule, v, text); // more digits than a long holds
        }
        return rule.inRange(n) ? (Object) n : wrong(rule, v, text);
      }
      case NUMBER -> {
        double d;
        if (INFINITY.matcher(text).matches()) {
          d = text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (NAN.matcher(text).matches()) {
          d = Double.NaN;
        } else if (DECIMAL.matcher(text).matches()) {
          d = Double.parseDouble(text);
        } else {
          return wrong(rule, v, text);
        }
        return rule.inRange(d) ? (Object) d : wrong(rule, v, text);
      }
      case SWITCH -> {
        if (!v.getTag().equals(Tag.BOOL)) {
          return wrong(rule, v, text);
        }
        String t = text.toLowerCase(Locale.ROOT);
        return t.equals("true") || t.equals("yes") || t.equals("on");
      }
      case MODEL -> {
        // A name is looked up as NAME.json inside the models folder; separators or .. could leave it.
        return v.getTag().equals(Tag.STR) && MODEL.matcher(text).matches() && !text.contains("..") ? text
            : wrong(rule, v, text);
      }
      case CHOICE -> {
        return rule.choices().contains(text) ? text : wrong(rule, v, text);
      }
      case KEYS -> {
        KeyChord chord;
        try {
          chord = KeyChord.parse(text);
        } catch (IllegalArgumentException e) {
          problem(v, key + ": " + e.getMessage());
          return null;
        }
        if (!chord.hasModifierAndKey()) {
          problem(v, key + ": expected " + rule.expected() + " (a bare key would be typed, a bare modifier never"
              + " fires), got '" + shown(text) + "'");
          return null;
        }
        return text;
      }
      default -> throw new IllegalStateException("not a single value: " + rule.kind());
    }
  }

  private List<Object> list(SettingsSchema.Rule rule, Node v) {
    if (!(v instanceof SequenceNode s)) {
      problem(v, rule.key() + ": expected " + rule.expected() + ", got " + got(v));
      return null;
    }
    int limit = KeypointName.values().length;
    if (s.getValue().isEmpty() || s.getValue().size() > limit) {
      problem(v, rule.key() + ": expected 1 to " + limit + " items, got " + s.getValue().size());
      return null;
    }
    List<Object> out = new ArrayList<>();
    boolean ok = true;
    for (Node item : s.getValue()) {
      String text = item instanceof ScalarNode sc && !sc.getTag().equals(Tag.NULL) ? sc.getValue().strip() : null;
      Object value = null;
      if (text != null && rule.kind() == SettingsSchema.Kind.KEYPOINTS && isKeypoint(text)) {
        value = text.toLowerCase(Locale.ROOT);
      }
      if (value == null) {
        problem(item, rule.key() + ": expected " + rule.expected() + "; this item is " + got(item)
            + (rule.kind() == SettingsSchema.Kind.KEYPOINTS ? " (keypoints: wrist, thumb_cmc ... pinky_tip)" : ""));
        ok = false;
      }
      out.add(value);
    }
    return ok ? List.copyOf(out) : null;
  }

  private static boolean isKeypoint(String name) {
    for (KeypointName k : KeypointName.values()) {
      if (k.name().equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /** Returns a scalar's text, or null after recording that the node is empty, a list or a mapping. */
  private String scalar(SettingsSchema.Rule rule, Node v) {
    if (v instanceof ScalarNode s && !s.getTag().equals(Tag.NULL) && !s.getValue().isBlank()) {
      return s.getValue().strip();
    }
    problem(v, rule.key() + ": expected " + rule.expected() + ", got " + got(v));
    return null;
  }

  private Object wrong(SettingsSchema.Rule rule, Node v, String text) {
    String what = INFINITY.matcher(text).matches() ? " (infinity)" : NAN.matcher(text).matches() ? " (not a number)" : "";
    problem(v, rule.key() + ": expected " + rule.expected() + ", got " + quoted(rule, text) + what);
    return null;
  }

  private static String quoted(SettingsSchema.Rule rule, String text) {
    boolean numeric = rule.kind() == SettingsSchema.Kind.WHOLE || rule.kind() == SettingsSchema.Kind.NUMBER;
    return numeric && (DECIMAL.matcher(text).matches() || INFINITY.matcher(text).matches()
        || NAN.matcher(text).matches()) ? shown(text) : "'" + shown(text) + "'";
  }

  private static String got(Node v) {
    if (v instanceof ScalarNode s) {
      return s.getTag().equals(Tag.NULL) || s.getValue().isBlank() ? "nothing (an empty value)" : "'" + shown(s.getValue()) + "'";
    }
    return "a " + kind(v);
  }

  /** A value as quoted in a message: long ones cut, control characters shown as '?'. */
  static String shown(String text) {
    String s = text.length() > 60 ? text.substring(0, 57) + "..." : text;
    return s.replaceAll("\\p{Cntrl}", "?");
  }

  private static String kind(Node n) {
    return n instanceof MappingNode ? "mapping" : n instanceof SequenceNode ? "list" : "value";
  }

  private static int line(Node n) {
    return n.getStartMark() != null ? n.getStartMark().getLine() + 1 : 0;
  }

  private void problem(Node n, String message) {
    problems.add(new GestureProblem(file, line(n), message));
  }
}
