package dev.handctl.action;

import java.util.Locale;

/** How the hand drives the pointer. */
public enum PointerMode {
  /**
   * Like a finger on a touchpad: hand motion moves the pointer by a proportional amount, and a
   * clutch pose (or dropping the hand) lets the hand move back without moving the pointer.
   */
  RELATIVE,
  /** A region of the camera picture is mapped onto the whole desktop: the hand's place is the pointer's. */
  ABSOLUTE;

  /** Returns the name used in settings. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
