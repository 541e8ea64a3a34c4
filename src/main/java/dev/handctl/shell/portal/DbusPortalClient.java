package dev.handctl.shell.portal;

import dev.handctl.shell.portal.PortalBusInterfaces.RemoteDesktop;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
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
 * <p>Requests follow the portal's Request/Response pattern ({@link PortalRequests}).
 */
public final class DbusPortalClient implements PortalClient {
  private final DBusConnection bus;
  private final RemoteDesktop portal;
  private final PortalRequests requests;
  private volatile Consumer<String> onClosed = h -> { };
  private final Map<String, Variant<?>> noOptions = Map.of();
  private final Map<String, Variant<?>> finish = Map.of("finish", new Variant<>(Boolean.TRUE));

  private DbusPortalClient(DBusConnection bus, Duration responseTimeout) throws DBusException {
    this.bus = bus;
    this.portal = bus.getRemoteObject(PortalBusInterfaces.BUS_NAME, PortalBusInterfaces.OBJECT_PATH,
        RemoteDesktop.class);
    this.requests = new PortalRequests(bus, responseTimeout, "output.portalDialogSeconds");
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

  @Override
  public PortalResponse createSession(String handleToken, String sessionToken) throws IOException {
    Map<String, Variant<?>> o = new HashMap<>();
    o.put("handle_token", new Variant<>(handleToken));
    o.put("session_handle_token", new Variant<>(sessionToken));
    return requests.request(handleToken, "CreateSession", () -> portal.createSession(o));
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
    return requests.request(handleToken, "SelectDevices", () -> portal.selectDevices(new DBusPath(session), o));
  }

  @Override
  public PortalResponse start(String session, String handleToken) throws IOException {
    Map<String, Variant<?>> o = Map.of("handle_token", new Variant<>(handleToken));
    return requests.request(handleToken, "Start", () -> portal.start(new DBusPath(session), "", o));
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
