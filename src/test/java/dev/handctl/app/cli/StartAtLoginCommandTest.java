package dev.handctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.shell.login.LaunchCommand;
import dev.handctl.shell.login.XdgAutostartItem;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code handctl start-at-login [on|off]} switches the login item and says where it is. */
class StartAtLoginCommandTest {
  private static String run(XdgAutostartItem item, String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new StartAtLoginCommand(item));
    cli.setOut(new PrintWriter(out, true));
    assertThat(cli.execute(args)).isZero();
    return out.toString().strip();
  }

  @Test
  void showsSwitchesOnAndOff(@TempDir Path tmp) {
    XdgAutostartItem item = new XdgAutostartItem(tmp,
        new LaunchCommand(List.of("/opt/handctl/bin/handctl", "run"), Optional.empty()));
    Path file = tmp.resolve("handctl.desktop");
    assertThat(run(item)).isEqualTo("start at login: off (XDG autostart entry " + file + ")");
    assertThat(run(item, "on")).startsWith("start at login: on");
    assertThat(file).exists();
    assertThat(run(item)).startsWith("start at login: on");
    assertThat(run(item, "off")).startsWith("start at login: off");
    assertThat(file).doesNotExist();
  }

  @Test
  void isASubcommandOfHandctl() {
    assertThat(Main.commandLine().getSubcommands()).containsKey("start-at-login");
  }
}
