package dev.handctl.shell.tray;

import dev.handctl.shell.DaemonState;
import java.util.List;

/**
 * The icon in the system tray and its menu (Pause/Resume, Show preview, Edit gestures, Reload,
 * Camera, Start at login, Quit). {@link #none()} stands in when the desktop has no tray.
 */
public interface Tray extends AutoCloseable {
  /**
   * Shows the daemon's state: the icon's colour, the status line and the Pause/Resume item.
   *
   * @param state the state
   * @param dryRun whether this is a dry run (then the icon's hand is violet and the tooltip says so)
   * @param detail a few words more (the camera's name, what is wrong), or empty
   */
  void show(DaemonState state, boolean dryRun, String detail);

  /**
   * Lists the cameras to choose from.
   *
   * @param names the cameras, by index
   * @param selected the one in use, or -1 when the source is not a camera
   */
  void setCameras(List<String> names, int selected);

  /**
   * Ticks or clears "Start at login".
   *
   * @param enabled whether handctl starts at login
   */
  void setStartAtLogin(boolean enabled);

  /**
   * Ticks or clears "Show preview".
   *
   * @param shown whether the preview is shown
   */
  void setPreviewShown(boolean shown);

  /** Returns what kind of tray this is, for the log (such as {@code AppIndicator}, or {@code none}). */
  String kind();

  /** Removes the icon. */
  @Override
  void close();

  /** Returns a tray that shows nothing, for desktops without one. */
  static Tray none() {
    return new Tray() {
      @Override
      public void show(DaemonState state, boolean dryRun, String detail) {}

      @Override
      public void setCameras(List<String> names, int selected) {}

      @Override
      public void setStartAtLogin(boolean enabled) {}

      @Override
      public void setPreviewShown(boolean shown) {}

      @Override
      public String kind() {
        return "none";
      }

      @Override
      public void close() {}
    };
  }
}
