package dev.handctl.app.cli;

import dev.handctl.app.ExitCodes;
import dev.handctl.app.RunCommand;
import dev.handctl.config.ConfigException;
import dev.handctl.config.NativeCache;
import dev.handctl.config.NativeMemory;
import dev.handctl.inference.ModelException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code handctl} command line. */
@Command(name = "handctl", mixinStandardHelpOptions = true, version = "handctl 0.1.0",
    description = "Control the computer with hand gestures seen by a webcam.",
    subcommands = {RunCommand.class, DetectCommand.class, TrackCommand.class, BenchCommand.class, MakeVideoCommand.class,
        ReplayCommand.class, EvalCommand.class, RecordCommand.class, CheckConfigCommand.class, StartAtLoginCommand.class,
        ControlCommands.Pause.class, ControlCommands.Resume.class, ControlCommands.Toggle.class,
        ControlCommands.Status.class, DoctorCommand.class, CamerasCommand.class, TeachCommand.class, CalibrateCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:some inputs failed (each named on stderr)",
        "2:wrong command line",
        "3:a model or the configuration could not be used",
        "4:the daemon is already running for this user",
        "5:no daemon is running for this user (pause, resume, toggle, status)"})
public final class Main implements java.util.concurrent.Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  private Main() {}

  /** With no command, handctl runs the daemon with its defaults. */
  @Override
  public Integer call() {
    return spec.subcommands().get("run").execute();
  }

  /**
   * Runs handctl. Before anything loads a native library, JavaCPP's cache is pointed at the user's
   * cache folder ({@link NativeCache}) and its memory limits are set from the heap ({@link NativeMemory}).
   *
   * @param args command line
   */
  public static void main(String[] args) {
    NativeCache.configure();
    NativeMemory.configure();
    System.exit(run(args));
  }

  /**
   * Runs handctl and returns its exit code instead of exiting.
   *
   * @param args command line
   * @return the exit code
   */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /**
   * Builds the command line with handctl's error handling, for callers that set their own streams.
   *
   * @return the command line, not yet executed
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof ModelException || e instanceof ConfigException) {
        PrintWriter err = cmd.getErr();
        err.println("handctl: " + e.getMessage());
        err.flush();
        return ExitCodes.SETUP_FAILED;
      }
      throw e;
    });
    return cli;
  }
}
