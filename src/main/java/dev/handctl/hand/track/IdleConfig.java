package dev.handctl.hand.track;

/**
 * How the tracker saves work while no hand is in view. Defaults, with what each trades, are in
 * {@code handctl-defaults.yaml} under {@code idle}.
 *
 * @param detectorHz with no hand in view (and none lost recently), at most this many detector
 *     passes per second
 * @param afterLostMillis after the last hand is lost, search on every frame for this long before
 *     slowing down to {@code detectorHz}
 * @param stillSceneLevels while idle, a scene whose 32x24 grey thumbnail changed by at most this
 *     many grey levels (mean absolute difference) since the detector last looked at it is not
 *     searched again; 0 searches at {@code detectorHz} whatever the scene does
 */
public record IdleConfig(double detectorHz, long afterLostMillis, double stillSceneLevels) {
  /** Validates the fields; messages name the setting. */
  public IdleConfig {
    if (!(detectorHz >= 0.1 && detectorHz <= 1000)) {
      throw new IllegalArgumentException("idle.detectorHz: expected a number from 0.1 to 1000, got " + detectorHz);
    }
    if (afterLostMillis < 0 || afterLostMillis > 60_000) {
      throw new IllegalArgumentException("idle.afterLostMillis: expected a whole number from 0 to 60000, got "
          + afterLostMillis);
    }
    if (!(stillSceneLevels >= 0 && stillSceneLevels <= 255)) {
      throw new IllegalArgumentException("idle.stillSceneLevels: expected a number from 0 to 255, got "
          + stillSceneLevels);
    }
  }

  /** Returns the shortest time between idle detector passes, in nanoseconds. */
  public long periodNanos() {
    return Math.round(1e9 / detectorHz);
  }
}
