package dev.handctl.output;

import dev.handctl.action.MouseButton;
import java.util.HashMap;
import java.util.Map;

/**
 * Linux input event codes ({@code linux/input-event-codes.h}) for handctl's key names and mouse
 * buttons: what the Wayland virtual keyboard and pointer, and uinput, speak. Key codes are the
 * physical positions of a US keyboard; the keymap turns them into characters.
 */
public final class LinuxInputCodes {
  /** {@code BTN_LEFT}. */
  public static final int BTN_LEFT = 0x110;
  /** {@code BTN_RIGHT}. */
  public static final int BTN_RIGHT = 0x111;
  /** {@code BTN_MIDDLE}. */
  public static final int BTN_MIDDLE = 0x112;

  private static final Map<String, Integer> KEYS = new HashMap<>();

  static {
    String row1 = "1234567890";
    for (int i = 0; i < row1.length(); i++) {
      KEYS.put(String.valueOf(row1.charAt(i)), 2 + i);
    }
    put("qwertyuiop", 16);
    put("asdfghjkl", 30);
    put("zxcvbnm", 44);
    for (int i = 1; i <= 10; i++) {
      KEYS.put("f" + i, 58 + i);
    }
    KEYS.put("f11", 87);
    KEYS.put("f12", 88);
    for (int i = 13; i <= 24; i++) {
      KEYS.put("f" + i, 183 + (i - 13));
    }
    KEYS.put("escape", 1);
    KEYS.put("minus", 12);
    KEYS.put("equals", 13);
    KEYS.put("backspace", 14);
    KEYS.put("tab", 15);
    KEYS.put("bracketleft", 26);
    KEYS.put("bracketright", 27);
    KEYS.put("enter", 28);
    KEYS.put("ctrl", 29);
    KEYS.put("semicolon", 39);
    KEYS.put("quote", 40);
    KEYS.put("backquote", 41);
    KEYS.put("shift", 42);
    KEYS.put("backslash", 43);
    KEYS.put("comma", 51);
    KEYS.put("period", 52);
    KEYS.put("slash", 53);
    KEYS.put("alt", 56);
    KEYS.put("space", 57);
    KEYS.put("printscreen", 99);
    KEYS.put("home", 102);
    KEYS.put("up", 103);
    KEYS.put("pageup", 104);
    KEYS.put("left", 105);
    KEYS.put("right", 106);
    KEYS.put("end", 107);
    KEYS.put("down", 108);
    KEYS.put("pagedown", 109);
    KEYS.put("insert", 110);
    KEYS.put("delete", 111);
    KEYS.put("meta", 125);
  }

  private LinuxInputCodes() {}

  private static void put(String letters, int first) {
    for (int i = 0; i < letters.length(); i++) {
      KEYS.put(String.valueOf(letters.charAt(i)), first + i);
    }
  }

  /**
   * Returns the key code of a canonical key name ({@link dev.handctl.action.KeyNames}).
   *
   * @param canonicalName such as {@code ctrl} or {@code a}
   * @return its {@code KEY_*} code
   * @throws IllegalArgumentException for a name without one
   */
  public static int key(String canonicalName) {
    Integer code = KEYS.get(canonicalName);
    if (code == null) {
      throw new IllegalArgumentException("no Linux key code for '" + canonicalName + "'");
    }
    return code;
  }

  /**
   * Returns the {@code BTN_*} code of a mouse button.
   *
   * @param button which
   * @return its code
   */
  public static int button(MouseButton button) {
    return switch (button) {
      case LEFT -> BTN_LEFT;
      case RIGHT -> BTN_RIGHT;
      case MIDDLE -> BTN_MIDDLE;
    };
  }
}
