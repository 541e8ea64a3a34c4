package dev.handctl.action;

/**
 * Rules that keep gestures from doing what the user did not mean ({@code actions.*} in the settings).
 *
 * @param handSettleMillis a hand that comes into view does nothing for this long
 * @param minClickIntervalMillis clicks closer together than this are dropped
 * @param foundStillHandSizes a pose already under way when a hand settles counts as starting then if
 *     the hand's palm stayed within this many hand sizes of where it was found for the whole settle
 *     time (the hand was found where it already was, not coming into view); 0 never
 */
public record SafetySettings(long handSettleMillis, long minClickIntervalMillis, double foundStillHandSizes) {
  /** Validates the values. */
  public SafetySettings {
    PointerSettings.check(handSettleMillis, 0, 5000, "actions.handSettleMillis");
    PointerSettings.check(minClickIntervalMillis, 0, 5000, "actions.minClickIntervalMillis");
    PointerSettings.check(foundStillHandSizes, 0, 5, "actions.foundStillHandSizes");
  }
}
