package dev.handctl.gesture;

import java.util.Locale;

/** Where a gesture is in its life: it starts, holds (repeated while it lasts), ends. */
public enum GesturePhase {
  START, HOLD, END;

  /** Returns the lower-case name used in output. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
