package dev.handctl.hand;

/**
 * Settings of the hand tracker. Defaults, with what each trades, are in
 * {@code handctl-defaults.yaml} under {@code tracker}.
 *
 * @param maxHands most hands tracked at once, 1 or 2
 * @param secondHandSearchMillis while fewer than {@code maxHands} hands are tracked (but at least
 *     one), the detector looks for another hand at most this often
 * @param newHandMinPresence presence a newly found hand needs before it is tracked (a tracked hand
 *     is kept down to {@code landmarks.minPresence})
 * @param maxFrameGapMillis frames further apart than this (a camera that came back, a stall) start
 *     afresh: hands tracked before are forgotten, since their regions no longer say where they are
 */
public record TrackerConfig(int maxHands, long secondHandSearchMillis, double newHandMinPresence,
    long maxFrameGapMillis) {
  /** Validates the fields; messages name the setting. */
  public TrackerConfig {
    if (maxHands < 1 || maxHands > 2) {
      throw new IllegalArgumentException("tracker.maxHands: expected 1 or 2, got " + maxHands);
    }
    if (secondHandSearchMillis < 0 || secondHandSearchMillis > 60_000) {
      throw new IllegalArgumentException("tracker.secondHandSearchMillis: expected a whole number from 0 to 60000,"
          + " got " + secondHandSearchMillis);
    }
    if (!(newHandMinPresence >= 0 && newHandMinPresence <= 1)) {
      throw new IllegalArgumentException("tracker.newHandMinPresence: expected a number from 0 to 1, got "
          + newHandMinPresence);
    }
    if (maxFrameGapMillis < 1 || maxFrameGapMillis > 60_000) {
      throw new IllegalArgumentException("tracker.maxFrameGapMillis: expected a whole number from 1 to 60000,"
          + " got " + maxFrameGapMillis);
    }
  }
}
