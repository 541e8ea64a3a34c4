package dev.handctl.app.cli;

import dev.handctl.app.CommonOptions;
import dev.handctl.app.ExitCodes;
import dev.handctl.app.OutputSetup;
import dev.handctl.app.RuleFiles;
import dev.handctl.app.Rules;
import dev.handctl.config.ConfigException;
import dev.handctl.config.UserFolders;
import dev.handctl.output.BackendChooser;
import dev.handctl.output.OutputBackend;
import dev.handctl.output.SessionFacts;
import dev.handctl.shell.control.ControlPaths;
import dev.handctl.shell.portal.PortalBusInterfaces;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code handctl doctor}: what this session offers for driving the mouse and keyboard, and what the
 * daemon would choose, without starting it.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
    header = "Print the desktop session and the output backends available here.",
    description = {"Print the session type, the compositor, which output backends are available here and the one",
        "handctl would use (output.backend), and where the control socket of handctl pause|resume|toggle is."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:a backend would be used", "1:no backend can drive this session",
        "3:the configuration could not be read"})
final class DoctorCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    OutputBackend setting;
    java.time.Duration portalDialog;
    try {
      Rules rules = RuleFiles.of(common, UserFolders.configDir()).load();
      setting = rules.config().output().backend();
      portalDialog = java.time.Duration.ofSeconds(rules.config().output().portalDialogSeconds());
    } catch (ConfigException e) {
      spec.commandLine().getErr().println("handctl: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return ExitCodes.SETUP_FAILED;
    }
    try (OutputSetup setup = OutputSetup.probe(setting, portalDialog, System.getenv(), true)) {
      SessionFacts f = setup.facts();
      out.println("session type:    " + (f.sessionType().isEmpty() ? "(XDG_SESSION_TYPE not set)" : f.sessionType()));
      out.println("desktop:         " + (f.desktop().isEmpty() ? "(XDG_CURRENT_DESKTOP not set)" : f.desktop()));
      out.println("WAYLAND_DISPLAY: " + (f.waylandDisplay().isEmpty() ? "(not set)" : f.waylandDisplay()));
      out.println("DISPLAY:         " + (f.x11Display().isEmpty() ? "(not set)" : f.x11Display()));
      out.println("compositor:      " + f.compositor()
          + (f.waylandProblem().isEmpty() ? "" : " (cannot connect: " + f.waylandProblem() + ")"));
      if (f.waylandGlobals() != null) {
        out.println("  virtual pointer: " + (f.virtualPointer() ? "yes" : "no") + ", virtual keyboard: "
            + (f.virtualKeyboard() ? "yes" : "no"));
      }
      out.println("portal:          " + (f.portal() ? PortalBusInterfaces.REMOTE_DESKTOP + " version " + f.portalVersion()
          + " on the session bus (" + PortalBusInterfaces.BUS_NAME + ")" : "none: " + f.portalProblem()));
      if (f.portal()) {
        var tokens = setup.restoreTokens();
        out.println("  restore token: " + tokens.file() + (tokens.read() != null ? " (kept: the desktop may skip"
            + " its dialog)" : " (none yet: the desktop asks once)"));
      }
      out.println("backends:");
      for (String line : BackendChooser.availability(f)) {
        out.println("  " + line);
      }
      out.println("output.backend:  " + setting.setting());
      out.println("would use:       " + setup.choice().summary());
      if (!setup.choice().warning().isEmpty()) {
        out.println("note:            " + setup.choice().warning());
      }
      out.println("control socket:  " + ControlPaths.socket() + " (handctl pause|resume|toggle|status)");
      out.flush();
      return setup.choice().backend() == null ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
    }
  }
}
