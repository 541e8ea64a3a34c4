package dev.handctl.shell.wayland;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection to a compositor: object ids, the registry's globals, round trips, and event
 * dispatch. Set up on one thread (registry, binds, round trips); afterwards {@link #startReader}
 * hands reading to a thread of its own while requests go out from the caller's, under a lock.
 */
public final class WaylandConnection implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");
  private static final int DISPLAY_ID = 1;

  /**
   * A global the compositor offers.
   *
   * @param name its number in the registry
   * @param iface its interface, such as {@code zwlr_virtual_pointer_manager_v1}
   * @param version the newest version offered
   */
  public record Global(int name, String iface, int version) {}

  private final WaylandSocket socket;
  private final WireReader reader = new WireReader();
  private final Map<Integer, Consumer<WireReader.Event>> listeners = new HashMap<>();
  private final List<Global> globals = new ArrayList<>();
  private final int registryId;
  private int nextId = 2;
  private volatile String error;
  private Thread readerThread;

  /**
   * Wraps a socket and reads the registry (one round trip).
   *
   * @param socket the connection
   * @throws IOException when the compositor does not answer or reports an error
   */
  public WaylandConnection(WaylandSocket socket) throws IOException {
    this.socket = socket;
    listen(DISPLAY_ID, this::onDisplayEvent);
    registryId = newObject(e -> {
      if (e.opcode() == 0) {
        globals.add(new Global(e.args().word(), e.args().string(), e.args().word()));
      }
    });
    send(new WireWriter(DISPLAY_ID, 1).word(registryId), -1); // wl_display.get_registry
    roundtrip();
  }

  /**
   * Finds a compositor's socket: {@code WAYLAND_DISPLAY} (a name in {@code XDG_RUNTIME_DIR}, or an
   * absolute path), {@code wayland-0} when unset.
   *
   * @param env the environment
   * @return the socket's path, or null without a runtime folder for a relative name
   */
  public static Path socketPath(Map<String, String> env) {
    String display = env.getOrDefault("WAYLAND_DISPLAY", "wayland-0");
    if (display.startsWith("/")) {
      return Path.of(display);
    }
    String runtime = env.get("XDG_RUNTIME_DIR");
    return runtime == null || !runtime.startsWith("/") ? null : Path.of(runtime, display);
  }

  /**
   * Connects to the socket in the environment.
   *
   * @param env the environment
   * @return the connection, its registry read
   * @throws IOException when there is no compositor to talk to
   */
  public static WaylandConnection connect(Map<String, String> env) throws IOException {
    Path path = socketPath(env);
    if (path == null) {
      throw new IOException("XDG_RUNTIME_DIR is not set, so the Wayland socket cannot be found");
    }
    return new WaylandConnection(LibcWaylandSocket.connect(path));
  }

  /** Returns the globals the compositor offered. */
  public List<Global> globals() {
    return List.copyOf(globals);
  }

  /**
   * Returns the first global of an interface.
   *
   * @param iface the interface's name
   * @return it, or null when not offered
   */
  public Global global(String iface) {
    return globals.stream().filter(g -> g.iface().equals(iface)).findFirst().orElse(null);
  }

  /**
   * Binds a global (wl_registry.bind).
   *
   * @param global which
   * @param version the version wanted (capped at the one offered)
   * @param events receives the new object's events
   * @return the new object's id
   * @throws IOException when the compositor is gone
   */
  public int bind(Global global, int version, Consumer<WireReader.Event> events) throws IOException {
    int id = newObject(events);
    send(new WireWriter(registryId, 0).word(global.name()).string(global.iface())
        .word(Math.min(version, global.version())).word(id), -1);
    return id;
  }

  /**
   * Allocates an object id for a request that creates one.
   *
   * @param events receives its events (may ignore them)
   * @return the id
   */
  public synchronized int newObject(Consumer<WireReader.Event> events) {
    int id = nextId++;
    listen(id, events);
    return id;
  }

  /**
   * Receives the events of an object, such as one the compositor created (a {@code new_id} in an
   * event: the listener must be set while that event is handled, before the object's own arrive).
   *
   * @param id the object's id
   * @param events receives its events
   */
  synchronized void listen(int id, Consumer<WireReader.Event> events) {
    listeners.put(id, events);
  }

  /**
   * Stops receiving an object's events (one the compositor created and the client destroyed: no
   * delete_id comes for those).
   *
   * @param id the object's id
   */
  synchronized void forget(int id) {
    listeners.remove(id);
  }

  /**
   * Sends a request.
   *
   * @param request the message
   * @param fd a descriptor to pass with it, or -1
   * @throws IOException when the compositor is gone or has reported an error
   */
  public synchronized void send(WireWriter request, int fd) throws IOException {
    if (error != null) {
      throw new IOException(error);
    }
    socket.send(request.finish(), fd);
  }

  /** Returns the socket, for descriptors to pass. */
  WaylandSocket socket() {
    return socket;
  }

  /**
   * Waits until the compositor has handled every request sent so far (wl_display.sync), dispatching
   * the events that arrive meanwhile. Only before {@link #startReader}.
   *
   * @throws IOException when the compositor is gone or reports an error
   */
  public void roundtrip() throws IOException {
    boolean[] done = {false};
    int callback = newObject(e -> done[0] = true);
    send(new WireWriter(DISPLAY_ID, 0).word(callback), -1);
    ByteBuffer buf = ByteBuffer.allocate(8192);
    while (!done[0]) {
      buf.clear();
      if (socket.receive(buf) < 0) {
        throw new IOException("the compositor closed the connection" + (error != null ? ": " + error : ""));
      }
      buf.flip();
      dispatch(buf);
      if (error != null) {
        throw new IOException(error);
      }
    }
  }

  private void dispatch(ByteBuffer bytes) {
    for (WireReader.Event e : reader.feed(bytes)) {
      Consumer<WireReader.Event> l;
      synchronized (this) {
        l = listeners.get(e.objectId());
      }
      if (l != null) {
        l.accept(e);
      }
    }
  }

  private void onDisplayEvent(WireReader.Event e) {
    if (e.opcode() == 0) { // error(object, code, message)
      int object = e.args().word();
      int code = e.args().word();
      error = "the compositor reported a protocol error on object " + object + " (code " + code + "): "
          + e.args().string();
      LOG.error("wayland: {}", error);
    } else if (e.opcode() == 1) { // delete_id
      int id = e.args().word();
      synchronized (this) {
        listeners.remove(id);
      }
    }
  }

  /** Returns the protocol error the compositor reported, or null. */
  public String error() {
    return error;
  }

  /**
   * Reads and dispatches events on a thread of its own from now on: the compositor must be read,
   * or its buffer for this client fills and it drops the connection.
   */
  public void startReader() {
    readerThread = new Thread(() -> {
      ByteBuffer buf = ByteBuffer.allocate(8192);
      try {
        while (true) {
          buf.clear();
          if (socket.receive(buf) < 0) {
            break;
          }
          buf.flip();
          dispatch(buf);
        }
      } catch (IOException | RuntimeException e) {
        LOG.warn("wayland: {}", e.toString());
      }
      if (error == null) {
        error = "the compositor closed the connection";
      }
    }, "handctl-wayland");
    readerThread.setDaemon(true);
    readerThread.start();
  }

  @Override
  public void close() {
    socket.close();
  }
}
