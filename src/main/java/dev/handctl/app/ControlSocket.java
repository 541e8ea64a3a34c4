package dev.handctl.app;

import dev.handctl.shell.control.ControlPaths;
import dev.handctl.shell.control.ControlServer;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's end of {@code handctl pause|resume|toggle|status}. A command is answered on the
 * socket's thread, but the pause itself runs on the control thread, as the tray's does, so the two
 * never race; the answer is the state after it.
 */
final class ControlSocket implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");

  private final RunState state;
  private final ExecutorService control;
  private final Supplier<String> status;
  private ControlServer server;

  /**
   * @param state what the commands change
   * @param control the thread that carries out pauses
   * @param status the answer after each command, such as {@code paused; output: X11}
   */
  ControlSocket(RunState state, ExecutorService control, Supplier<String> status) {
    this.state = state;
    this.control = control;
    this.status = status;
  }

  /** Opens the socket; without it handctl runs on, and the commands say no daemon is running. */
  void open() {
    try {
      server = ControlServer.start(ControlPaths.socket(), this::answer);
      LOG.info("control: {} (handctl pause|resume|toggle|status)", server.socket());
    } catch (IOException | RuntimeException | LinkageError e) { // LinkageError: a runtime without jdk.net
      LOG.warn("control: no control socket ({}); handctl pause|resume|toggle will not reach this daemon", e.toString());
    }
  }

  String answer(String command) {
    Runnable change = switch (command) {
      case "pause" -> () -> state.setPaused(true, "command");
      case "resume" -> () -> state.setPaused(false, "command");
      case "toggle" -> () -> state.toggle("command");
      case "status" -> () -> { };
      default -> null;
    };
    if (change == null) {
      return "error: unknown command '" + command + "' (pause, resume, toggle, status)";
    }
    try {
      control.submit(change).get(3, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
      return "error: " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "error: interrupted";
    }
    return status.get();
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}
