package dev.handctl.shell.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Linux login item writes exactly the autostart entry expected, where XDG says, and removes it. */
class XdgAutostartItemTest {
  private static final LaunchCommand INSTALLED = new LaunchCommand(List.of("/opt/handctl/bin/handctl", "run"),
      Optional.of(Path.of("/opt/handctl/lib/handctl.png")));

  /** The keys of the [Desktop Entry] group, in order; fails on a line that is neither. */
  private static Map<String, String> keys(Path file) throws Exception {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("[Desktop Entry]");
    Map<String, String> keys = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      int eq = line.indexOf('=');
      assertThat(eq).as("key=value line: %s", line).isPositive();
      assertThat(keys.put(line.substring(0, eq), line.substring(eq + 1))).as("duplicate key in %s", line).isNull();
    }
    return keys;
  }

  @Test
  void enableWritesTheEntryWithItsExactKeysAndDisableRemovesIt(@TempDir Path tmp) throws Exception {
    Path autostart = tmp.resolve("config/autostart");
    XdgAutostartItem item = new XdgAutostartItem(autostart, INSTALLED);
    assertThat(item.isEnabled()).isFalse();

    item.enable();
    Path file = autostart.resolve("handctl.desktop");
    assertThat(item.file()).isEqualTo(file);
    assertThat(item.isEnabled()).isTrue();
    assertThat(keys(file)).containsExactly(
        Map.entry("Type", "Application"),
        Map.entry("Name", "handctl"),
        Map.entry("Comment", "Control the computer with hand gestures seen by a webcam"),
        Map.entry("Exec", "/opt/handctl/bin/handctl run"),
        Map.entry("Icon", "/opt/handctl/lib/handctl.png"),
        Map.entry("Terminal", "false"),
        Map.entry("X-GNOME-Autostart-enabled", "true"),
        Map.entry("X-GNOME-Autostart-Delay", "3"),
        Map.entry("X-KDE-autostart-after", "panel"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    assertThat(item.describe()).contains(file.toString());
    try (var left = Files.list(autostart)) {
      assertThat(left).containsExactly(file);
    }

    item.enable(); // again: same single file
    assertThat(keys(file)).containsEntry("Exec", "/opt/handctl/bin/handctl run");

    item.disable();
    assertThat(file).doesNotExist();
    assertThat(item.isEnabled()).isFalse();
    item.disable(); // nothing to remove: no error
  }

  @Test
  void anEntrySwitchedOffByTheDesktopCountsAsDisabledAndEnableRewritesIt(@TempDir Path tmp) throws Exception {
    XdgAutostartItem item = new XdgAutostartItem(tmp, INSTALLED);
    Files.writeString(tmp.resolve("handctl.desktop"),
        "[Desktop Entry]\nType=Application\nExec=/old/handctl\nX-GNOME-Autostart-enabled=false\n");
    assertThat(item.isEnabled()).isFalse();
    Files.writeString(tmp.resolve("handctl.desktop"), "[Desktop Entry]\nType=Application\nHidden=true\n");
    assertThat(item.isEnabled()).isFalse();
    item.enable();
    assertThat(item.isEnabled()).isTrue();
    assertThat(keys(tmp.resolve("handctl.desktop"))).doesNotContainKey("Hidden")
        .containsEntry("X-GNOME-Autostart-enabled", "true");
  }

  @Test
  void execQuotesPathsByTheDesktopEntrySpecification() {
    assertThat(XdgAutostartItem.execLine(List.of("/opt/handctl/bin/handctl", "run")))
        .isEqualTo("/opt/handctl/bin/handctl run");
    assertThat(XdgAutostartItem.execLine(List.of("/home/ann/my jdk/bin/java", "-jar", "/home/ann/100%/handctl.jar")))
        .isEqualTo("\"/home/ann/my jdk/bin/java\" -jar /home/ann/100%%/handctl.jar");
    // A quote, a dollar and a backslash inside quotes get a backslash; then every backslash is doubled.
    assertThat(XdgAutostartItem.execLine(List.of("/a \"b\"/$x\\y", "")))
        .isEqualTo("\"/a \\\\\"b\\\\\"/\\\\$x\\\\\\\\y\" \"\"");
  }

  @Test
  void theFolderFollowsXdgConfigHome(@TempDir Path tmp) {
    LoginItem withXdg = LoginItems.forPlatform("Linux", Map.of("XDG_CONFIG_HOME", tmp.resolve("cfg").toString(),
        "HOME", "/nowhere"), "/nonexistent", INSTALLED);
    assertThat(withXdg).isInstanceOf(XdgAutostartItem.class);
    assertThat(((XdgAutostartItem) withXdg).file()).isEqualTo(tmp.resolve("cfg/autostart/handctl.desktop"));

    LoginItem withHome = LoginItems.forPlatform("Linux", Map.of("HOME", tmp.toString()), "/nonexistent", INSTALLED);
    assertThat(((XdgAutostartItem) withHome).file()).isEqualTo(tmp.resolve(".config/autostart/handctl.desktop"));
  }

  @Test
  void aDevelopmentBuildStartsThisJavaWithTheJar(@TempDir Path tmp) throws Exception {
    java.util.Properties props = new java.util.Properties();
    props.setProperty("os.name", "Linux");
    props.setProperty("java.home", "/usr/lib/jvm/java-17");
    LaunchCommand cmd = LaunchCommand.of(props, Optional.of(Path.of("/src/handctl/target/handctl.jar")), p -> true);
    assertThat(cmd.arguments()).containsExactly("/usr/lib/jvm/java-17/bin/java",
        "-Ddorkbox.updates.Updates.ENABLE=false", "-jar", "/src/handctl/target/handctl.jar", "run");
    assertThat(cmd.icon()).isEmpty();

    XdgAutostartItem item = new XdgAutostartItem(tmp, cmd);
    item.enable();
    assertThat(keys(item.file())).containsEntry("Exec",
        "/usr/lib/jvm/java-17/bin/java -Ddorkbox.updates.Updates.ENABLE=false -jar /src/handctl/target/handctl.jar run")
        .doesNotContainKey("Icon");
  }
}
