package dev.handctl.action;

import dev.handctl.filter.OneEuroFilter;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.KeypointName;
import dev.handctl.hand.PixelKeypoint;
import java.util.List;

/**
 * Turns a hand's keypoints into pointer positions: the anchor point (the palm, which stays put
 * while fingers pinch or point) is smoothed with a One Euro filter; in relative mode its travel in
 * hand sizes times a gain (growing with speed when acceleration is on) moves the pointer, and in
 * absolute mode a region of the camera picture maps onto the desktop. A dead zone (a leash around
 * where the pointer stopped) keeps a resting hand's tremor off the pointer. Every position is kept
 * for a second, so a click can land where the pointer was just before the fingers started to close.
 *
 * <p>Directions are the user's: with an ordinary (not mirrored) camera picture, a hand moving to
 * the user's right moves left in the image and the pointer right. Not thread-safe.
 */
public final class PointerController {
  /** Positions kept for rewinding: at 60 frames per second, a little over a second. */
  private static final int HISTORY = 64;
  /** Smoothing of the hand size used as the unit of travel (per frame; it changes slowly). */
  private static final double HAND_SIZE_ALPHA = 0.2;

  private final PointerSettings settings;
  private final boolean mirrored;
  private final int[] anchor;
  private final OneEuroFilter filterX;
  private final OneEuroFilter filterY;
  private DesktopBounds desktop;
  private boolean anchored;
  private double handSizePx;
  private double lastAnchorX;
  private double lastAnchorY;
  private long lastNanos;
  private double slackX;
  private double slackY;
  // The step the leash lets through on this frame, in hand sizes (fields, not a returned array: no
  // allocation per frame).
  private double stepX;
  private double stepY;
  private double cursorX;
  private double cursorY;
  private final long[] historyNanos = new long[HISTORY];
  private final double[] historyX = new double[HISTORY];
  private final double[] historyY = new double[HISTORY];
  private int historySize;
  private int historyNext;

  /**
   * Creates a controller with the pointer in the middle of the desktop.
   *
   * @param settings gain, dead zone, smoothing, mode
   * @param desktop the virtual desktop
   * @param mirrored whether the camera picture is a mirrored (selfie) view
   */
  public PointerController(PointerSettings settings, DesktopBounds desktop, boolean mirrored) {
    this.settings = settings;
    this.desktop = desktop;
    this.mirrored = mirrored;
    this.anchor = settings.anchor().stream().mapToInt(KeypointName::ordinal).toArray();
    this.filterX = new OneEuroFilter(settings.smoothing());
    this.filterY = new OneEuroFilter(settings.smoothing());
    this.cursorX = desktop.xPx() + desktop.widthPx() / 2.0;
    this.cursorY = desktop.yPx() + desktop.heightPx() / 2.0;
  }

  /** Returns the settings in use. */
  public PointerSettings settings() {
    return settings;
  }

  /**
   * Changes the desktop (a monitor added or removed); the pointer is kept inside it.
   *
   * @param newDesktop the virtual desktop
   */
  public void setDesktop(DesktopBounds newDesktop) {
    this.desktop = newDesktop;
    cursorX = desktop.clampX(cursorX);
    cursorY = desktop.clampY(cursorY);
  }

  /**
   * Lets go of the hand: the next {@link #follow} only takes the hand's place as the new reference,
   * so a hand that comes back elsewhere (after a clutch, a pause, a lost hand) does not make the
   * pointer jump.
   */
  public void release() {
    anchored = false;
    filterX.reset();
    filterY.reset();
  }

  /**
   * Puts the pointer somewhere (where the real pointer is, or a click's aim) without moving anything.
   *
   * @param point the position
   * @param timestampNanos when
   */
  public void place(DesktopPoint point, long timestampNanos) {
    cursorX = desktop.clampX(point.xPx());
    cursorY = desktop.clampY(point.yPx());
    slackX = 0;
    slackY = 0;
    remember(timestampNanos);
  }

  /**
   * Moves the pointer after the hand.
   *
   * @param keypoints the hand's 21 keypoints, image pixels
   * @param timestampNanos the frame's time
   * @param frameWidthPx the frame's width (absolute mode)
   * @param frameHeightPx the frame's height (absolute mode)
   * @return whether the pointer's pixel position changed
   */
  public boolean follow(List<PixelKeypoint> keypoints, long timestampNanos, int frameWidthPx, int frameHeightPx) {
    return update(keypoints, timestampNanos, frameWidthPx, frameHeightPx, true);
  }

  /**
   * Keeps the pointer still while still following the hand's place, so that moving on afterwards
   * does not make the pointer jump by the distance the hand covered meanwhile (fingers closing into
   * a pinch, or opening out of one, move the hand a little).
   *
   * @param keypoints the hand's 21 keypoints, image pixels
   * @param timestampNanos the frame's time
   */
  public void hold(List<PixelKeypoint> keypoints, long timestampNanos) {
    update(keypoints, timestampNanos, 1, 1, false);
  }

  private boolean update(List<PixelKeypoint> keypoints, long timestampNanos, int frameWidthPx, int frameHeightPx,
      boolean move) {
    double size = HandLandmarks.sizePx(keypoints);
    handSizePx = anchored ? handSizePx + HAND_SIZE_ALPHA * (size - handSizePx) : size;
    double ax = filterX.filter(anchorX(keypoints), timestampNanos, 1 / handSizePx);
    double ay = filterY.filter(anchorY(keypoints), timestampNanos, 1 / handSizePx);
    int beforeX = (int) Math.round(cursorX);
    int beforeY = (int) Math.round(cursorY);
    if (!anchored || !move) {
      boolean first = !anchored;
      anchored = true;
      lastAnchorX = ax;
      lastAnchorY = ay;
      lastNanos = timestampNanos;
      slackX = 0;
      slackY = 0;
      if (move && first && settings.mode() == PointerMode.ABSOLUTE) {
        cursorX = absoluteX(ax, frameWidthPx);
        cursorY = absoluteY(ay, frameHeightPx);
      }
      remember(timestampNanos);
      return (int) Math.round(cursorX) != beforeX || (int) Math.round(cursorY) != beforeY;
    }
    if (settings.mode() == PointerMode.RELATIVE) {
      // Hand travel in hand sizes, in the user's directions.
      double dx = (ax - lastAnchorX) / handSizePx * (mirrored ? 1 : -1);
      double dy = (ay - lastAnchorY) / handSizePx;
      double dt = Math.max(1e-3, (timestampNanos - lastNanos) * 1e-9);
      double gain = settings.gainPxPerHandSize() * accelerationFactor(Math.hypot(dx, dy) / dt);
      leash(dx, dy, settings.deadZoneHandSizes());
      cursorX = desktop.clampX(cursorX + stepX * gain);
      cursorY = desktop.clampY(cursorY + stepY * gain);
    } else {
      double targetX = absoluteX(ax, frameWidthPx);
      double targetY = absoluteY(ay, frameHeightPx);
      double pxPerHandSize = handSizePx / (frameWidthPx * (settings.region().right() - settings.region().left()))
          * desktop.widthPx();
      double radius = settings.deadZoneHandSizes() * pxPerHandSize;
      double ox = targetX - cursorX;
      double oy = targetY - cursorY;
      double dist = Math.hypot(ox, oy);
      if (dist > radius) {
        cursorX += ox * (1 - radius / dist);
        cursorY += oy * (1 - radius / dist);
      }
      // A hand at or past the region's edge holds the pointer on the desktop's edge itself, not a
      // dead zone short of it: edges and corners (menus, hot corners) are the easiest targets there
      // are, and reach calibration maps the held corners just past them for that.
      if (targetX == desktop.xPx() || targetX == desktop.xPx() + desktop.widthPx() - 1) {
        cursorX = targetX;
      }
      if (targetY == desktop.yPx() || targetY == desktop.yPx() + desktop.heightPx() - 1) {
        cursorY = targetY;
      }
    }
    lastAnchorX = ax;
    lastAnchorY = ay;
    lastNanos = timestampNanos;
    remember(timestampNanos);
    return (int) Math.round(cursorX) != beforeX || (int) Math.round(cursorY) != beforeY;
  }

  /** Returns the unfiltered anchor's x: the mean of the anchor keypoints, image pixels. */
  double anchorX(List<PixelKeypoint> keypoints) {
    double x = 0;
    for (int k : anchor) {
      x += keypoints.get(k).xPx();
    }
    return x / anchor.length;
  }

  /** Returns the unfiltered anchor's y, image pixels. */
  double anchorY(List<PixelKeypoint> keypoints) {
    double y = 0;
    for (int k : anchor) {
      y += keypoints.get(k).yPx();
    }
    return y / anchor.length;
  }

  /**
   * The dead zone as a leash: the hand's offset from where the pointer stopped grows with each
   * step, and only what reaches beyond the radius moves the pointer. A resting hand's tremor stays
   * inside; a deliberate move carries on smoothly, with no jump when it leaves the zone.
   */
  private void leash(double dx, double dy, double radius) {
    slackX += dx;
    slackY += dy;
    double len = Math.hypot(slackX, slackY);
    double scale = len <= radius ? 0 : 1 - radius / len;
    stepX = slackX * scale;
    stepY = slackY * scale;
    slackX -= stepX;
    slackY -= stepY;
  }

  private double accelerationFactor(double speedHandSizesPerSecond) {
    if (!settings.acceleration()) {
      return 1;
    }
    double lo = settings.slowSpeed();
    double hi = settings.fastSpeed();
    if (speedHandSizesPerSecond <= lo || hi <= lo) {
      return speedHandSizesPerSecond <= lo ? settings.slowFactor() : settings.fastFactor();
    }
    if (speedHandSizesPerSecond >= hi) {
      return settings.fastFactor();
    }
    double f = (speedHandSizesPerSecond - lo) / (hi - lo);
    return settings.slowFactor() + f * (settings.fastFactor() - settings.slowFactor());
  }

  private double absoluteX(double anchorX, int frameWidthPx) {
    PointerSettings.CameraRegion r = settings.region();
    double u = clamp01((anchorX / frameWidthPx - r.left()) / (r.right() - r.left()));
    return desktop.xPx() + (mirrored ? u : 1 - u) * (desktop.widthPx() - 1);
  }

  private double absoluteY(double anchorY, int frameHeightPx) {
    PointerSettings.CameraRegion r = settings.region();
    double v = clamp01((anchorY / frameHeightPx - r.top()) / (r.bottom() - r.top()));
    return desktop.yPx() + v * (desktop.heightPx() - 1);
  }

  private static double clamp01(double v) {
    return Math.max(0, Math.min(1, v));
  }

  private void remember(long timestampNanos) {
    historyNanos[historyNext] = timestampNanos;
    historyX[historyNext] = cursorX;
    historyY[historyNext] = cursorY;
    historyNext = (historyNext + 1) % HISTORY;
    historySize = Math.min(HISTORY, historySize + 1);
  }

  /** Returns the pointer's position now. */
  public DesktopPoint position() {
    return new DesktopPoint((int) Math.round(cursorX), (int) Math.round(cursorY));
  }

  /**
   * Returns where the pointer was at an instant: the last position recorded at or before it, or the
   * oldest one kept when the instant is older than that.
   *
   * @param timestampNanos the instant
   * @return the position
   */
  public DesktopPoint positionAt(long timestampNanos) {
    if (historySize == 0) {
      return position();
    }
    int oldest = (historyNext - historySize + HISTORY) % HISTORY;
    int found = oldest;
    for (int i = 0; i < historySize; i++) {
      int idx = (oldest + i) % HISTORY;
      if (historyNanos[idx] > timestampNanos) {
        break;
      }
      found = idx;
    }
    return new DesktopPoint((int) Math.round(historyX[found]), (int) Math.round(historyY[found]));
  }
}
