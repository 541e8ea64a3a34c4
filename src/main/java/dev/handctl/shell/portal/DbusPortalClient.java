package dev.handctl.shell.portal;

import dev.handctl.shell.portal.PortalBusInterfaces.RemoteDesktop;
import dev.handctl.shell.portal.PortalBusInterfaces.Request;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The RemoteDesktop portal over the session bus (dbus-java, the JDK's unix sockets).
 *
 * <p>Requests follow the portal's pattern: each call carries a {@code handle_token}, the call returns
 * the path of a Request object, and the answer arrives later as that object's {@code Response}
 * signal. The handler for every Response is installed before the first call and answers are matched
 * by path, the predicted one ({@code /org/freedesktop/portal/desktop/request/SENDER/TOKEN}) or the
 * one the call returned, so an answer that comes before the call returns is not lost.
 */
public final class DbusPortalClient implements PortalClient {
  private static final String REQUEST_PREFIX = PortalBusInterfaces.OBJECT_PATH + "/request/";

  private final DBusConnection bus;
  private final RemoteDesktop portal;
  private final Duration responseTimeout;
  private final Map<String, CompletableFuture<PortalResponse>> pending = new ConcurrentHashMap<>();
  private final String sender;
  private volatile Consumer<String> onClosed = h -> { };
  private final Map<String, Variant<?>> noOptions = Map.of();
  private final Map<String, Variant<?>> finish = Map.of("finish", new Variant<>(Boolean.TRUE));

  private DbusPortalClient(DBusConnection bus, Duration responseTimeout) throws DBusException {
    this.bus = bus;
    this.responseTimeout = responseTimeout;
    this.portal = bus.getRemoteObject(PortalBusInterfaces.BUS_NAME, PortalBusInterfaces.OBJECT_PATH,
        RemoteDesktop.class);
    this.sender = bus.getUniqueName().replaceFirst("^:", "").replace('.', '_');
    bus.addSigHandler(Request.Response.class, s -> answer(s.getPath(), new PortalResponse((int) s.code(),
        plain(s.results()))));
    bus.addSigHandler(PortalBusInterfaces.Session.Closed.class, s -> onClosed.accept(s.getPath()));
  }

  /**
   * Connects.
   *
   * @param address the bus address, such as {@code unix:path=/run/user/1000/bus}
   * @param responseTimeout how long to wait for a request's answer (the user's dialog included)
   * @return the client
   * @throws IOException when the bus cannot be reached
   */
  public static DbusPortalClient connect(String address, Duration responseTimeout) throws IOException {
    DBusConnection bus = null;
    try {
      bus = DBusConnectionBuilder.forAddress(address).withShared(false).build();
      return new DbusPortalClient(bus, responseTimeout);
    } catch (DBusException | DBusExecutionException e) {
      if (bus != null) {
        bus.disconnect();
      }
      throw new IOException("cannot reach the session bus at " + address + ": " + e.getMessage(), e);
    }
  }

  private void answer(String path, PortalResponse r) {
    if (path.startsWith(REQUEST_PREFIX)) {
      pending.computeIfAbsent(path, p -> new CompletableFuture<>()).complete(r);
    }
  }

  private static Map<String, Object> plain(Map<String, Variant<?>> results) {
    Map<String, Object> out = new HashMap<>();
    if (results != null) {
      results.forEach((k, v) -> {
        Object value = v.getValue();
        out.put(k, value instanceof UInt32 u ? (Object) u.longValue() : value instanceof DBusPath p ? p.getPath()
            : value);
      });
    }
    return out;
  }

  @Override
  public int version() throws IOException {
    try {
      Properties p = bus.getRemoteObject(PortalBusInterfaces.BUS_NAME, PortalBusInterfaces.OBJECT_PATH,
          Properties.class);
      Object v = p.Get(PortalBusInterfaces.REMOTE_DESKTOP, "version");
      if (v instanceof Variant<?> var) {
        v = var.getValue();
      }
      if (v instanceof Number n) {
        return n.intValue();
      }
      throw new IOException("the portal's RemoteDesktop version is not a number: " + v);
    } catch (DBusException | DBusExecutionException e) {
      throw new IOException("no RemoteDesktop portal on the session bus (" + e.getMessage() + ")", e);
    }
  }

  private PortalResponse request(String token, String what, Supplier<DBusPath> call) throws IOException {
    String expected = REQUEST_PREFIX + sender + "/" + token;
    CompletableFuture<PortalResponse> answer = pending.computeIfAbsent(expected, p -> new CompletableFuture<>());
    String path = expected;
    try {
      DBusPath returned = call.get();
      if (returned != null && !returned.getPath().equals(expected)) {
        pending.remove(expected);
        path = returned.getPath();
        answer = pending.computeIfAbsent(path, p -> new CompletableFuture<>());
      }
      return answer.get(responseTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (DBusExecutionException e) {
      throw new IOException("the RemoteDesktop portal rejected " + what + ": " + e.getMessage(), e);
    } catch (TimeoutException e) {
      closeRequest(path);
      throw new IOException("the desktop did not answer " + what + " within " + responseTimeout.toSeconds()
          + " s (output.portalDialogSeconds); was its dialog left open?");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the desktop's answer to " + what);
    } catch (ExecutionException e) {
      throw new IOException(what + ": " + e.getCause().getMessage(), e.getCause());
    } finally {
      pending.remove(path);
    }
  }

  private void closeRequest(String path) {
    try {
      bus.getRemoteObject(PortalBusInterfaces.BUS_NAME, path, Request.class).closeRequest();
    } catch (DBusException | DBusExecutionException e) {
      // Gone already.
    }
  }

  @Override
  public PortalResponse createSession(String handleToken, String sessionToken) throws IOException {
    Map<String, Variant<?>> o = new HashMap<>();
    o.put("handle_token", new Variant<>(handleToken));
    o.put("session_handle_token", new Variant<>(sessionToken));
    return request(handleToken, "CreateSession", () -> portal.createSession(o));
  }

  @Override
  public PortalResponse selectDevices(String session, String handleToken, int types, int persistMode,
      String restoreToken) throws IOException {
    Map<String, Variant<?>> o = new HashMap<>();
    o.put("handle_token", new Variant<>(handleToken));
    o.put("types", new Variant<>(new UInt32(types)));
    if (persistMode != 0) {
      o.put("persist_mode", new Variant<>(new UInt32(persistMode)));
    }
    if (restoreToken != null) {
      o.put("restore_token", new Variant<>(restoreToken));
    }
    return request(handleToken, "SelectDevices", () -> portal.selectDevices(new DBusPath(session), o));
  }

  @Override
  public PortalResponse start(String session, String handleToken) throws IOException {
    Map<String, Variant<?>> o = Map.of("handle_token", new Variant<>(handleToken));
    return request(handleToken, "Start", () -> portal.start(new DBusPath(session), "", o));
  }

  private interface Notify {
    void run();
  }

  private void notify(String what, Notify call) throws IOException {
    try {
      call.run();
    } catch (DBusExecutionException e) {
      throw new IOException(what + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void pointerMotion(String session, double dx, double dy) throws IOException {
    notify("NotifyPointerMotion", () -> portal.notifyPointerMotion(new DBusPath(session), noOptions, dx, dy));
  }

  @Override
  public void pointerButton(String session, int evdevButton, boolean pressed) throws IOException {
    notify("NotifyPointerButton", () -> portal.notifyPointerButton(new DBusPath(session), noOptions, evdevButton,
        new UInt32(pressed ? 1 : 0)));
  }

  @Override
  public void pointerAxisDiscrete(String session, int axis, int steps) throws IOException {
    notify("NotifyPointerAxisDiscrete", () -> portal.notifyPointerAxisDiscrete(new DBusPath(session), noOptions,
        new UInt32(axis), steps));
  }

  @Override
  public void pointerAxis(String session, double dx, double dy) throws IOException {
    notify("NotifyPointerAxis", () -> portal.notifyPointerAxis(new DBusPath(session), finish, dx, dy));
  }

  @Override
  public void keyboardKeycode(String session, int evdevKey, boolean pressed) throws IOException {
    notify("NotifyKeyboardKeycode", () -> portal.notifyKeyboardKeycode(new DBusPath(session), noOptions, evdevKey,
        new UInt32(pressed ? 1 : 0)));
  }

  @Override
  public void closeSession(String session) {
    try {
      bus.getRemoteObject(PortalBusInterfaces.BUS_NAME, session, PortalBusInterfaces.Session.class).closeSession();
    } catch (DBusException | DBusExecutionException e) {
      // Gone already.
    }
  }

  @Override
  public void onSessionClosed(Consumer<String> onClosed) {
    this.onClosed = onClosed;
  }

  @Override
  public void close() {
    bus.disconnect();
  }
}
