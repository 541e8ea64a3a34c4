package dev.handctl.app;

import dev.handctl.action.ActionDriver;
import dev.handctl.shell.X11Focus;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the application in front for bindings limited to some ({@code apps:} in bindings.yaml):
 * reads it every {@link #POLL_MILLIS} while any binding names an application, and tells the driver
 * when it changes. X11 only for now; elsewhere such bindings never apply and the log says so once.
 */
final class FocusWatch {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");
  /**
   * How often the focus is read: well inside the 200 ms a profile must follow a focus change within,
   * and two round trips to the X server each time, nothing when no binding names an application.
   */
  static final long POLL_MILLIS = 100;

  private FocusWatch() {}

  /**
   * Starts following the focus.
   *
   * @param x11 whether the output drives an X11 display (whose error handling is AWT's then)
   * @param rules the bindings in use, which may change on a reload
   * @param driver told the application in front
   * @param timer where to poll (the daemon's control thread)
   */
  static void start(boolean x11, LiveRules rules, ActionDriver driver, ScheduledExecutorService timer) {
    X11Focus focus = x11 ? X11Focus.open(System.getenv("DISPLAY")) : null;
    boolean[] warned = {false};
    List<?>[] last = {List.of()};
    timer.scheduleWithFixedDelay(() -> {
      try {
        boolean wanted = rules.current().bindings().stream().anyMatch(b -> !b.apps().isEmpty());
        if (!wanted) {
          return;
        }
        if (focus == null) {
          if (!warned[0]) {
            warned[0] = true;
            LOG.warn("focus: not followed here (the X11 output only for now, not in a dry run); bindings limited to"
                + " applications (apps:) do not apply, the others do");
          }
          return;
        }
        List<String> now = focus.focused();
        if (!now.equals(last[0])) {
          last[0] = now;
          driver.setFocusedApp(now);
          long own = rules.current().bindings().stream().filter(b -> b.appliesTo(now) && !b.apps().isEmpty()).count();
          LOG.info("focus: {} ({} binding(s) for it)", now.isEmpty() ? "none" : String.join(" / ", now), own);
        }
      } catch (RuntimeException e) {
        LOG.warn("focus: could not read the application in front: {}", e.toString());
      }
    }, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
  }
}
