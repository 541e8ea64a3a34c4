package dev.handctl.config;

import static dev.handctl.config.YamlLines.active;
import static dev.handctl.config.YamlLines.body;
import static dev.handctl.config.YamlLines.commented;
import static dev.handctl.config.YamlLines.content;
import static dev.handctl.config.YamlLines.ending;
import static dev.handctl.config.YamlLines.join;
import static dev.handctl.config.YamlLines.leadingSpaces;
import static dev.handctl.config.YamlLines.lines;
import static dev.handctl.config.YamlLines.paths;
import static dev.handctl.config.YamlLines.withValue;

import dev.handctl.config.YamlLines.KeyLine;
import dev.handctl.io.BoundedYaml;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Sets one setting in the text of a user's {@code config.yaml} the way a person would: it replaces
 * the value on that key's line, or uncomments the key's line (and its blocks' lines) where the file
 * has it commented out as the template writes it ({@code #   gainPxPerHandSize: 1200}), or adds the
 * key under its block (adding the block at the end when there is none). Every other line, comments
 * and layout included, stays byte for byte as it was; the file is never serialised again.
 *
 * <p>Each edit is checked by reading the result back: the key must read as the value given and
 * every other setting as before, else the edit is refused with the reason (the file is left as it
 * was). No file access here: the caller reads and writes (atomically) the file.
 */
public final class ConfigEditor {

  private ConfigEditor() {}

  private static ConfigException refused(String message) {
    return new ConfigException(message, null);
  }

  /**
   * Sets a setting.
   *
   * @param text the file's text (may be empty)
   * @param key the dotted name, such as {@code pointer.acceleration.enabled}
   * @param value a Boolean, a whole number (Integer, Long), a Double or a String (one word)
   * @return the new text
   * @throws ConfigException when the name is not a setting, the value is not one it accepts, the
   *     file cannot be read as settings, or the edit would not read back as intended
   */
  public static String set(String text, String key, Object value) {
    if (SettingsSchema.rule(key) == null) {
      throw refused(key + ": not a setting");
    }
    String scalar = scalar(key, value);
    Map<String, Object> before = values(text, "the file");
    String oneLine = writtenOnOneLine(text, key);
    if (oneLine != null) {
      throw refused(key + ": " + oneLine + " is written on one line in this file ({...}); edit it by hand");
    }
    String[] ways = {replaceActive(text, key, scalar), uncomment(text, key, scalar), insert(text, key, scalar)};
    String lastProblem = "no way to place it in this file's layout";
    for (String candidate : ways) {
      if (candidate == null) {
        continue;
      }
      String problem = readsBack(candidate, before, key);
      if (problem == null) {
        return candidate;
      }
      lastProblem = problem;
    }
    throw refused(key + ": could not be set in this file (" + lastProblem + "); edit it by hand");
  }

  /** The block of the key that the file writes as a one-line value (a flow mapping), or null. */
  private static String writtenOnOneLine(String text, String key) {
    List<String> lines = lines(text);
    String[] paths = paths(lines);
    for (int i = 0; i < lines.size(); i++) {
      if (paths[i] != null && key.startsWith(paths[i] + ".") && !active(lines, i).block()) {
        return paths[i];
      }
    }
    return null;
  }

  private static String scalar(String key, Object value) {
    if (value instanceof Boolean b) {
      return b.toString();
    }
    if (value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof Double d && Double.isFinite(d)) {
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString(d.longValue());
      }
      return String.format(Locale.ROOT, "%s", d);
    }
    if (value instanceof String s && s.matches("[A-Za-z][A-Za-z0-9_+\\-]*")) {
      return s;
    }
    throw refused(key + ": cannot write the value " + value);
  }

  /** The file's settings by dotted name; throws when it cannot be read as settings. */
  private static Map<String, Object> values(String text, String what) {
    BoundedYaml.Result yaml = BoundedYaml.compose(text);
    if (yaml.problem() != null) {
      throw refused(what + " has a mistake at line " + yaml.problem().line() + " ("
          + yaml.problem().message() + "); fix it first");
    }
    SettingsReader.Parsed parsed = SettingsReader.read("config.yaml", yaml.root());
    if (!parsed.problems().isEmpty()) {
      throw refused(what + " has a mistake: " + parsed.problems().get(0) + "; fix it first");
    }
    return parsed.values();
  }

  /** Null when the candidate sets the key and leaves the rest; else what went wrong. */
  private static String readsBack(String candidate, Map<String, Object> before, String key) {
    Map<String, Object> after;
    try {
      after = new HashMap<>(values(candidate, "the edit"));
    } catch (ConfigException e) {
      return e.getMessage();
    }
    if (!after.containsKey(key)) {
      return "the edit does not set it";
    }
    after.remove(key);
    Map<String, Object> rest = new HashMap<>(before);
    rest.remove(key);
    return after.equals(rest) ? null : "the edit would change other settings";
  }












  private static String replaceActive(String text, String key, String scalar) {
    List<String> lines = lines(text);
    String[] paths = paths(lines);
    for (int i = 0; i < lines.size(); i++) {
      if (key.equals(paths[i])) {
        KeyLine k = active(lines, i);
        lines.set(i, withValue(" ".repeat(k.indent()), k.key(), k.rest(), scalar, ending(lines.get(i))));
        return join(lines);
      }
    }
    return null;
  }

  /** The deepest active block that is a prefix of the key: its line, or -1 for the file itself. */
  private static int deepestBlock(List<String> lines, String[] paths, String key) {
    int best = -1;
    int bestLength = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (paths[i] != null && key.startsWith(paths[i] + ".") && paths[i].length() > bestLength
          && active(lines, i).block()) {
        best = i;
        bestLength = paths[i].length();
      }
    }
    return best;
  }

  /** The end (exclusive) of the block whose header is at {@code header} (-1: the whole file). */
  private static int blockEnd(List<String> lines, int header) {
    if (header < 0) {
      return lines.size();
    }
    int indent = active(lines, header).indent();
    for (int i = header + 1; i < lines.size(); i++) {
      if (content(lines.get(i)) && leadingSpaces(body(lines.get(i))) <= indent) {
        return i;
      }
    }
    return lines.size();
  }


  private static String remaining(String[] paths, int header, String key) {
    return header < 0 ? key : key.substring(paths[header].length() + 1);
  }

  /** Uncomments the key's commented-out line, and the commented-out blocks above it, inside its deepest active block. */
  private static String uncomment(String text, String key, String scalar) {
    List<String> lines = lines(text);
    String[] paths = paths(lines);
    int header = deepestBlock(lines, paths, key);
    int end = blockEnd(lines, header);
    int minIndent = header < 0 ? 0 : active(lines, header).indent() + 1;
    String[] segments = remaining(paths, header, key).split("\\.");
    List<Integer> chain = new ArrayList<>();
    int from = header + 1;
    int level = minIndent;
    for (int s = 0; s < segments.length; s++) {
      int found = -1;
      for (int i = from; i < end; i++) {
        KeyLine c = commented(lines, i);
        if (c != null && (header < 0 && s == 0 ? c.indent() == 0 : c.indent() >= level) && c.key().equals(segments[s])
            && (s == segments.length - 1) != c.block()
            && underParent(lines, i, c.indent(), s == 0 ? header : chain.get(s - 1),
                s == 0 ? (header < 0 ? null : lastPart(active(lines, header).key())) : segments[s - 1])) {
          found = i;
          break;
        }
      }
      if (found < 0) {
        return null;
      }
      chain.add(found);
      KeyLine c = commented(lines, found);
      from = found + 1;
      level = c.indent() + 1;
      if (s < segments.length - 1) {
        end = commentedBlockEnd(lines, found, c.indent(), end);
      }
    }
    // Commented lines are indented however the user's "#" left them: line the first up with its
    // block's other keys, the rest by the same shift.
    int first = commented(lines, chain.get(0)).indent();
    int target = header < 0 ? 0 : childIndent(lines, header, first);
    int shift = target - first;
    for (int n = 0; n < chain.size(); n++) {
      int i = chain.get(n);
      KeyLine c = commented(lines, i);
      String indent = " ".repeat(Math.max(0, c.indent() + shift));
      String line = n == chain.size() - 1 ? withValue(indent, c.key(), c.rest(), scalar, ending(lines.get(i)))
          : indent + c.key() + ":" + c.rest() + ending(lines.get(i));
      lines.set(i, line);
    }
    return join(lines);
  }

  /**
   * Whether a commented-out key sits under the block it belongs to, as a reader sees it: the
   * nearest key line above it with less indent (active or commented out) is that block's header,
   * or a commented-out copy of it ({@code # pointer:} below an active {@code pointer:}). So a
   * {@code regionScale} commented out under {@code # detector:} is not taken for the landmarks' one.
   */
  private static boolean underParent(List<String> lines, int at, int indent, int parentLine, String parentKey) {
    for (int j = at - 1; j >= 0; j--) {
      KeyLine k = active(lines, j);
      if (k == null) {
        k = commented(lines, j);
      }
      if (k != null && k.indent() < indent) {
        return j == parentLine || parentKey != null && lastPart(k.key()).equals(parentKey);
      }
    }
    return parentLine < 0;
  }

  private static String lastPart(String key) {
    return key.substring(key.lastIndexOf('.') + 1);
  }

  /** The indent of an active block's keys: that of its first key, else the commented one's if deeper than the header. */
  private static int childIndent(List<String> lines, int header, int commentedIndent) {
    int headerIndent = active(lines, header).indent();
    int end = blockEnd(lines, header);
    for (int i = header + 1; i < end; i++) {
      if (content(lines.get(i))) {
        return leadingSpaces(body(lines.get(i)));
      }
    }
    return commentedIndent > headerIndent ? commentedIndent : headerIndent + 2;
  }

  /** Where a commented-out block ends: at the next commented-out or active key no deeper than it. */
  private static int commentedBlockEnd(List<String> lines, int header, int indent, int limit) {
    for (int i = header + 1; i < limit; i++) {
      KeyLine c = commented(lines, i);
      if (c != null && c.indent() <= indent || content(lines.get(i)) && leadingSpaces(body(lines.get(i))) <= indent) {
        return i;
      }
    }
    return limit;
  }

  /** Adds the key (and the blocks it lacks) as the first lines under its deepest active block, or at the end. */
  private static String insert(String text, String key, String scalar) {
    List<String> lines = lines(text);
    String[] paths = paths(lines);
    int header = deepestBlock(lines, paths, key);
    String[] segments = remaining(paths, header, key).split("\\.");
    String eol = lines.stream().anyMatch(l -> l.endsWith("\r")) ? "\r" : "";
    int indent;
    int step = 2;
    int at;
    if (header < 0) {
      indent = 0;
      at = lines.size();
      // at the end: after the last line's newline (the split leaves "" there)
      if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
        at = lines.size() - 1;
      }
    } else {
      KeyLine h = active(lines, header);
      indent = h.indent() + step;
      for (int i = header + 1; i < blockEnd(lines, header); i++) {
        if (content(lines.get(i))) {
          indent = leadingSpaces(body(lines.get(i)));
          break;
        }
      }
      step = Math.max(1, indent - h.indent());
      at = header + 1;
    }
    List<String> added = new ArrayList<>();
    for (int s = 0; s < segments.length; s++) {
      String pad = " ".repeat(indent + s * step);
      added.add(s == segments.length - 1 ? pad + segments[s] + ": " + scalar + eol : pad + segments[s] + ":" + eol);
    }
    if (header < 0 && at == lines.size()) {
      // no newline at the end of the file: start a line of our own
      int last = lines.size() - 1;
      lines.set(last, lines.get(last) + "\n" + String.join("\n", added));
      lines.add("");
      return join(lines);
    }
    lines.addAll(at, added);
    return join(lines);
  }

  /**
   * Reads a setting's value as written in the file, for tests and messages.
   *
   * @param text the file's text
   * @param key the dotted name
   * @return its value (Long, Double, Boolean, String), or null when the file does not set it
   */
  public static Object valueIn(String text, String key) {
    return values(text, "the file").get(Objects.requireNonNull(key));
  }
}
