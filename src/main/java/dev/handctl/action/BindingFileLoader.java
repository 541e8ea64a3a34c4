package dev.handctl.action;

import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GesturePhase;
import dev.handctl.gesture.GestureProblem;
import dev.handctl.gesture.file.YamlNodeReader;
import dev.handctl.io.BoundedFiles;
import dev.handctl.io.RefusedFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a bindings file (YAML) and reports every mistake with its file and line: unknown gestures,
 * actions, buttons or keys, settings that do not fit the action, numbers out of range, two pointer
 * actions on one gesture, a key binding that would press the pause hotkey.
 *
 * <pre>
 * bindings:
 *   - {gesture: pointing, action: move}
 *   - {gesture: pinch, action: drag, button: left}
 *   - {gesture: swipe_up, action: scroll, direction: down, steps: 5}
 *   - {gesture: victory, action: key, keys: ctrl+alt+left, on: start}
 * </pre>
 */
public final class BindingFileLoader {
  private static final Set<String> ITEM_KEYS =
      Set.of("gesture", "action", "on", "button", "keys", "hold", "direction", "steps", "rate", "hand",
          "apps");
  private static final double DEFAULT_SCROLL_STEPS = 3;

  /**
   * The bindings read and the problems found.
   *
   * @param bindings the valid bindings, in file order
   * @param problems every mistake; a binding with a mistake is left out
   */
  public record Result(List<Binding> bindings, List<GestureProblem> problems) {
    /** Returns whether nothing was wrong. */
    public boolean clean() {
      return problems.isEmpty();
    }

    /** Returns the problems as one message: a count, then one problem per line. */
    public String problemReport() {
      StringBuilder b = new StringBuilder("bindings have " + problems.size() + " problem(s):");
      problems.forEach(p -> b.append(System.lineSeparator()).append("  ").append(p));
      return b.toString();
    }
  }

  private BindingFileLoader() {}

  /**
   * Reads a bindings file.
   *
   * @param file the file
   * @param gestures the gestures in use, which bindings may name
   * @param pauseHotkey the pause hotkey, which a key binding must not press (null: not checked)
   * @return the bindings and problems
   */
  public static Result load(Path file, List<GestureDefinition> gestures, KeyChord pauseHotkey) {
    String text;
    try {
      text = BoundedFiles.readConfigText(file);
    } catch (RefusedFileException e) {
      String prefix = file + ": ";
      String m = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
      return new Result(List.of(), List.of(new GestureProblem(file.toString(), 0, m)));
    }
    return parse(file.toString(), text, gestures, pauseHotkey);
  }

  /**
   * Parses a bindings file's text.
   *
   * @param file its name, for messages
   * @param text its content
   * @param gestures the gestures in use, which bindings may name
   * @param pauseHotkey the pause hotkey, which a key binding must not press (null: not checked)
   * @return the bindings and problems
   */
  public static Result parse(String file, String text, List<GestureDefinition> gestures, KeyChord pauseHotkey) {
    List<GestureProblem> problems = new ArrayList<>();
    Node root = YamlNodeReader.compose(file, text, problems);
    if (!problems.isEmpty()) {
      return new Result(List.of(), List.copyOf(problems));
    }
    YamlNodeReader c = new YamlNodeReader(file, problems);
    Map<String, GestureDefinition> byName = new HashMap<>();
    gestures.forEach(g -> byName.put(g.name(), g));
    List<Binding> bindings = new ArrayList<>();
    if (!(root instanceof MappingNode top)) {
      problems.add(new GestureProblem(file, 1, "expected a mapping with a 'bindings:' list"));
      return new Result(List.of(), List.copyOf(problems));
    }
    Node list = null;
    for (NodeTuple t : top.getValue()) {
      String key = c.scalar(t.getKeyNode(), "a key");
      if ("bindings".equals(key)) {
        list = t.getValueNode();
      } else if (key != null) {
        c.problem(t.getKeyNode(), "unknown key '" + key + "'; expected 'bindings'");
      }
    }
    if (list == null) {
      problems.add(new GestureProblem(file, 1, "missing 'bindings:' (a list of {gesture, action, ...})"));
      return new Result(List.of(), List.copyOf(problems));
    }
    Map<String, Binding> pointerBindings = new HashMap<>();
    for (Node item : c.sequence(list, "bindings")) {
      int before = problems.size();
      Binding b = item(c, item, byName, pauseHotkey);
      if (b == null || problems.size() > before) {
        continue;
      }
      if (b.pointer()) {
        Binding other = pointerBindings.putIfAbsent(b.gesture() + "/" + b.hand().key() + "/" + b.apps(), b);
        if (other != null) {
          c.problem(item, "gesture '" + b.gesture() + "' already steers the pointer (" + other.action().key() + " at line "
              + other.line() + "); one pointer action (move, clutch, drag) per gesture and hand");
          continue;
        }
      }
      bindings.add(b);
    }
    return new Result(List.copyOf(bindings), List.copyOf(problems));
  }

  private static Binding item(YamlNodeReader c, Node item, Map<String, GestureDefinition> gestures,
      KeyChord pauseHotkey) {
    Map<String, Node> p = c.props(item, ITEM_KEYS, "a binding");
    if (p == null) {
      return null;
    }
    String gesture = p.containsKey("gesture") ? c.scalar(p.get("gesture"), "a gesture name") : null;
    if (gesture == null) {
      if (!p.containsKey("gesture")) {
        c.problem(item, "missing gesture: expected one of " + new TreeSet<>(gestures.keySet()));
      }
      return null;
    }
    GestureDefinition def = gestures.get(gesture);
    if (def == null) {
      c.problem(p.get("gesture"), "unknown gesture '" + gesture + "'; expected one of " + new TreeSet<>(gestures.keySet()));
    }
    ActionKind action = c.enumValue(p.get("action"), ActionKind.class, "an action");
    if (action == null) {
      if (!p.containsKey("action")) {
        c.problem(item, "missing action: expected one of " + actionNames());
      }
      return null;
    }
    boolean motion = def != null && def.isMotion();
    GesturePhase on = GesturePhase.START;
    if (p.containsKey("on")) {
      GesturePhase parsed = c.enumValue(p.get("on"), GesturePhase.class, "a phase");
      on = parsed != null ? parsed : on;
      if (parsed != null && motion && parsed != GesturePhase.START) {
        c.problem(p.get("on"), "'" + gesture + "' is a motion gesture: it fires once, as a start, so 'on' can only be start");
      }
    }
    MouseButton button = MouseButton.LEFT;
    if (p.containsKey("button")) {
      MouseButton parsed = c.enumValue(p.get("button"), MouseButton.class, "a button");
      button = parsed != null ? parsed : button;
      if (action != ActionKind.CLICK && action != ActionKind.DOUBLE_CLICK && action != ActionKind.DRAG) {
        c.problem(p.get("button"), "'button' applies to click, double_click and drag, not to " + action.key());
      }
    }
    KeyChord keys = null;
    boolean hold = false;
    if (action == ActionKind.KEY) {
      if (!p.containsKey("keys")) {
        c.problem(item, "a key action needs 'keys', such as ctrl+alt+left");
        return null;
      }
      String text = c.scalar(p.get("keys"), "keys joined by '+'");
      if (text == null) {
        return null;
      }
      try {
        keys = KeyChord.parse(text);
      } catch (IllegalArgumentException e) {
        c.problem(p.get("keys"), e.getMessage());
        return null;
      }
      if (keys.sameKeys(pauseHotkey)) {
        c.problem(p.get("keys"), "keys " + keys + " are the pause hotkey; a gesture must not press it (handctl would"
            + " pause itself)");
      }
      if (p.containsKey("hold")) {
        hold = bool(c, p.get("hold"), "hold");
      }
    } else {
      for (String k : List.of("keys", "hold")) {
        if (p.containsKey(k)) {
          c.problem(p.get(k), "'" + k + "' applies to key actions, not to " + action.key());
        }
      }
    }
    ScrollDirection direction = null;
    double steps = 0;
    boolean rate = false;
    if (action == ActionKind.SCROLL) {
      direction = c.enumValue(p.get("direction"), ScrollDirection.class, "a direction");
      if (!p.containsKey("direction")) {
        c.problem(item, "a scroll action needs a direction: up, down, left or right");
      }
      if (p.containsKey("steps") && p.containsKey("rate")) {
        c.problem(p.get("rate"), "give either steps (per firing) or rate (steps per second while the pose lasts)");
      }
      rate = p.containsKey("rate");
      steps = rate ? c.number(p.get("rate"), 10, 0.5, 200, "rate (steps per second)")
          : Math.rint(c.number(p.get("steps"), DEFAULT_SCROLL_STEPS, 1, 100, "steps"));
      if (direction == null) {
        return null;
      }
    } else {
      for (String k : List.of("direction", "steps", "rate")) {
        if (p.containsKey(k)) {
          c.problem(p.get(k), "'" + k + "' applies to scroll actions, not to " + action.key());
        }
      }
    }
    HandSelector hand = HandSelector.PRIMARY;
    if (p.containsKey("hand")) {
      HandSelector parsed = c.enumValue(p.get("hand"), HandSelector.class, "a hand");
      hand = parsed != null ? parsed : hand;
    }
    boolean lasting = action.lasting() || (action == ActionKind.SCROLL && rate) || (action == ActionKind.KEY && hold);
    if (lasting && p.containsKey("on")) {
      c.problem(p.get("on"), action.key() + (rate ? " with a rate" : hold ? " with hold" : "")
          + " lasts while the pose does; 'on' applies only to actions that fire once");
    }
    if (lasting && motion) {
      c.problem(p.get("action"), "'" + gesture + "' is a motion gesture: it fires once and has no duration, so it"
          + " cannot drive " + action.key() + (rate ? " with a rate" : hold ? " with hold" : "")
          + "; bind a pose (such as " + (def.motion().pose() != null ? def.motion().pose() : "open_palm") + ") instead");
    }
    if (def == null) {
      return null;
    }
    List<String> apps = List.of();
    if (p.containsKey("apps")) {
      apps = apps(c, p.get("apps"));
      if (apps == null) {
        return null;
      }
    }
    return new Binding(gesture, action, lasting ? GesturePhase.START : on, button, keys, hold, direction, steps, rate,
        hand, apps, c.file(), item.getStartMark().getLine() + 1);
  }

  /** {@code apps: [firefox, "org.gnome.Evince"]}: application names, at least one. */
  private static List<String> apps(YamlNodeReader c, Node node) {
    if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      c.problem(node, "apps: expected a list of application names, such as [firefox, \"org.gnome.Evince\"]");
      return null;
    }
    List<String> names = new ArrayList<>();
    for (Node n : seq.getValue()) {
      String name = c.scalar(n, "an application name");
      if (name == null) {
        return null;
      }
      if (name.isEmpty()) {
        c.problem(n, "apps: an empty application name");
        return null;
      }
      names.add(name);
    }
    return names;
  }

  private static boolean bool(YamlNodeReader c, Node n, String what) {
    String v = c.scalar(n, what + " (true or false)");
    if ("true".equals(v) || "false".equals(v)) {
      return Boolean.parseBoolean(v);
    }
    if (v != null) {
      c.problem(n, what + ": expected true or false, got '" + v + "'");
    }
    return false;
  }

  private static List<String> actionNames() {
    return java.util.Arrays.stream(ActionKind.values()).map(ActionKind::key).toList();
  }
}
