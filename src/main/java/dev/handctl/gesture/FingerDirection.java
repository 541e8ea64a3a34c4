package dev.handctl.gesture;

import java.util.Locale;

/** Where a finger points in the image, to the nearest of four directions (up is towards the image top). */
public enum FingerDirection {
  UP, DOWN, LEFT, RIGHT;

  /** Returns the lower-case name used in gesture files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  static FingerDirection of(double dxPx, double dyPx) {
    if (Math.abs(dxPx) > Math.abs(dyPx)) {
      return dxPx > 0 ? RIGHT : LEFT;
    }
    return dyPx > 0 ? DOWN : UP;
  }
}
