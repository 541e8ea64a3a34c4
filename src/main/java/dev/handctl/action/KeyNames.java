package dev.handctl.action;

import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The key names bindings and hotkeys may use, and the key code of each.
 *
 * <p>Names are lower case: letters {@code a}-{@code z}, digits, {@code f1}-{@code f24}, the
 * modifiers {@code ctrl}, {@code alt}, {@code shift}, {@code meta} (also {@code super},
 * {@code win}, {@code cmd}), and named keys such as {@code left}, {@code pageup},
 * {@code enter}, {@code escape}, {@code space}. The codes are {@link KeyEvent} virtual-key
 * constants; they are compile-time numbers, so this class does not start AWT.
 */
public final class KeyNames {
  private static final Map<String, Integer> CODES = new LinkedHashMap<>();
  private static final Map<String, String> ALIASES = new LinkedHashMap<>();
  private static final List<String> MODIFIERS = List.of("ctrl", "alt", "shift", "meta");

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      CODES.put(String.valueOf(c), KeyEvent.VK_A + (c - 'a'));
    }
    for (char c = '0'; c <= '9'; c++) {
      CODES.put(String.valueOf(c), KeyEvent.VK_0 + (c - '0'));
    }
    for (int i = 1; i <= 12; i++) {
      CODES.put("f" + i, KeyEvent.VK_F1 + (i - 1));
    }
    for (int i = 13; i <= 24; i++) {
      CODES.put("f" + i, KeyEvent.VK_F13 + (i - 13));
    }
    CODES.put("ctrl", KeyEvent.VK_CONTROL);
    CODES.put("alt", KeyEvent.VK_ALT);
    CODES.put("shift", KeyEvent.VK_SHIFT);
    CODES.put("meta", KeyEvent.VK_META);
    CODES.put("left", KeyEvent.VK_LEFT);
    CODES.put("right", KeyEvent.VK_RIGHT);
    CODES.put("up", KeyEvent.VK_UP);
    CODES.put("down", KeyEvent.VK_DOWN);
    CODES.put("home", KeyEvent.VK_HOME);
    CODES.put("end", KeyEvent.VK_END);
    CODES.put("pageup", KeyEvent.VK_PAGE_UP);
    CODES.put("pagedown", KeyEvent.VK_PAGE_DOWN);
    CODES.put("enter", KeyEvent.VK_ENTER);
    CODES.put("escape", KeyEvent.VK_ESCAPE);
    CODES.put("tab", KeyEvent.VK_TAB);
    CODES.put("space", KeyEvent.VK_SPACE);
    CODES.put("backspace", KeyEvent.VK_BACK_SPACE);
    CODES.put("delete", KeyEvent.VK_DELETE);
    CODES.put("insert", KeyEvent.VK_INSERT);
    CODES.put("printscreen", KeyEvent.VK_PRINTSCREEN);
    CODES.put("minus", KeyEvent.VK_MINUS);
    CODES.put("equals", KeyEvent.VK_EQUALS);
    CODES.put("comma", KeyEvent.VK_COMMA);
    CODES.put("period", KeyEvent.VK_PERIOD);
    CODES.put("slash", KeyEvent.VK_SLASH);
    CODES.put("backslash", KeyEvent.VK_BACK_SLASH);
    CODES.put("semicolon", KeyEvent.VK_SEMICOLON);
    CODES.put("quote", KeyEvent.VK_QUOTE);
    CODES.put("backquote", KeyEvent.VK_BACK_QUOTE);
    CODES.put("bracketleft", KeyEvent.VK_OPEN_BRACKET);
    CODES.put("bracketright", KeyEvent.VK_CLOSE_BRACKET);
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
    return CODES.containsKey(n) ? n : null;
  }

  /**
   * Returns the {@link KeyEvent} code of a canonical name.
   *
   * @param canonicalName a name {@link #canonical} returned
   * @return the code
   * @throws IllegalArgumentException for an unknown name
   */
  public static int awtCode(String canonicalName) {
    Integer code = CODES.get(canonicalName);
    if (code == null) {
      throw new IllegalArgumentException("unknown key '" + canonicalName + "'");
    }
    return code;
  }

  /** Returns whether a canonical name is a modifier (ctrl, alt, shift, meta). */
  public static boolean isModifier(String canonicalName) {
    return MODIFIERS.contains(canonicalName);
  }

  /** Returns every canonical name, sorted, for messages. */
  public static List<String> all() {
    return Collections.unmodifiableList(new ArrayList<>(new TreeSet<>(CODES.keySet())));
  }
}
