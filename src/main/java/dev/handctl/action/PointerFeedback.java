package dev.handctl.action;

/**
 * What the {@link ActionDriver} is doing with the pointer, for the feedback drawn at it: the mode,
 * how close the steering hand's fingers are to a click or drag pose (the same closure the click
 * logic holds the pointer on), and counters of clicks and scrolls sent, so a reader can tell a new
 * one from the last frame's. Filled in place by {@link ActionDriver#feedback}, allocating nothing;
 * not thread-safe (its owner copies it where it is read).
 */
public final class PointerFeedback {
  /** What the pointer is doing. */
  public enum Mode {
    /** No hand drives the pointer and none is in view. */
    IDLE,
    /** A hand steers the pointer. */
    MOVING,
    /** A hand is in view but lets the pointer be (a clutch pose, or a pose that does not steer). */
    LIFTED,
    /** A drag pose formed and waits to become a click or a drag; the pointer holds its aim. */
    AIMING,
    /** The button is down and the pointer follows the hand. */
    DRAGGING,
    /** Nothing is sent to the mouse and keyboard. */
    PAUSED
  }

  private Mode mode = Mode.IDLE;
  private double closure = Double.POSITIVE_INFINITY;
  private double approachFactor = 1;
  private long clicks;
  private long scrolls;
  private int scrollX;
  private int scrollY;

  /** Returns the mode. */
  public Mode mode() {
    return mode;
  }

  /**
   * Returns how far the steering hand's fingers are from the nearest click or drag pose bound for
   * it ({@link dev.handctl.gesture.FingerClosures#closure}): at most 1 when the pose is met,
   * infinite when no hand or no such pose.
   */
  public double closure() {
    return closure;
  }

  /** Returns {@code pointer.approachFactor}: the closure from which the pointer holds still. */
  public double approachFactor() {
    return approachFactor;
  }

  /** Returns how many clicks the driver has sent (a double click counts once). */
  public long clicks() {
    return clicks;
  }

  /** Returns how many scrolls the driver has sent. */
  public long scrolls() {
    return scrolls;
  }

  /** Returns the last scroll's horizontal sign: -1 left, 1 right, 0 none. */
  public int scrollX() {
    return scrollX;
  }

  /** Returns the last scroll's vertical sign: -1 up, 1 down, 0 none. */
  public int scrollY() {
    return scrollY;
  }

  /**
   * Sets every field (the driver's, and tests' stand-ins).
   *
   * @param newMode the mode
   * @param newClosure the closure, or infinity
   * @param newApproachFactor {@code pointer.approachFactor}
   * @param clickCount clicks sent so far
   * @param scrollCount scrolls sent so far
   * @param lastScrollX the last scroll's horizontal sign
   * @param lastScrollY the last scroll's vertical sign
   */
  public void set(Mode newMode, double newClosure, double newApproachFactor, long clickCount, long scrollCount,
      int lastScrollX, int lastScrollY) {
    mode = newMode;
    closure = newClosure;
    approachFactor = newApproachFactor;
    clicks = clickCount;
    scrolls = scrollCount;
    scrollX = lastScrollX;
    scrollY = lastScrollY;
  }
}
