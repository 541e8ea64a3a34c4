package dev.handctl.shell.overlay;

import dev.handctl.action.PointerFeedback;

/**
 * What the overlay draws, worked out from the driver's {@link PointerFeedback}: the mode, the
 * ring's fill and until when the click flash and the scroll arrow show.
 *
 * <p>The ring fills as the steering hand's closure (the same quantity that makes the pointer hold
 * still, {@link PointerFeedback#closure()}) goes from {@code pointer.approachFactor} down to 1, the
 * pose itself; with an approach factor of 1 it is empty until the pose is met, then full. A click
 * sent (the driver's click count went up) flashes the ring for {@link #FLASH_NANOS}; a scroll shows
 * its arrow for {@link #SCROLL_NANOS}. A pause shows for {@link #PAUSE_NOTICE_NANOS}, then the
 * overlay hides (the user has the mouse back). Filled in place; not thread-safe.
 */
public final class OverlayState {
  /** How long the ring flashes after a click. */
  public static final long FLASH_NANOS = 500_000_000L;
  /** How long a scroll's arrow shows. */
  public static final long SCROLL_NANOS = 600_000_000L;

  /** How long "paused" shows at the pointer after a pause. */
  public static final long PAUSE_NOTICE_NANOS = 1_500_000_000L;

  private long pausedSinceNanos = Long.MIN_VALUE;
  private PointerFeedback.Mode mode = PointerFeedback.Mode.IDLE;
  private double progress;
  private long flashUntilNanos = Long.MIN_VALUE;
  private long scrollUntilNanos = Long.MIN_VALUE;
  private int scrollX;
  private int scrollY;
  private long seenClicks = -1;
  private long seenScrolls = -1;

  /**
   * Takes the driver's feedback of this moment.
   *
   * @param f the driver's feedback
   * @param nowNanos the time now ({@link System#nanoTime()}), which the flash and arrow count from
   */
  public void update(PointerFeedback f, long nowNanos) {
    if (f.mode() == PointerFeedback.Mode.PAUSED && mode != PointerFeedback.Mode.PAUSED) {
      pausedSinceNanos = nowNanos;
    }
    mode = f.mode();
    progress = ringProgress(f.closure(), f.approachFactor());
    if (seenClicks >= 0 && f.clicks() > seenClicks) {
      flashUntilNanos = nowNanos + FLASH_NANOS;
    }
    if (seenScrolls >= 0 && f.scrolls() > seenScrolls) {
      scrollUntilNanos = nowNanos + SCROLL_NANOS;
      scrollX = f.scrollX();
      scrollY = f.scrollY();
    }
    seenClicks = f.clicks();
    seenScrolls = f.scrolls();
  }

  /**
   * Returns the ring's fill from a closure.
   *
   * @param closure the fingers' distance over the pose's bound (at most 1: the pose is met)
   * @param approachFactor the closure at which the ring starts to fill
   * @return from 0 (fingers open, or no pose) to 1 (the pose is met)
   */
  public static double ringProgress(double closure, double approachFactor) {
    if (!(closure < Double.POSITIVE_INFINITY)) {
      return 0;
    }
    if (closure <= 1) {
      return 1;
    }
    if (approachFactor <= 1 || closure >= approachFactor) {
      return 0;
    }
    return (approachFactor - closure) / (approachFactor - 1);
  }

  /** Copies another state into this one (the window's own copy). */
  public void copyFrom(OverlayState o) {
    mode = o.mode;
    pausedSinceNanos = o.pausedSinceNanos;
    progress = o.progress;
    flashUntilNanos = o.flashUntilNanos;
    scrollUntilNanos = o.scrollUntilNanos;
    scrollX = o.scrollX;
    scrollY = o.scrollY;
    seenClicks = o.seenClicks;
    seenScrolls = o.seenScrolls;
  }

  /** Returns the mode. */
  public PointerFeedback.Mode mode() {
    return mode;
  }

  /** Returns the ring's fill, 0 to 1. */
  public double progress() {
    return progress;
  }

  /** Returns whether the ring flashes at this time (a click was sent just before). */
  public boolean flashing(long nowNanos) {
    return nowNanos < flashUntilNanos;
  }

  /** Returns whether a scroll's arrow shows at this time. */
  public boolean scrolling(long nowNanos) {
    return nowNanos < scrollUntilNanos;
  }

  /** Returns the last scroll's horizontal sign: -1 left, 1 right. */
  public int scrollX() {
    return scrollX;
  }

  /** Returns the last scroll's vertical sign: -1 up, 1 down. */
  public int scrollY() {
    return scrollY;
  }

  /** Returns whether there is anything to draw: a hand in view, a pause just now, a flash or an arrow. */
  public boolean visible(long nowNanos) {
    if (mode == PointerFeedback.Mode.PAUSED) {
      return nowNanos - pausedSinceNanos < PAUSE_NOTICE_NANOS;
    }
    return mode != PointerFeedback.Mode.IDLE || flashing(nowNanos) || scrolling(nowNanos);
  }

  /** Returns the mode's word, as drawn under the ring. */
  public String label() {
    return switch (mode) {
      case IDLE -> "";
      case MOVING -> "moving";
      case LIFTED -> "lifted";
      case AIMING -> "aiming";
      case DRAGGING -> "dragging";
      case PAUSED -> "paused";
    };
  }
}
