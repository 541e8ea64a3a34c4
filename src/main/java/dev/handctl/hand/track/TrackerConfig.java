package dev.handctl.hand.track;

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
 * @param predictMotion whether a tracked hand's next region is moved by its velocity
 * @param rejoinMillis a hand found within this long after one was lost, near where that one was
 *     heading, continues it (same id, motion history kept); 0 turns this off
 * @param rejoinMaxHandSizes how far from the lost hand's path, in hand sizes, the found one may be
 */
public record TrackerConfig(int maxHands, long secondHandSearchMillis, double newHandMinPresence,
    long maxFrameGapMillis, boolean predictMotion, long rejoinMillis, double rejoinMaxHandSizes) {
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
    if (rejoinMillis < 0 || rejoinMillis > 2_000) {
      throw new IllegalArgumentException("tracker.rejoinMillis: expected a whole number from 0 to 2000, got "
          + rejoinMillis);
    }
    if (!(rejoinMaxHandSizes >= 0 && rejoinMaxHandSizes <= 20)) {
      throw new IllegalArgumentException("tracker.rejoinMaxHandSizes: expected a number from 0 to 20, got "
          + rejoinMaxHandSizes);
    }
  }
}
