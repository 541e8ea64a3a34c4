package dev.handctl.action;

import java.util.List;

/**
 * Where the application in front is read, for bindings limited to some ({@code apps:}): the X
 * server's active window on X11, the compositor's activated toplevel on wlroots Wayland. Read from
 * one thread (the daemon's control thread), often (every 100 ms), so a read must not block on the
 * desktop for long.
 */
public interface FocusSource extends AutoCloseable {
  /**
   * Reads the application in front.
   *
   * @return its names, lower case (X11: instance and class; Wayland: the app_id), or empty when no
   *     window is in front or the desktop does not say
   */
  List<String> focused();

  @Override
  default void close() {}

  /**
   * Returns a source that never knows: bindings limited to applications never apply.
   *
   * @return the stand-in
   */
  static FocusSource none() {
    return List::of;
  }
}
