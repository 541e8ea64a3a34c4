package dev.handctl.action;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The key names bindings and hotkeys may use. Each output backend maps them to its own codes
 * ({@code shell.AwtKeyCodes} for {@code java.awt.Robot}, evdev codes for Wayland and uinput).
 *
 * <p>Names are lower case: letters {@code a}-{@code z}, digits, {@code f1}-{@code f24}, the
 * modifiers {@code ctrl}, {@code alt}, {@code shift}, {@code meta} (also {@code super},
 * {@code win}, {@code cmd}), and named keys such as {@code left}, {@code pageup},
 * {@code enter}, {@code escape}, {@code space}.
 */
public final class KeyNames {
  private static final Set<String> NAMES = new LinkedHashSet<>();
  private static final Map<String, String> ALIASES = new LinkedHashMap<>();
  private static final List<String> MODIFIERS = List.of("ctrl", "alt", "shift", "meta");

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      NAMES.add(String.valueOf(c));
    }
    for (char c = '0'; c <= '9'; c++) {
      NAMES.add(String.valueOf(c));
    }
    for (int i = 1; i <= 24; i++) {
      NAMES.add("f" + i);
    }
    NAMES.addAll(List.of("ctrl", "alt", "shift", "meta", "left", "right", "up", "down", "home", "end",
        "pageup", "pagedown", "enter", "escape", "tab", "space", "backspace", "delete", "insert",
        "printscreen", "minus", "equals", "comma", "period", "slash", "backslash", "semicolon", "quote",
        "backquote", "bracketleft", "bracketright"));
    ALIASES.put("control", "ctrl");
    ALIASES.put("super", "meta");
    ALIASES.put("win", "meta");
    ALIASES.put("cmd", "meta");
    ALIASES.put("command", "meta");
    ALIASES.put("return", "enter");
    ALIASES.put("esc", "escape");
    ALIASES.put("del", "delete");
    ALIASES.put("pgup", "pageup");
    ALIASES.put("pgdn", "pagedown");
  }

  private KeyNames() {}

  /**
   * Returns the canonical name of a key.
   *
   * @param name a name or alias, any case
   * @return the canonical name, or null when the name is unknown
   */
  public static String canonical(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    n = ALIASES.getOrDefault(n, n);
    return NAMES.contains(n) ? n : null;
  }

  /** Returns whether a canonical name is a modifier (ctrl, alt, shift, meta). */
  public static boolean isModifier(String canonicalName) {
    return MODIFIERS.contains(canonicalName);
  }

  /** Returns every canonical name, sorted, for messages. */
  public static List<String> all() {
    return Collections.unmodifiableList(new ArrayList<>(new TreeSet<>(NAMES)));
  }
}
