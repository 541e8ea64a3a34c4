package dev.handctl.app;

import dev.handctl.action.ActionDriver;
import dev.handctl.action.FocusSource;
import dev.handctl.shell.X11Focus;
import dev.handctl.shell.wayland.ForeignToplevels;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the application in front for bindings limited to some ({@code apps:} in bindings.yaml):
 * reads it every {@link #POLL_MILLIS} while any binding names an application, and tells the driver
 * when it changes. The source is opened the first time a binding names an application: the X
 * server's active window on X11, the compositor's activated toplevel on a wlroots Wayland session.
 * Where there is none (GNOME or KDE Wayland, a dry run) such bindings never apply and the log says
 * so once.
 */
final class FocusWatch {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");
  /**
   * How often the focus is read: well inside the 200 ms a profile must follow a focus change within;
   * on X11 two round trips to the X server each time, on Wayland a field read (the compositor's
   * events arrive on a thread of their own); nothing when no binding names an application.
   */
  static final long POLL_MILLIS = 100;

  /** Opens the focus source, or says why there is none. */
  @FunctionalInterface
  interface Opener {
    /**
     * Opens it.
     *
     * @return the source
     * @throws IOException with the reason there is none here
     */
    FocusSource open() throws IOException;
  }

  private FocusWatch() {}

  /**
   * Chooses where the focus is read.
   *
   * @param drives whether a real output drives the desktop (not a dry run)
   * @param x11Output whether that output drives an X11 display (whose error handling is AWT's then)
   * @param env the environment
   * @return the opener
   */
  static Opener opener(boolean drives, boolean x11Output, Map<String, String> env) {
    if (!drives) {
      return () -> {
        throw new IOException("not in a dry run");
      };
    }
    if (OutputSetup.waylandSession(env) && !x11Output) {
      return () -> ForeignToplevels.open(env);
    }
    if (x11Output) {
      return () -> {
        X11Focus f = X11Focus.open(env.get("DISPLAY"));
        if (f == null) {
          throw new IOException("cannot open the X display " + env.get("DISPLAY"));
        }
        return f;
      };
    }
    return () -> {
      throw new IOException("no X11 display or Wayland compositor to ask");
    };
  }

  /**
   * Starts following the focus.
   *
   * @param opener where the focus is read (opened when first needed, on the timer's thread)
   * @param rules the bindings in use, which may change on a reload
   * @param driver told the application in front
   * @param timer where to poll (the daemon's control thread)
   */
  static void start(Opener opener, LiveRules rules, ActionDriver driver, ScheduledExecutorService timer) {
    FocusSource[] focus = {null};
    boolean[] tried = {false};
    List<?>[] last = {List.of()};
    timer.scheduleWithFixedDelay(() -> {
      try {
        boolean wanted = rules.current().bindings().stream().anyMatch(b -> !b.apps().isEmpty());
        if (!wanted) {
          return;
        }
        if (!tried[0]) {
          tried[0] = true;
          try {
            focus[0] = opener.open();
          } catch (IOException | RuntimeException e) {
            LOG.warn("focus: not followed here ({}); bindings limited to applications (apps:) do not apply, the"
                + " others do", e.getMessage());
            focus[0] = FocusSource.none(); // never an application in front, as at the start
          }
        }
        List<String> now = focus[0].focused();
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
