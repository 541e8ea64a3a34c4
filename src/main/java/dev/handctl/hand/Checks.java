package dev.handctl.hand;

/** Range checks for settings, with messages that name the setting and the allowed range. */
public final class Checks {
  private Checks() {}

  public static void positive(String key, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(key + ": expected a positive whole number, got " + value);
    }
  }

  public static void range(String key, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(key + ": expected a number from " + min + " to " + max + ", got " + value);
    }
  }

  public static void openRange(String key, double value, double min, double max) {
    if (!(value > min && value < max)) {
      throw new IllegalArgumentException(key + ": expected a number between " + min + " and " + max
          + " (exclusive), got " + value);
    }
  }

  public static void index(String key, int value, int count) {
    if (value < 0 || value >= count) {
      throw new IllegalArgumentException(key + ": expected an index from 0 to " + (count - 1) + ", got " + value);
    }
  }
}
