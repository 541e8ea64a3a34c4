package dev.handctl.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a YAML settings file as {@link ConfigEditor} reads them: key lines, active or
 * commented out as the template writes them ({@code #   gainPxPerHandSize: 1200}), their indents,
 * their block paths, and a key line written again with a new value.
 */
final class YamlLines {
  /** An active key line: indent, key (possibly dotted), the rest after the colon. */
  static final Pattern KEY = Pattern.compile("^( *)([A-Za-z_][A-Za-z0-9_.\\-]*):(?=\\s|$)(.*)$");

  private YamlLines() {}

  /** A key line: where it is, its indent, its key (possibly dotted) and the rest after the colon. */
  record KeyLine(int index, int indent, String key, String rest) {
    boolean block() {
      String r = rest.strip();
      return r.isEmpty() || r.startsWith("#");
    }
  }

  /** The lines, each with its carriage return if it has one, so that each is written back as it was. */
  static List<String> lines(String text) {
    return new ArrayList<>(List.of(text.split("\n", -1)));
  }

  static String join(List<String> lines) {
    return String.join("\n", lines);
  }

  /** The line without a trailing carriage return; {@link #ending} gives it back. */
  static String body(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  static String ending(String line) {
    return line.endsWith("\r") ? "\r" : "";
  }

  static KeyLine active(List<String> lines, int i) {
    Matcher m = KEY.matcher(body(lines.get(i)));
    return m.matches() ? new KeyLine(i, m.group(1).length(), m.group(2), m.group(3)) : null;
  }

  /** A line commented out as the template does ("# " before the line), read as the line would be. */
  static KeyLine commented(List<String> lines, int i) {
    String b = body(lines.get(i));
    if (!b.startsWith("#")) {
      return null;
    }
    String inner = b.substring(1);
    if (inner.startsWith(" ")) {
      inner = inner.substring(1);
    }
    Matcher m = KEY.matcher(inner);
    return m.matches() ? new KeyLine(i, m.group(1).length(), m.group(2), m.group(3)) : null;
  }

  static boolean content(String line) {
    String s = body(line).strip();
    return !s.isEmpty() && !s.startsWith("#");
  }

  /** The key line with a new value, its trailing comment kept. */
  static String withValue(String indent, String key, String rest, String scalar, String ending) {
    String comment = trailingComment(rest);
    return indent + key + ": " + scalar + (comment.isEmpty() ? "" : " " + comment) + ending;
  }

  static String trailingComment(String rest) {
    boolean quoted = false;
    char quote = 0;
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (quoted) {
        quoted = c != quote;
      } else if (c == '"' || c == '\'') {
        quoted = true;
        quote = c;
      } else if (c == '#' && i > 0 && Character.isWhitespace(rest.charAt(i - 1))) {
        return rest.substring(i);
      }
    }
    return "";
  }

  /** The dotted path of each active line, by index (null for other lines). */
  static String[] paths(List<String> lines) {
    String[] paths = new String[lines.size()];
    List<KeyLine> stack = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      KeyLine k = active(lines, i);
      if (k == null) {
        continue;
      }
      while (!stack.isEmpty() && stack.get(stack.size() - 1).indent() >= k.indent()) {
        stack.remove(stack.size() - 1);
      }
      StringBuilder p = new StringBuilder();
      stack.forEach(s -> p.append(s.key()).append('.'));
      paths[i] = p + k.key();
      if (k.block()) {
        stack.add(k);
      }
    }
    return paths;
  }

  static int leadingSpaces(String s) {
    int n = 0;
    while (n < s.length() && s.charAt(n) == ' ') {
      n++;
    }
    return n;
  }
}
