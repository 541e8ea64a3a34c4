package dev.handctl.app.cli;

import dev.handctl.app.ExitCodes;
import dev.handctl.shell.login.LoginItem;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code handctl start-at-login [on|off]}: shows or changes whether the daemon starts when this user
 * logs in (the same switch as the tray's "Start at login").
 */
@Command(name = "start-at-login", mixinStandardHelpOptions = true,
    description = {"Show whether handctl starts when you log in, or switch it on or off (for you only).",
        "Linux: ~/.config/autostart/handctl.desktop; macOS: ~/Library/LaunchAgents/dev.handctl.plist;",
        "Windows: the value handctl under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run."})
final class StartAtLoginCommand implements Callable<Integer> {
  /** What to do. */
  enum Switch { on, off }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "on|off", arity = "0..1", description = "Switch it on or off (default: only show it).")
  Switch change;

  private final LoginItem item;

  /** Creates the command for this platform's login item. */
  StartAtLoginCommand() {
    this(null);
  }

  /**
   * Creates the command for a given login item (for tests).
   *
   * @param item the login item, or null for this platform's
   */
  StartAtLoginCommand(LoginItem item) {
    this.item = item;
  }

  @Override
  public Integer call() {
    LoginItem login = item != null ? item : LoginItem.forThisPlatform();
    PrintWriter out = spec.commandLine().getOut();
    if (change != null) {
      try {
        if (change == Switch.on) {
          login.enable();
        } else {
          login.disable();
        }
      } catch (IOException | RuntimeException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("handctl: could not switch start at login " + change + " (" + login.describe() + "): " + e);
        err.flush();
        return ExitCodes.SOME_INPUTS_FAILED;
      }
    }
    out.println("start at login: " + (login.isEnabled() ? "on" : "off") + " (" + login.describe() + ")");
    out.flush();
    return ExitCodes.OK;
  }
}
