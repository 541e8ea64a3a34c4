package dev.handctl.action;

import java.util.Locale;

/** A mouse button. */
public enum MouseButton {
  LEFT, MIDDLE, RIGHT;

  /** Returns the lower-case name used in files and output. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
