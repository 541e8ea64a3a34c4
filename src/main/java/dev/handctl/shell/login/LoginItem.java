package dev.handctl.shell.login;

import java.io.IOException;

/**
 * Starts handctl when the user logs in, by the one mechanism of each platform (so the daemon never
 * starts twice): an XDG autostart entry on Linux ({@link XdgAutostartItem}), a LaunchAgent on macOS
 * ({@link LaunchAgentItem}), a value under the user's {@code Run} registry key on Windows
 * ({@link WindowsRunItem}). All of them are per user: nothing is installed for everyone.
 *
 * <p>The tray's "Start at login" toggle and {@code handctl start-at-login} call these. Enabling
 * only arranges the next login: it does not start a second daemon now.
 */
public interface LoginItem {
  /**
   * Tells whether handctl will start at the next login.
   *
   * @return true when this user's login item is present and not switched off
   */
  boolean isEnabled();

  /**
   * Makes handctl start at every login of this user (writes or rewrites the login item).
   *
   * @throws IOException when the login item cannot be written
   */
  void enable() throws IOException;

  /**
   * Stops handctl from starting at login (removes the login item; nothing happens when there is none).
   *
   * @throws IOException when the login item cannot be removed
   */
  void disable() throws IOException;

  /**
   * Says what this login item is and where it is written, for the user.
   *
   * @return for example {@code XDG autostart entry /home/ann/.config/autostart/handctl.desktop}
   */
  String describe();

  /**
   * Returns the login item of the platform this JVM runs on, starting the daemon the way this
   * handctl was started (its installed launcher, or {@code java -jar} for a development build).
   *
   * @return the login item
   */
  static LoginItem forThisPlatform() {
    return LoginItems.forThisPlatform();
  }
}
