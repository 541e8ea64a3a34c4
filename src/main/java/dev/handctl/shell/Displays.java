package dev.handctl.shell;

import dev.handctl.action.DesktopBounds;
import java.awt.AWTError;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.Rectangle;

/** The display handctl runs on: whether there is one, and the virtual desktop spanning every monitor. */
public final class Displays {
  private Displays() {}

  /**
   * Checks that there is a display to work with.
   *
   * @return null when there is one, else why not (no DISPLAY, a stale one, a headless Java)
   */
  public static String unavailableReason() {
    if (GraphicsEnvironment.isHeadless()) {
      return "no display (java.awt.headless is true, or DISPLAY / WAYLAND_DISPLAY is not set)";
    }
    try {
      GraphicsDevice[] screens = GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
      return screens.length == 0 ? "the display has no screens" : null;
    } catch (AWTError | HeadlessException | NoClassDefFoundError | UnsatisfiedLinkError e) {
      return "the display cannot be opened (" + e + ")";
    }
  }

  /**
   * Returns the virtual desktop: the union of every monitor's bounds, in the pointer's coordinates.
   *
   * @return the bounds
   */
  public static DesktopBounds bounds() {
    Rectangle all = new Rectangle();
    for (GraphicsDevice d : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
      Rectangle r = d.getDefaultConfiguration().getBounds();
      all = all.isEmpty() ? r : all.union(r);
    }
    return new DesktopBounds(all.x, all.y, all.width, all.height);
  }
}
