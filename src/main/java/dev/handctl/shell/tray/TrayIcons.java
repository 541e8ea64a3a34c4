package dev.handctl.shell.tray;

import dev.handctl.shell.DaemonState;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws the tray icon: an open hand in white (violet for a dry run) on a disc of the state's
 * colour.
 */
final class TrayIcons {
  /** The hand's colour in a dry run's icon (found in screenshots by the end-to-end test). */
  static final Color DRY_RUN_HAND = new Color(0x8A, 0x3C, 0xF0);

  private TrayIcons() {}

  /**
   * Draws the icon.
   *
   * @param state the state, which sets the colour
   * @param dryRun whether this is a dry run: the hand is {@link #DRY_RUN_HAND} instead of white
   * @param sizePx the icon's edge in pixels
   * @return the icon
   */
  static BufferedImage draw(DaemonState state, boolean dryRun, int sizePx) {
    BufferedImage img = new BufferedImage(sizePx, sizePx, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    float s = sizePx / 24f;
    g.setColor(state.color());
    g.fillOval(0, 0, sizePx, sizePx);
    g.setColor(dryRun ? DRY_RUN_HAND : Color.WHITE);
    // Palm and four fingers, and the thumb, on a 24-unit grid.
    g.fill(new RoundRectangle2D.Float(7 * s, 11 * s, 10 * s, 8 * s, 4 * s, 4 * s));
    float[] fingerX = {7.2f, 9.7f, 12.2f, 14.7f};
    float[] fingerTop = {7f, 5f, 5.5f, 7.5f};
    for (int i = 0; i < 4; i++) {
      g.fill(new RoundRectangle2D.Float(fingerX[i] * s, fingerTop[i] * s, 2.1f * s, (13 - fingerTop[i]) * s,
          2.1f * s, 2.1f * s));
    }
    g.setStroke(new BasicStroke(2.1f * s, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawLine(Math.round(16.5f * s), Math.round(15f * s), Math.round(19f * s), Math.round(11.5f * s));
    if (state == DaemonState.PAUSED) {
      // Two bars: paused.
      g.setColor(state.color().darker());
      g.fill(new RoundRectangle2D.Float(9.5f * s, 13f * s, 1.6f * s, 4.5f * s, s, s));
      g.fill(new RoundRectangle2D.Float(12.9f * s, 13f * s, 1.6f * s, 4.5f * s, s, s));
    }
    g.dispose();
    return img;
  }
}
