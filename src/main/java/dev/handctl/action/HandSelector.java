package dev.handctl.action;

import java.util.Locale;

/** Which hand a binding listens to. */
public enum HandSelector {
  /** The primary hand: the first one seen of those in view (the default, so a second hand in view does nothing). */
  PRIMARY,
  /** Any hand other than the primary one. */
  SECONDARY,
  /** The left hand, anatomically. */
  LEFT,
  /** The right hand, anatomically. */
  RIGHT,
  /** Any hand. */
  ANY;

  /** Returns the name used in binding files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
