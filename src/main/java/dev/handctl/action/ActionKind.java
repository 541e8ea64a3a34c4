package dev.handctl.action;

import java.util.Locale;

/**
 * What a binding does. Some actions last as long as the pose does ({@link #lasting()}), the others
 * fire once on one phase of the gesture.
 */
public enum ActionKind {
  /** While the pose lasts, the pointer follows the hand. */
  MOVE(true),
  /** While the pose lasts, the hand is "lifted": the pointer stays where it is. */
  CLUTCH(true),
  /** A click (press and release) of a button, at the aimed position. */
  CLICK(false),
  /** Two clicks of a button. */
  DOUBLE_CLICK(false),
  /**
   * Press a button when the pose starts, release it when it ends; a short pose is a click at the
   * aimed position, a longer one drags.
   */
  DRAG(true),
  /** Scroll by steps once, or (with a rate) continuously while the pose lasts. */
  SCROLL(false),
  /** Press a key combination and release it (or hold it while the pose lasts). */
  KEY(false),
  /** Pause handctl. */
  PAUSE(false),
  /** Resume handctl. */
  RESUME(false),
  /** Pause when running, resume when paused. */
  TOGGLE_PAUSE(false);

  private final boolean lasting;

  ActionKind(boolean lasting) {
    this.lasting = lasting;
  }

  /** Returns whether the action lasts from the pose's start to its end rather than firing once. */
  public boolean lasting() {
    return lasting;
  }

  /** Returns the name used in binding files, such as {@code double_click}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
