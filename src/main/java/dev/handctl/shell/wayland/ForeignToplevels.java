package dev.handctl.shell.wayland;

import dev.handctl.action.FocusSource;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The application in front on a wlroots compositor (sway, Hyprland, river, labwc, wayfire), read
 * through {@code zwlr_foreign_toplevel_manager_v1}: the compositor announces every toplevel window as
 * a handle and keeps telling its {@code app_id} and states, each batch closed by {@code done}; the
 * one whose states hold {@code activated} is in front. Events are read by the connection's own
 * thread as they come, so {@link #focused} only returns the latest answer and never waits.
 * GNOME and KDE do not offer the protocol: {@link #open} says so.
 */
public final class ForeignToplevels implements FocusSource {
  /** The manager's interface. */
  public static final String MANAGER = "zwlr_foreign_toplevel_manager_v1";
  private static final int STATE_ACTIVATED = 2;
  private static final int HANDLE_DESTROY = 7;

  /** One toplevel: what it last said (pending) and what its last {@code done} made true. */
  private static final class Handle {
    String pendingAppId;
    boolean pendingActivated;
    String appId;
    boolean activated;
    long activatedAt;
  }

  private final WaylandConnection connection;
  // Touched only by the thread dispatching events (the constructor's, then the connection's reader).
  private final Map<Integer, Handle> handles = new HashMap<>();
  private long activations;
  private volatile List<String> focused = List.of();
  private volatile boolean finished;

  /**
   * Binds the manager and reads the toplevels there are now (one round trip), then follows them on
   * the connection's reader thread.
   *
   * @param connection a connection no reader was started on yet; closed with this
   * @throws IOException when the compositor does not offer the protocol or is gone
   */
  public ForeignToplevels(WaylandConnection connection) throws IOException {
    this.connection = connection;
    WaylandConnection.Global g = connection.global(MANAGER);
    if (g == null) {
      throw new IOException("the compositor does not offer " + MANAGER
          + " (wlroots compositors such as sway do; GNOME and KDE do not)");
    }
    connection.bind(g, 3, e -> {
      if (e.opcode() == 0) { // toplevel(new_id handle)
        int id = e.args().word();
        Handle h = new Handle();
        handles.put(id, h);
        connection.listen(id, ev -> onHandle(id, h, ev));
      } else if (e.opcode() == 1) { // finished: no more events
        finished = true;
        focused = List.of();
      }
    });
    connection.roundtrip();
    connection.startReader();
  }

  /**
   * Connects to the compositor in the environment and follows its toplevels.
   *
   * @param env the environment ({@code WAYLAND_DISPLAY}, {@code XDG_RUNTIME_DIR})
   * @return the reader
   * @throws IOException when there is no compositor, or it lacks the protocol
   */
  public static ForeignToplevels open(Map<String, String> env) throws IOException {
    WaylandConnection c = WaylandConnection.connect(env);
    try {
      return new ForeignToplevels(c);
    } catch (IOException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  private void onHandle(int id, Handle h, WireReader.Event e) {
    switch (e.opcode()) {
      case 1 -> h.pendingAppId = e.args().string(); // app_id
      case 4 -> { // state(array of uint)
        boolean on = false;
        for (int s : e.args().words()) {
          on |= s == STATE_ACTIVATED;
        }
        h.pendingActivated = on;
      }
      case 5 -> { // done: the batch holds
        if (h.pendingActivated && !h.activated) {
          h.activatedAt = ++activations;
        }
        h.appId = h.pendingAppId;
        h.activated = h.pendingActivated;
        update();
      }
      case 6 -> { // closed: the handle is inert, destroy it
        handles.remove(id);
        connection.forget(id);
        try {
          connection.send(new WireWriter(id, HANDLE_DESTROY), -1);
        } catch (IOException ignored) {
          // The compositor is gone: nothing to destroy.
        }
        update();
      }
      default -> { } // title, outputs, parent: not needed
    }
  }

  /** The most recently activated toplevel wins (more than one seat may have one each). */
  private void update() {
    Handle front = null;
    for (Handle h : handles.values()) {
      if (h.activated && (front == null || h.activatedAt > front.activatedAt)) {
        front = h;
      }
    }
    String name = front == null || front.appId == null || front.appId.isEmpty() ? null
        : front.appId.toLowerCase(Locale.ROOT);
    List<String> now = name == null ? List.of() : List.of(name);
    if (!now.equals(focused)) {
      focused = now;
    }
  }

  /**
   * Returns the application in front as the compositor last said.
   *
   * @return its app_id, lower case, or empty when no toplevel is activated, the compositor stopped
   *     telling ({@code finished}) or the connection is gone
   */
  @Override
  public List<String> focused() {
    return finished || connection.error() != null ? List.of() : focused;
  }

  @Override
  public void close() {
    connection.close();
  }
}
