package dev.handctl.app;

import dev.handctl.action.ActionSink;
import dev.handctl.action.DesktopBounds;
import dev.handctl.action.RecordingActionSink;
import dev.handctl.shell.InjectedKeys;
import dev.handctl.shell.InputInjectionException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the daemon's actions go: the backend {@link OutputSetup} chose, or for a dry run printed
 * actions. A backend that cannot be opened for want of a device or a protocol is not fatal: the
 * daemon stays paused with a sink that drops everything, and says why, so a user started at login
 * sees a state rather than a handctl that silently does nothing.
 *
 * @param sink where the actions go
 * @param desktop the desktop the pointer moves over
 * @param summary the backend, for the log, the tray and {@code handctl status}; empty for a dry run
 * @param missing whether there is no output (then the daemon stays paused)
 */
record DaemonOutput(ActionSink sink, DesktopBounds desktop, String summary, boolean missing) {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");

  /**
   * Prints each action as a JSON line instead of sending it.
   *
   * @param desktop the desktop assumed
   * @param out where the lines go
   * @param firstFrameNanos the first frame's time, which the lines count from
   */
  static DaemonOutput dryRun(DesktopBounds desktop, PrintWriter out, LongSupplier firstFrameNanos) {
    ActionSink sink = new RecordingActionSink(desktop, a -> {
      synchronized (out) {
        out.println(ActionJson.line(a, (a.timestampNanos() - firstFrameNanos.getAsLong()) / 1e6));
        out.flush();
      }
    }, false);
    LOG.info("output: dry run (actions printed, nothing touched), desktop {}x{}", desktop.widthPx(),
        desktop.heightPx());
    return new DaemonOutput(sink, desktop, "", false);
  }

  /**
   * Opens the chosen backend.
   *
   * @param output the backend chosen
   * @param injectedKeys the keys handctl presses, which the hotkey must ignore
   * @param desktop the desktop as the display gives it, or null when there is no display
   * @param fallback the desktop assumed for a missing output
   * @param err where to say why handctl cannot start
   * @return the output, or null when handctl cannot drive the mouse and keyboard at all (exit)
   */
  static DaemonOutput open(OutputSetup output, InjectedKeys injectedKeys, DesktopBounds desktop,
      DesktopBounds fallback, PrintWriter err) {
    try {
      OutputSetup.Opened opened = output.open(injectedKeys, desktop);
      DesktopBounds bounds = opened.desktop();
      String summary = output.choice().summary();
      LOG.info("output: {}, desktop {}x{} at {},{}", summary, bounds.widthPx(), bounds.heightPx(), bounds.xPx(),
          bounds.yPx());
      if (!output.choice().warning().isEmpty()) {
        LOG.warn("output: {}", output.choice().warning());
      }
      return new DaemonOutput(opened.sink(), bounds, summary, false);
    } catch (InputInjectionException | RuntimeException e) {
      err.println("handctl: cannot drive the mouse and keyboard (" + e.getMessage() + "); on X11 the server needs"
          + " the XTEST extension");
      err.flush();
      return null;
    } catch (IOException e) {
      output.close();
      LOG.error("output: none: {}; handctl stays paused. {}", e.getMessage(), output.choice().warning().isEmpty()
          ? "Run `handctl doctor` to see what this session offers." : output.choice().warning() + ".");
      return new DaemonOutput(new RecordingActionSink(fallback, a -> { }, false), fallback,
          "none (" + e.getMessage() + ")", true);
    }
  }
}
