package dev.handctl.action;

/**
 * Dwell click ({@code actions.dwell*} in the settings): for users who cannot pinch reliably, the
 * pointer resting for a while clicks.
 *
 * @param millis how long the pointer must rest, once a hand has moved it, to click; 0 turns dwell
 *     clicks off
 * @param radiusPx how far the pointer may wander and still count as resting (a hand's tremor)
 * @param mode what a dwell does
 */
public record DwellSettings(long millis, int radiusPx, Mode mode) {
  /** What a dwell does. */
  public enum Mode {
    /** A left click. */
    CLICK,
    /** A left double click. */
    DOUBLE,
    /** A right click. */
    RIGHT,
    /** Drag lock: one dwell presses the left button, the next releases it. */
    DRAG;

    /**
     * Reads a mode from its setting word.
     *
     * @param word click, double, right or drag
     * @return the mode
     * @throws IllegalArgumentException naming the setting and the words it takes
     */
    public static Mode parse(String word) {
      return switch (word) {
        case "click" -> CLICK;
        case "double" -> DOUBLE;
        case "right" -> RIGHT;
        case "drag" -> DRAG;
        default -> throw new IllegalArgumentException(
            "actions.dwellMode: expected click, double, right or drag, got '" + word + "'");
      };
    }
  }

  /** Validates the values. */
  public DwellSettings {
    PointerSettings.check(millis, 0, 10_000, "actions.dwellMillis");
    PointerSettings.check(radiusPx, 1, 200, "actions.dwellRadiusPx");
    if (mode == null) {
      throw new IllegalArgumentException("actions.dwellMode: expected click, double, right or drag");
    }
  }

  /** Returns the settings with dwell clicks off. */
  public static DwellSettings off() {
    return new DwellSettings(0, 15, Mode.CLICK);
  }
}
