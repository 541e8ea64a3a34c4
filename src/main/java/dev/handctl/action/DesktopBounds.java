package dev.handctl.action;

/**
 * The virtual desktop: the rectangle that spans every monitor, in the coordinates the pointer uses.
 *
 * @param xPx left edge (negative when a monitor sits left of the primary one)
 * @param yPx top edge
 * @param widthPx width
 * @param heightPx height
 */
public record DesktopBounds(int xPx, int yPx, int widthPx, int heightPx) {
  /**
   * The desktop a dry run or a backend that cannot measure the screens assumes: 1920x1080 at 0,0,
   * the most common monitor, so that dry-run pointer figures read like a real desktop's.
   */
  public static final DesktopBounds ASSUMED = new DesktopBounds(0, 0, 1920, 1080);

  /** Validates the size. */
  public DesktopBounds {
    if (widthPx <= 0 || heightPx <= 0) {
      throw new IllegalArgumentException("a desktop needs a positive size, got " + widthPx + " x " + heightPx);
    }
  }

  /** Returns x clamped into the desktop. */
  public int clampX(double x) {
    return (int) Math.round(Math.max(xPx, Math.min(xPx + widthPx - 1, x)));
  }

  /** Returns y clamped into the desktop. */
  public int clampY(double y) {
    return (int) Math.round(Math.max(yPx, Math.min(yPx + heightPx - 1, y)));
  }
}
