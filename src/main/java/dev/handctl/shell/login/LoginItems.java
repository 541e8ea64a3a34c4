package dev.handctl.shell.login;

import dev.handctl.config.UserFolders;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Picks the platform's {@link LoginItem}. */
final class LoginItems {
  private LoginItems() {}

  static LoginItem forThisPlatform() {
    return forPlatform(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."),
        LaunchCommand.current());
  }

  /**
   * The login item for a given platform, environment, home folder and command (for tests).
   *
   * @param osName the {@code os.name}
   * @param env the environment ({@code HOME}, {@code XDG_CONFIG_HOME})
   * @param userHome the JVM's {@code user.home}
   * @param command what the login item starts
   * @return the login item
   */
  static LoginItem forPlatform(String osName, Map<String, String> env, String userHome, LaunchCommand command) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      return new WindowsRunItem(command, new WindowsRunItem.RegExe());
    }
    if (os.contains("mac")) {
      Path home = UserFolders.home(osName, env, userHome);
      return new LaunchAgentItem(home.resolve("Library").resolve("LaunchAgents"), command);
    }
    return new XdgAutostartItem(UserFolders.xdgConfigHome(env, userHome).resolve("autostart"), command);
  }
}
