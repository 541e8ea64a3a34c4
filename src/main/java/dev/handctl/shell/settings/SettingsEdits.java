package dev.handctl.shell.settings;

/** What the settings window asks of the daemon; called on Swing's thread, so each returns at once. */
public interface SettingsEdits {
  /**
   * Changes a setting in the user's settings file.
   *
   * @param key its dotted name, such as {@code pointer.gainPxPerHandSize}
   * @param value a Boolean, Long, Double or String
   */
  void set(String key, Object value);

  /**
   * Starts handctl at login, or stops doing so.
   *
   * @param enabled whether it should
   */
  void setStartAtLogin(boolean enabled);
}
