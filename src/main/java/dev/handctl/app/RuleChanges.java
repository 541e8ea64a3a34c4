package dev.handctl.app;

import dev.handctl.action.Binding;
import dev.handctl.config.SettingsDiff;
import dev.handctl.gesture.GestureDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a reload changed, in words for the log: settings by path, gestures by name, bindings by count. */
final class RuleChanges {
  private RuleChanges() {}

  /**
   * Describes the changes between two sets of rules.
   *
   * @param before the rules in use
   * @param after the rules read
   * @return for example {@code changed: pointer.gain: 1.0 -> 1.5; gestures changed: pinch}, or
   *     {@code nothing changed}
   */
  static String describe(Rules before, Rules after) {
    List<String> parts = new ArrayList<>();
    List<String> settings = SettingsDiff.changes(before.config(), after.config());
    if (!settings.isEmpty()) {
      parts.add("settings changed: " + String.join(", ", settings));
    }
    Map<String, GestureDefinition> old = new HashMap<>();
    for (GestureDefinition g : before.gestures()) {
      old.put(g.name(), g);
    }
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (GestureDefinition g : after.gestures()) {
      GestureDefinition was = old.remove(g.name());
      if (was == null) {
        added.add(g.name());
      } else if (!was.equals(g)) {
        changed.add(g.name());
      }
    }
    gestures(parts, "added", added);
    gestures(parts, "changed", changed);
    gestures(parts, "removed", new ArrayList<>(old.keySet()));
    List<Binding> gone = new ArrayList<>(before.bindings());
    List<Binding> fresh = new ArrayList<>();
    for (Binding b : after.bindings()) {
      if (!gone.remove(b)) {
        fresh.add(b);
      }
    }
    if (!fresh.isEmpty() || !gone.isEmpty()) {
      parts.add("bindings: " + fresh.size() + " new or changed, " + gone.size() + " gone");
    }
    return parts.isEmpty() ? "nothing changed" : String.join("; ", parts);
  }

  private static void gestures(List<String> parts, String how, List<String> names) {
    if (!names.isEmpty()) {
      names.sort(null);
      parts.add("gestures " + how + ": " + String.join(", ", names));
    }
  }
}
