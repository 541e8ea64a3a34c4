package dev.handctl.shell.tray;

/** What the tray menu asks of the daemon; called on the tray's own thread, so each returns at once. */
public interface TrayActions {
  /** Pause when running, resume when paused. */
  void togglePause();

  /** Show the preview window, or close it. */
  void togglePreview();

  /** Open the user's bindings and gestures for editing. */
  void editGestures();

  /** Show the settings window. */
  void openSettings();

  /** Open the log file in the user's editor or viewer. */
  void openLog();

  /** Read the settings, gestures and bindings again now. */
  void reload();

  /**
   * Use another camera.
   *
   * @param index which of the cameras the menu listed
   */
  void chooseCamera(int index);

  /** Start handctl at login, or stop doing so. */
  void toggleStartAtLogin();

  /** Quit handctl. */
  void quit();
}
