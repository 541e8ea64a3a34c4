package dev.handctl.action;

/**
 * Rules that keep gestures from doing what the user did not mean ({@code actions.*} in the settings).
 *
 * @param handSettleMillis a hand that comes into view does nothing for this long
 * @param minClickIntervalMillis clicks closer together than this are dropped
 */
public record SafetySettings(long handSettleMillis, long minClickIntervalMillis) {
  /** Validates the values. */
  public SafetySettings {
    PointerSettings.check(handSettleMillis, 0, 5000, "actions.handSettleMillis");
    PointerSettings.check(minClickIntervalMillis, 0, 5000, "actions.minClickIntervalMillis");
  }
}
