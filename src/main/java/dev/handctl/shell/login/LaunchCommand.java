package dev.handctl.shell.login;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The command that starts the handctl daemon the way this handctl was started.
 *
 * <ul>
 *   <li>From an installed package: the jpackage launcher, which jpackage names in the system property
 *       {@value #APP_PATH} ({@code /opt/handctl/bin/handctl}, {@code .../handctl.app/Contents/MacOS/handctl},
 *       or on Windows the window-less {@code handctl.exe}, also when this is its console twin
 *       {@code handctl-cli.exe}), followed by {@code run}.</li>
 *   <li>From a development build: this JVM's {@code java} ({@code javaw.exe} on Windows) with
 *       {@code -jar} and the jar, or {@code -cp} and the class path when handctl does not run from
 *       a jar, followed by {@code run}.</li>
 * </ul>
 *
 * @param arguments the program and its arguments
 * @param icon the installed icon, when there is one
 */
public record LaunchCommand(List<String> arguments, Optional<Path> icon) {
  /** The system property jpackage launchers set to their own path. */
  public static final String APP_PATH = "jpackage.app-path";
  /** The daemon subcommand. */
  public static final String DAEMON = "run";
  /** The console launcher of the Windows package, for the commands; beside the window-less handctl.exe. */
  static final String WINDOWS_CONSOLE_LAUNCHER = "handctl-cli.exe";
  /** The window-less launcher of the Windows package, which starts the daemon. */
  static final String WINDOWS_LAUNCHER = "handctl.exe";

  /**
   * Creates a command.
   *
   * @param arguments the program and its arguments (not empty)
   * @param icon the installed icon, when there is one
   */
  public LaunchCommand {
    arguments = List.copyOf(arguments);
    if (arguments.isEmpty()) {
      throw new IllegalArgumentException("a command needs a program");
    }
  }

  /**
   * Returns the command for this JVM.
   *
   * @return the command
   */
  public static LaunchCommand current() {
    return of(System.getProperties(), codeLocation(), Files::exists);
  }

  /**
   * Returns the command for given system properties and code location (for tests).
   *
   * @param props system properties ({@value #APP_PATH}, {@code os.name}, {@code java.home},
   *     {@code java.class.path})
   * @param codeLocation the jar or class folder handctl runs from, when known
   * @param exists tells whether a file exists
   * @return the command
   */
  static LaunchCommand of(Properties props, Optional<Path> codeLocation, Predicate<Path> exists) {
    boolean windows = props.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    String appPath = props.getProperty(APP_PATH);
    if (appPath != null && !appPath.isBlank()) {
      Path launcher = Path.of(appPath);
      if (windows && launcher.getParent() != null && launcher.getFileName() != null
          && launcher.getFileName().toString().equalsIgnoreCase(WINDOWS_CONSOLE_LAUNCHER)) {
        Path windowless = launcher.getParent().resolve(WINDOWS_LAUNCHER);
        if (exists.test(windowless)) {
          launcher = windowless;
        }
      }
      return new LaunchCommand(List.of(launcher.toString(), DAEMON), installedIcon(launcher, exists));
    }
    Path java = Path.of(props.getProperty("java.home", "")).resolve("bin").resolve(windows ? "javaw.exe" : "java");
    List<String> args = new ArrayList<>(List.of(java.toString(), "-Ddorkbox.updates.Updates.ENABLE=false"));
    if (codeLocation.isPresent() && codeLocation.get().getFileName() != null
        && codeLocation.get().getFileName().toString().endsWith(".jar")) {
      args.addAll(List.of("-jar", codeLocation.get().toString()));
    } else {
      args.addAll(List.of("-cp", props.getProperty("java.class.path", "."), "dev.handctl.app.cli.Main"));
    }
    args.add(DAEMON);
    return new LaunchCommand(args, Optional.empty());
  }

  /** jpackage puts the Linux icon in {@code lib/NAME.png} beside {@code bin/}. */
  private static Optional<Path> installedIcon(Path launcher, Predicate<Path> exists) {
    Path bin = launcher.getParent();
    if (bin == null || bin.getParent() == null) {
      return Optional.empty();
    }
    Path icon = bin.getParent().resolve("lib").resolve("handctl.png");
    return exists.test(icon) ? Optional.of(icon) : Optional.empty();
  }

  private static Optional<Path> codeLocation() {
    try {
      return Optional.of(Path.of(LaunchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toAbsolutePath());
    } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
