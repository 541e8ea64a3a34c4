package dev.handctl.gesture;

import java.util.Locale;

/** Which side of the hand the camera sees. */
public enum PalmFacing {
  /** The palm (the inside of the hand). */
  TOWARDS,
  /** The back of the hand. */
  AWAY,
  /** Neither clearly: the hand is turned edge-on to the camera (a sideways fist, a thumbs-up seen from the side). */
  SIDEWAYS;

  /** Returns the lower-case name used in gesture files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
