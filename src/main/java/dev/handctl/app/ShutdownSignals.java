package dev.handctl.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import sun.misc.Signal;

/**
 * SIGTERM, SIGINT (Ctrl-C) and SIGHUP as a request to quit, handled like Quit from the tray.
 *
 * <p>The JVM's own handling of these signals runs the shutdown hooks while every other thread
 * goes on, and exits with 128 + the signal's number (143 for SIGTERM) when they end: the process can
 * be gone, its native libraries torn down, while the pipeline is still inside a TensorFlow session,
 * which crashed it (SIGSEGV in libtensorflow_cc, about a second after "stopped"). With these handlers
 * the daemon stops in its own order (pipeline, then models, then inputs released) and exits 0, as
 * {@code run --help} says.
 */
final class ShutdownSignals {
  private static final String[] NAMES = {"TERM", "INT", "HUP"};

  private ShutdownSignals() {}

  /**
   * Installs the handlers.
   *
   * @param onSignal called with the signal's name ({@code SIGTERM}) on the JVM's signal thread; it
   *     must only ask the daemon to quit, not wait for it
   * @return the signals that could not be handled (each with why), empty when all were; those keep
   *     the JVM's behaviour
   */
  static List<String> install(Consumer<String> onSignal) {
    List<String> refused = new ArrayList<>();
    for (String name : NAMES) {
      try {
        Signal.handle(new Signal(name), s -> onSignal.accept("SIG" + s.getName()));
      } catch (IllegalArgumentException e) {
        // Taken by the JVM (-Xrs) or unknown on this platform (no SIGHUP on Windows).
        refused.add("SIG" + name + " (" + e.getMessage() + ")");
      }
    }
    return refused;
  }
}
