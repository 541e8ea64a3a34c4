package dev.handctl.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's own handctl files live, by the platform's convention: {@code $XDG_CONFIG_HOME/handctl}
 * (else {@code ~/.config/handctl}) on Linux, {@code ~/Library/Application Support/handctl} on macOS,
 * {@code %APPDATA%\handctl} on Windows.
 */
public final class UserFolders {
  private UserFolders() {}

  /** Returns the user's handctl configuration folder (it may not exist yet). */
  public static Path configDir() {
    return configDir(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."));
  }

  /** The same for a given OS name, environment and home folder (for tests). */
  static Path configDir(String osName, Map<String, String> env, String home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String appData = env.get("APPDATA");
      return (appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming"))
          .resolve("handctl");
    }
    if (os.contains("mac")) {
      return Path.of(home, "Library", "Application Support", "handctl");
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config")).resolve("handctl");
  }

  /** Returns the folder of the user's own gesture files, which win over the shipped ones. */
  public static Path gesturesDir() {
    return configDir().resolve("gestures");
  }
}
