package dev.handctl.gesture;

import java.util.Locale;

/** How bent a finger is. */
public enum FingerCurl {
  /** Straight. */
  EXTENDED,
  /** Bent part way. */
  HALF,
  /** Folded into the palm. */
  CURLED;

  /** Returns the lower-case name used in gesture files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
