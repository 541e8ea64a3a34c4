package dev.handctl.shell.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The daemon's command: the installed launcher when there is one, else this java with the jar. */
class LaunchCommandTest {
  private static Properties props(String os, String appPath) {
    Properties p = new Properties();
    p.setProperty("os.name", os);
    p.setProperty("java.home", "/jdk");
    p.setProperty("java.class.path", "/src/target/classes:/m2/picocli.jar");
    if (appPath != null) {
      p.setProperty(LaunchCommand.APP_PATH, appPath);
    }
    return p;
  }

  @Test
  void theJpackageLauncherWhenInstalled() {
    LaunchCommand cmd = LaunchCommand.of(props("Linux", "/opt/handctl/bin/handctl"),
        Optional.of(Path.of("/opt/handctl/lib/app/handctl.jar")), Set.of(Path.of("/opt/handctl/lib/handctl.png"))::contains);
    assertThat(cmd.arguments()).containsExactly("/opt/handctl/bin/handctl", "run");
    assertThat(cmd.icon()).contains(Path.of("/opt/handctl/lib/handctl.png"));

    LaunchCommand mac = LaunchCommand.of(props("Mac OS X", "/Applications/handctl.app/Contents/MacOS/handctl"),
        Optional.empty(), p -> false);
    assertThat(mac.arguments()).containsExactly("/Applications/handctl.app/Contents/MacOS/handctl", "run");
    assertThat(mac.icon()).isEmpty();
  }

  @Test
  void onWindowsTheWindowlessLauncherEvenFromTheConsoleOne() {
    Path console = Path.of("/Program Files/handctl/handctl-cli.exe");
    Path windowless = console.resolveSibling("handctl.exe");
    assertThat(LaunchCommand.of(props("Windows 11", console.toString()), Optional.empty(), Set.of(windowless)::contains)
        .arguments()).containsExactly(windowless.toString(), "run");
    assertThat(LaunchCommand.of(props("Windows 11", windowless.toString()), Optional.empty(), p -> true)
        .arguments()).containsExactly(windowless.toString(), "run");
    assertThat(LaunchCommand.of(props("Windows 11", console.toString()), Optional.empty(), p -> false)
        .arguments()).containsExactly(console.toString(), "run");
  }

  @Test
  void aClassFolderRunsWithTheClassPath() {
    LaunchCommand cmd = LaunchCommand.of(props("Linux", null), Optional.of(Path.of("/src/target/classes")), p -> true);
    assertThat(cmd.arguments()).containsExactly("/jdk/bin/java", "-Ddorkbox.updates.Updates.ENABLE=false",
        "-cp", "/src/target/classes:/m2/picocli.jar", "dev.handctl.app.cli.Main", "run");
    assertThat(LaunchCommand.of(props("Windows 10", null), Optional.of(Path.of("/h/handctl.jar")), p -> true)
        .arguments().get(0)).isEqualTo(Path.of("/jdk/bin/javaw.exe").toString());
  }
}
