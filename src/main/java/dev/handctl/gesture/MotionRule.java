package dev.handctl.gesture;

import java.util.Set;

/**
 * How a hand must move for a motion gesture (a swipe): a stroke that travels at least a distance
 * (in hand sizes) in one direction within a time, with a hand shape; the gesture fires once, and
 * that hand cannot fire a motion gesture again during the lock-out.
 *
 * <p>Two styles. With a {@code pose}, the hand must hold that static gesture through the stroke and
 * the gesture fires as soon as the distance is covered. Without one, the stroke is judged by the
 * hand's shape over the stroke ({@code openFingers}), so the flat hand held sideways, the palm half
 * turned and the blur of a fast move all count, and the gesture fires when the stroke ends (the
 * hand slows to {@code endSpeedShare} of the stroke's speed): a hand that leaves the picture at
 * speed, or keeps going, fires nothing.
 *
 * @param pose the static gesture the hand must show while moving, or null to judge the shape
 * @param direction where it moves, as the user sees it (left is the user's left)
 * @param minDistance hand sizes travelled along the direction
 * @param withinMillis the time the travel must take at most
 * @param lockoutMillis no motion gesture from this hand for this long after one fired
 * @param openFingers at least this many of index, middle, ring and pinky not curled, in at least
 *     half the stroke's frames (0: any shape)
 * @param except while one of these poses is under way on the hand (a pinch dragging, pointing
 *     moving the pointer), it makes no stroke
 * @param settleMillis a hand's first this long in view is not part of a stroke (a hand coming into
 *     the picture moves fast too)
 * @param endSpeedShare the stroke ends, and the gesture fires, when the hand moves slower than this
 *     share of the stroke's mean speed; 0 fires as soon as the distance is covered
 * @param returnLockoutMillis a stroke opposite to the one that fired, within this long, is the
 *     hand going back, not a gesture
 * @param minPresence a frame counts towards the stroke's shape only when the landmark model is at
 *     least this sure the hand is there (keypoints of an unsure hand jump about)
 */
public record MotionRule(String pose, FingerDirection direction, double minDistance, long withinMillis,
    long lockoutMillis, int openFingers, Set<String> except, long settleMillis, double endSpeedShare,
    long returnLockoutMillis, double minPresence) {
  /** Copies the set. */
  public MotionRule {
    except = Set.copyOf(except);
  }

  /**
   * A rule in the pose style: the hand holds {@code pose} and the gesture fires once the distance
   * is covered.
   */
  public static MotionRule ofPose(String pose, FingerDirection direction, double minDistance, long withinMillis,
      long lockoutMillis) {
    return new MotionRule(pose, direction, minDistance, withinMillis, lockoutMillis, 0, Set.of(), 0, 0,
        lockoutMillis, 0);
  }
}
