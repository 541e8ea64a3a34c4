package dev.handctl.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's own handctl files live, by the platform's convention.
 *
 * <table>
 *   <caption>Folders per platform</caption>
 *   <tr><th></th><th>configuration</th><th>cache (rebuildable, e.g. unpacked native libraries)</th></tr>
 *   <tr><td>Linux</td><td>{@code $XDG_CONFIG_HOME/handctl}, else {@code ~/.config/handctl}</td>
 *       <td>{@code $XDG_CACHE_HOME/handctl}, else {@code ~/.cache/handctl}</td></tr>
 *   <tr><td>macOS</td><td>{@code ~/Library/Application Support/handctl}</td>
 *       <td>{@code ~/Library/Caches/handctl}</td></tr>
 *   <tr><td>Windows</td><td>{@code %APPDATA%\handctl}</td><td>{@code %LOCALAPPDATA%\handctl\cache}</td></tr>
 * </table>
 *
 * <p>On Linux and macOS {@code ~} is {@code $HOME} when it is set to an absolute path (as the XDG Base
 * Directory specification says), else the JVM's {@code user.home}, which comes from the password
 * database. XDG variables holding a relative path are ignored, as the specification requires.
 */
public final class UserFolders {
  private UserFolders() {}

  /** Returns the user's handctl configuration folder (it may not exist yet). */
  public static Path configDir() {
    return configDir(osName(), System.getenv(), userHome());
  }

  /** The same for a given OS name, environment and home folder (for tests). */
  static Path configDir(String osName, Map<String, String> env, String home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      return windowsFolder(env, "APPDATA", home(os, env, home), "Roaming").resolve("handctl");
    }
    if (os.contains("mac")) {
      return home(os, env, home).resolve("Library").resolve("Application Support").resolve("handctl");
    }
    return xdgConfigHome(env, home).resolve("handctl");
  }

  /**
   * Returns the user's handctl cache folder (it may not exist yet): files handctl can rebuild, such
   * as the native libraries unpacked from its jars.
   */
  public static Path cacheDir() {
    return cacheDir(osName(), System.getenv(), userHome());
  }

  /** The same for a given OS name, environment and home folder (for tests). */
  static Path cacheDir(String osName, Map<String, String> env, String home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      return windowsFolder(env, "LOCALAPPDATA", home(os, env, home), "Local").resolve("handctl").resolve("cache");
    }
    if (os.contains("mac")) {
      return home(os, env, home).resolve("Library").resolve("Caches").resolve("handctl");
    }
    String xdg = env.get("XDG_CACHE_HOME");
    return (isAbsolute(xdg) ? Path.of(xdg) : home(os, env, home).resolve(".cache")).resolve("handctl");
  }

  /**
   * Returns the user's handctl state folder (it may not exist yet): what handctl leaves for the user
   * to look at later, such as a JVM crash report. Linux: {@code $XDG_STATE_HOME/handctl}, else
   * {@code ~/.local/state/handctl}; macOS: {@code ~/Library/Logs/handctl}; Windows:
   * {@code %LOCALAPPDATA%\handctl\state}.
   */
  public static Path stateDir() {
    return stateDir(osName(), System.getenv(), userHome());
  }

  /**
   * The same for a given environment (the daemon passes its own, so that tests can point it elsewhere).
   *
   * @param env the environment
   * @return the state folder
   */
  public static Path stateDir(Map<String, String> env) {
    return stateDir(osName(), env, userHome());
  }

  /** The same for a given OS name, environment and home folder (for tests). */
  static Path stateDir(String osName, Map<String, String> env, String home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      return windowsFolder(env, "LOCALAPPDATA", home(os, env, home), "Local").resolve("handctl").resolve("state");
    }
    if (os.contains("mac")) {
      return home(os, env, home).resolve("Library").resolve("Logs").resolve("handctl");
    }
    String xdg = env.get("XDG_STATE_HOME");
    return (isAbsolute(xdg) ? Path.of(xdg) : home(os, env, home).resolve(".local").resolve("state")).resolve("handctl");
  }

  /**
   * Returns the XDG configuration home: {@code $XDG_CONFIG_HOME} when it is an absolute path, else
   * {@code ~/.config} (the parent of the Linux {@link #configDir()}, and of {@code autostart/}).
   *
   * @param env the environment
   * @param home the JVM's {@code user.home}, used when {@code $HOME} is not an absolute path
   * @return the folder
   */
  public static Path xdgConfigHome(Map<String, String> env, String home) {
    String xdg = env.get("XDG_CONFIG_HOME");
    return isAbsolute(xdg) ? Path.of(xdg) : home("linux", env, home).resolve(".config");
  }

  /**
   * Returns the user's home folder: on Linux and macOS {@code $HOME} when it is an absolute path,
   * else {@code home}; on Windows always {@code home}.
   *
   * @param osName the {@code os.name}
   * @param env the environment
   * @param home the JVM's {@code user.home}
   * @return the folder
   */
  public static Path home(String osName, Map<String, String> env, String home) {
    String os = osName.toLowerCase(Locale.ROOT);
    String envHome = env.get("HOME");
    if (!os.contains("win") && isAbsolute(envHome)) {
      return Path.of(envHome);
    }
    return Path.of(home);
  }

  /** Returns the folder of the user's own gesture files, which win over the shipped ones. */
  public static Path gesturesDir() {
    return configDir().resolve("gestures");
  }

  private static Path windowsFolder(Map<String, String> env, String variable, Path home, String underAppData) {
    String value = env.get(variable);
    return value != null && !value.isBlank() ? Path.of(value) : home.resolve("AppData").resolve(underAppData);
  }

  private static boolean isAbsolute(String path) {
    return path != null && !path.isBlank() && path.startsWith("/");
  }

  private static String osName() {
    return System.getProperty("os.name", "");
  }

  private static String userHome() {
    return System.getProperty("user.home", ".");
  }
}
