package dev.handctl.gesture;

/**
 * How a hand must move for a motion gesture (a swipe): holding a pose, it travels at least a
 * distance (in hand sizes) in one direction within a time; the gesture fires once, and that hand
 * cannot fire a motion gesture again during the lock-out.
 *
 * @param pose the static gesture the hand must show while moving, or null for any pose
 * @param direction where it moves, as the user sees it (left is the user's left)
 * @param minDistance hand sizes travelled along the direction
 * @param withinMillis the time the travel must take at most
 * @param lockoutMillis no motion gesture from this hand for this long after one fired
 */
public record MotionRule(String pose, FingerDirection direction, double minDistance, long withinMillis,
    long lockoutMillis) {}
