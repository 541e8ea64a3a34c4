package dev.handctl.config;

import dev.handctl.action.PointerSettings;
import dev.handctl.io.BoundedYaml;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Writes what {@code handctl calibrate} found ({@code pointer.absoluteRegion} and
 * {@code pointer.gainPxPerHandSize}) into the text of the user's {@code config.yaml}, changing only
 * those settings' own lines: every other line, comment and blank line stays as it was. A setting
 * already there (nested under {@code pointer:}, or written with dots, as one line or as a block of
 * its own) is replaced where it is, keeping a comment at the end of its line; a setting not there
 * goes at the end of the {@code pointer:} block, or into a new one at the end of the file.
 *
 * <p>The result is checked before it is returned: it must read cleanly and differ from the original
 * in those two settings only; otherwise nothing is changed and the message says what to do. Settings
 * written in flow style ({@code pointer: {mode: absolute}}) are not edited (refused the same way).
 */
public final class CalibrationWriter {
  /** The region's key. */
  public static final String REGION_KEY = "pointer.absoluteRegion";
  /** The relative gain's key. */
  public static final String GAIN_KEY = "pointer.gainPxPerHandSize";

  private CalibrationWriter() {}

  /**
   * Returns the text with the region (and the gain, unless null) set.
   *
   * @param file the file's name, for messages
   * @param text the file's content ("" for a file that is not there)
   * @param region the region
   * @param gainPxPerHandSize the gain, or null to leave it alone
   * @return the new content
   * @throws ConfigException when the file does not read cleanly as it is, cannot be edited this way,
   *     or the edit would not give exactly these settings
   */
  public static String write(String file, String text, PointerSettings.CameraRegion region, Double gainPxPerHandSize) {
    ConfigLoader.Result before = ConfigLoader.check(file, text);
    if (!before.clean()) {
      throw new ConfigException(file + " has problems as it is; fix them first (handctl check-config), then"
          + " calibrate again. " + before.problemReport(), null);
    }
    String regionText = String.format(Locale.ROOT, "{left: %s, top: %s, right: %s, bottom: %s}",
        number(region.left()), number(region.top()), number(region.right()), number(region.bottom()));
    String out = set(file, text, REGION_KEY, regionText);
    if (gainPxPerHandSize != null) {
      out = set(file, out, GAIN_KEY, number(gainPxPerHandSize));
    }
    ConfigLoader.Result after = ConfigLoader.check(file, out);
    if (!after.clean()) {
      throw new ConfigException("editing " + file + " would break it (a bug); nothing written. "
          + after.problemReport(), null);
    }
    PointerSettings p = after.config().pointer();
    List<String> changes = SettingsDiff.changes(before.config(), after.config());
    boolean onlyOurs = changes.stream().allMatch(c -> c.startsWith("pointer.region")
        || c.startsWith("pointer.gainPxPerHandSize:"));
    if (!p.region().equals(region) || (gainPxPerHandSize != null && p.gainPxPerHandSize() != gainPxPerHandSize)
        || !onlyOurs) {
      throw new ConfigException("editing " + file + " would not set just " + REGION_KEY + " and " + GAIN_KEY
          + " (changes: " + changes + "); nothing written. Set them by hand: " + REGION_KEY + ": "
          + regionText, null);
    }
    return out;
  }

  /** Shortest exact text of a number: 0.25, 1768. */
  static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /** Sets one key (its value text given) in the text. */
  static String set(String file, String text, String key, String value) {
    BoundedYaml.Result yaml = BoundedYaml.compose(text);
    if (yaml.problem() != null) {
      throw new ConfigException(file + ":" + yaml.problem().line() + ": " + yaml.problem().message(), null);
    }
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
    Node root = yaml.root();
    List<Found> found = new ArrayList<>();
    NodeTuple section = null;
    String parent = key.substring(0, key.lastIndexOf('.'));
    String child = key.substring(key.lastIndexOf('.') + 1);
    if (root instanceof MappingNode m) {
      refuseFlow(file, m, key);
      find(m, "", key, found);
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().strip().equals(parent)) {
          section = t;
        }
      }
    } else if (root != null && !(root instanceof ScalarNode s && s.getValue().isEmpty())) {
      throw new ConfigException(file + ": expected settings (a mapping); nothing written", null);
    }
    if (!found.isEmpty()) {
      // Replace the first, delete the others (a block or a setting spread over dotted lines), from the bottom.
      for (int i = found.size() - 1; i >= 0; i--) {
        Found f = found.get(i);
        int first = f.key.getStartMark().getLine();
        Node leaf = leaf(f.value);
        int last = leaf.getEndMark().getLine();
        String tail = lines.get(last).substring(Math.min(lines.get(last).length(), leaf.getEndMark().getColumn()));
        String comment = tail.strip().startsWith("#") ? "  " + tail.strip() : "";
        for (int l = last; l >= first; l--) {
          lines.remove(l);
        }
        if (i == 0) {
          lines.add(first, " ".repeat(f.key.getStartMark().getColumn()) + key.substring(f.prefix.length()) + ": "
              + value + comment);
        }
      }
      return String.join(newline, lines);
    }
    if (section != null) {
      ScalarNode k = (ScalarNode) section.getKeyNode();
      Node v = section.getValueNode();
      if (v instanceof MappingNode pm && !pm.getValue().isEmpty()) {
        // At the end of the pointer block, indented as its first setting.
        NodeTuple lastEntry = pm.getValue().get(pm.getValue().size() - 1);
        int indent = pm.getValue().get(0).getKeyNode().getStartMark().getColumn();
        lines.add(leaf(lastEntry.getValueNode()).getEndMark().getLine() + 1, " ".repeat(indent) + child + ": " + value);
        return String.join(newline, lines);
      }
      // An empty "pointer:" does not get here: the file's check refuses it.
      throw refused(file, k, parent + " is not a block of settings");
    }
    // No pointer block: a new one at the end.
    int end = lines.size();
    while (end > 0 && lines.get(end - 1).isEmpty()) {
      end--;
    }
    List<String> added = new ArrayList<>(List.of("# Written by handctl calibrate (run it again at will).",
        parent + ":", "  " + child + ": " + value));
    if (end > 0) {
      added.add(0, "");
    }
    lines.subList(end, lines.size()).clear();
    lines.addAll(added);
    lines.add("");
    return String.join(newline, lines);
  }

  private record Found(ScalarNode key, Node value, String prefix) {}

  /** Finds the entries that set the key or a part of it, in file order. */
  private static void find(MappingNode m, String prefix, String key, List<Found> out) {
    for (NodeTuple t : m.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        continue;
      }
      String full = prefix + k.getValue().strip();
      if (full.equals(key) || full.startsWith(key + ".")) {
        out.add(new Found(k, t.getValueNode(), prefix));
      } else if (key.startsWith(full + ".") && t.getValueNode() instanceof MappingNode child) {
        find(child, full + ".", key, out);
      }
    }
  }

  /** Refuses a mapping in flow style on the way to the key (its lines cannot be edited one by one). */
  private static void refuseFlow(String file, MappingNode m, String key) {
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof MappingNode child) {
        String name = k.getValue().strip();
        if (key.startsWith(name + ".") && child.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
          throw refused(file, k, name + " is written in flow style ({...})");
        }
      }
    }
  }

  private static ConfigException refused(String file, ScalarNode at, String why) {
    return new ConfigException(file + ":" + (at.getStartMark().getLine() + 1) + ": " + why + "; handctl calibrate"
        + " edits only settings written as blocks (one 'name: value' a line). Rewrite it so, or set "
        + REGION_KEY + " and " + GAIN_KEY + " by hand; nothing written", null);
  }

  /**
   * The node whose end is the end of a value's text: the value itself, or for a block mapping or
   * list its last entry's (whose own end mark would be on the line of what follows).
   */
  private static Node leaf(Node value) {
    if (value instanceof CollectionNode<?> c && c.getFlowStyle() != DumperOptions.FlowStyle.FLOW) {
      List<?> children = c.getValue();
      if (!children.isEmpty()) {
        Object lastChild = children.get(children.size() - 1);
        return leaf(lastChild instanceof NodeTuple t ? t.getValueNode() : (Node) lastChild);
      }
    }
    return value;
  }
}
