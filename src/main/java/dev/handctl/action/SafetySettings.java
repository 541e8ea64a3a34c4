package dev.handctl.action;

/**
 * Rules that keep gestures from doing what the user did not mean ({@code actions.*} in the settings).
 *
 * @param handSettleMillis a hand that comes into view does nothing for this long
 * @param minClickIntervalMillis clicks closer together than this are dropped
 * @param foundStillHandSizes a pose already under way when a hand settles counts as starting then if
 *     the hand's palm stayed within this many hand sizes of where it was found for the whole settle
 *     time (the hand was found where it already was, not coming into view); 0 never
 * @param handOffQuietMillis when the real mouse or touchpad moves the pointer, handctl lets go at once
 *     (releasing what it holds) and takes the pointer back after it has been still this long; 0
 *     never yields
 * @param handOffThresholdPx a pointer move handctl did not make counts as the real mouse's when it
 *     goes further than this from every place handctl put the pointer lately
 * @param dwell dwell clicks ({@code actions.dwellMillis}, {@code dwellRadiusPx}, {@code dwellMode})
 */
public record SafetySettings(long handSettleMillis, long minClickIntervalMillis, double foundStillHandSizes,
    long handOffQuietMillis, int handOffThresholdPx, DwellSettings dwell) {
  /** Validates the values. */
  public SafetySettings {
    PointerSettings.check(handSettleMillis, 0, 5000, "actions.handSettleMillis");
    PointerSettings.check(minClickIntervalMillis, 0, 5000, "actions.minClickIntervalMillis");
    PointerSettings.check(foundStillHandSizes, 0, 5, "actions.foundStillHandSizes");
    PointerSettings.check(handOffQuietMillis, 0, 60_000, "actions.handOffQuietMillis");
    PointerSettings.check(handOffThresholdPx, 1, 200, "actions.handOffThresholdPx");
    if (dwell == null) {
      dwell = DwellSettings.off();
    }
  }
}
