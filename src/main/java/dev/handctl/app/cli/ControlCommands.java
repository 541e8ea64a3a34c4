package dev.handctl.app.cli;

import dev.handctl.app.ExitCodes;
import dev.handctl.shell.control.ControlClient;
import dev.handctl.shell.control.ControlPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code handctl pause|resume|toggle|status}: tell the running daemon of this user what to do,
 * through its control socket ({@link dev.handctl.shell.control}). Meant to be bound to a desktop
 * shortcut, which works on every desktop, Wayland included, where a global hotkey cannot be had.
 */
final class ControlCommands {
  private static final long ANSWER_SECONDS = 5;

  private ControlCommands() {}

  /** Sends a command and prints the answer; the exit code says whether a daemon answered. */
  abstract static class Base implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    abstract String command();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      // The socket is blocking and has no read timeout: a stuck daemon must not hang a shortcut.
      CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
        try {
          return ControlClient.send(ControlPaths.socket(), command());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      try {
        String line = answer.get(ANSWER_SECONDS, TimeUnit.SECONDS);
        if (line.startsWith("error")) {
          err.println("handctl: the daemon says: " + line);
          err.flush();
          return ExitCodes.SOME_INPUTS_FAILED;
        }
        out.println(line);
        out.flush();
        return ExitCodes.OK;
      } catch (ExecutionException e) {
        Throwable cause = e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : e.getCause();
        err.println("handctl: " + (cause instanceof ControlClient.NoDaemonException ? cause.getMessage()
            : "cannot reach the daemon: " + cause) + (cause instanceof ControlClient.NoDaemonException
            ? "; start it with `handctl run`" : ""));
        err.flush();
        return ExitCodes.NOT_RUNNING;
      } catch (TimeoutException e) {
        err.println("handctl: the daemon did not answer within " + ANSWER_SECONDS + " s");
        err.flush();
        return ExitCodes.NOT_RUNNING;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return ExitCodes.NOT_RUNNING;
      }
    }
  }

  /** {@code handctl pause}. */
  @Command(name = "pause", mixinStandardHelpOptions = true,
      description = "Pause the running daemon (nothing is sent to the mouse and keyboard until resumed).",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:done; prints the state", "5:no handctl daemon runs for this user"})
  static final class Pause extends Base {
    @Override
    String command() {
      return "pause";
    }
  }

  /** {@code handctl resume}. */
  @Command(name = "resume", mixinStandardHelpOptions = true, description = "Resume the running daemon.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:done; prints the state", "5:no handctl daemon runs for this user"})
  static final class Resume extends Base {
    @Override
    String command() {
      return "resume";
    }
  }

  /** {@code handctl toggle}. */
  @Command(name = "toggle", mixinStandardHelpOptions = true,
      header = "Pause the running daemon, or resume it (the command to bind to a desktop shortcut).",
      description = {"Pause the running daemon, or resume it when paused: the command to bind to a desktop",
          "shortcut (see the README for GNOME and KDE)."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:done; prints the new state", "5:no handctl daemon runs for this user"})
  static final class Toggle extends Base {
    @Override
    String command() {
      return "toggle";
    }
  }

  /** {@code handctl status}. */
  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Print whether the daemon is running or paused, and which output backend it uses.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:a daemon answered", "5:no handctl daemon runs for this user"})
  static final class Status extends Base {
    @Override
    String command() {
      return "status";
    }
  }
}
