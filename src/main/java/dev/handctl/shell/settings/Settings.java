package dev.handctl.shell.settings;

/**
 * The settings window as the daemon sees it: {@link SettingsFrame} or, where no window can be made
 * (no display), {@link #none()}. Every method may be called on any thread.
 */
public interface Settings {
  /** Returns whether there is a window to show; false for {@link #none()}. */
  boolean canShow();

  /** Shows the window, or brings it to the front. */
  void show();

  /**
   * Shows the settings in use: after each reload (an edit from the window or in the file) and
   * each change of start at login. Does not write anything back.
   *
   * @param values the settings
   */
  void update(SettingsValues values);

  /**
   * Says why a change could not be written (or clears it).
   *
   * @param message the reason, or empty
   */
  void showProblem(String message);

  /** Closes the window for good. */
  void dispose();

  /** Returns a settings window that is never shown. */
  static Settings none() {
    return new Settings() {
      @Override
      public boolean canShow() {
        return false;
      }

      @Override
      public void show() {}

      @Override
      public void update(SettingsValues values) {}

      @Override
      public void showProblem(String message) {}

      @Override
      public void dispose() {}
    };
  }
}
