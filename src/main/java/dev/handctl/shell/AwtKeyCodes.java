package dev.handctl.shell;

import dev.handctl.action.KeyNames;
import java.awt.event.KeyEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@link KeyEvent} virtual-key code of each key name of {@link KeyNames}, for
 * {@code java.awt.Robot}. The codes are compile-time numbers, so this class does not start AWT.
 */
public final class AwtKeyCodes {
  private static final Map<String, Integer> CODES = new HashMap<>();

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
  }

  private AwtKeyCodes() {}

  /**
   * Returns the code of a canonical key name.
   *
   * @param canonicalName a name {@link KeyNames#canonical} returned
   * @return the code
   * @throws IllegalArgumentException for a name without a code
   */
  public static int code(String canonicalName) {
    Integer code = CODES.get(canonicalName);
    if (code == null) {
      throw new IllegalArgumentException("unknown key '" + canonicalName + "'");
    }
    return code;
  }
}
