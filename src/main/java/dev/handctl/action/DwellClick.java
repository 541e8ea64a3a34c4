package dev.handctl.action;

/**
 * Clicks when the pointer a hand moves comes to rest: once the pointer has gone further than the
 * radius from where it last rested, staying within the radius for the dwell time clicks there (or
 * presses and, on the next dwell, releases, in drag-lock mode). A pointer no hand steers (clutch,
 * hand lost, paused) never dwells, and a drag lock is let go then, so nothing stays pressed.
 */
final class DwellClick {
  private final ClickDrag clicks;
  private final PressLedger ledger;
  private DwellSettings settings;
  private int anchorX;
  private int anchorY;
  private long anchorNanos;
  /** The pointer moved since the last dwell: resting now may click. */
  private boolean armed;
  /** Drag lock: the left button is down. */
  private boolean locked;

  DwellClick(ClickDrag clicks, PressLedger ledger, DwellSettings settings) {
    this.clicks = clicks;
    this.ledger = ledger;
    this.settings = settings;
  }

  void setSettings(DwellSettings newSettings) {
    if (newSettings.millis() == 0) {
      letGo();
    }
    settings = newSettings;
  }

  /**
   * One frame.
   *
   * @param nowNanos the frame's time
   * @param at where handctl has the pointer
   * @param steering whether a hand is moving the pointer now
   */
  void advance(long nowNanos, DesktopPoint at, boolean steering) {
    if (settings.millis() == 0) {
      return;
    }
    if (!steering) {
      letGo();
      anchorX = at.xPx();
      anchorY = at.yPx();
      anchorNanos = nowNanos;
      return;
    }
    if (Math.hypot(at.xPx() - anchorX, at.yPx() - anchorY) > settings.radiusPx()) {
      anchorX = at.xPx();
      anchorY = at.yPx();
      anchorNanos = nowNanos;
      armed = true;
      return;
    }
    if (armed && nowNanos - anchorNanos >= settings.millis() * 1_000_000L) {
      armed = false;
      fire(new DesktopPoint(anchorX, anchorY)); // where the rest began: the tremor since is not aiming
    }
  }

  /** How far the rest under way has come to a dwell click, in [0, 1]; 0 when none is under way. */
  double progress(long nowNanos) {
    if (!armed || settings.millis() == 0 || nowNanos - anchorNanos <= 0) {
      return 0;
    }
    return Math.min(1, (nowNanos - anchorNanos) / (settings.millis() * 1e6));
  }

  private void fire(DesktopPoint at) {
    switch (settings.mode()) {
      case CLICK -> clicks.click(MouseButton.LEFT, 1, at);
      case DOUBLE -> clicks.click(MouseButton.LEFT, 2, at);
      case RIGHT -> clicks.click(MouseButton.RIGHT, 1, at);
      case DRAG -> {
        if (locked) {
          ledger.release(MouseButton.LEFT);
        } else {
          ledger.press(MouseButton.LEFT);
        }
        locked = !locked;
      }
    }
  }

  /** Lets go of a drag lock and forgets the rest under way. */
  void letGo() {
    if (locked) {
      ledger.release(MouseButton.LEFT);
      locked = false;
    }
    armed = false;
  }
}
