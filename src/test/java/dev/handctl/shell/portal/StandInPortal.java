package dev.handctl.shell.portal;

import dev.handctl.shell.portal.PortalBusInterfaces.RemoteDesktop;
import dev.handctl.shell.portal.PortalBusInterfaces.Request;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.base.AbstractConnectionBase;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * A stand-in for {@code xdg-desktop-portal} on a private bus: owns {@code org.freedesktop.portal.Desktop},
 * exports RemoteDesktop (version 2) at the portal's path, answers each request with a Response signal
 * from the request's path a little after the call returns (as a real dialog does), issues a new
 * restore token on each Start, and records every call with its arguments as one line. It also speaks
 * GlobalShortcuts (CreateSession, BindShortcuts, and {@link #activate} to send Activated).
 */
public final class StandInPortal implements RemoteDesktop, GlobalShortcutsBus, Properties, AutoCloseable {
  private final DBusConnection bus;
  private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private volatile int startResponse;
  private volatile boolean discreteRejected;
  private int tokens;
  private volatile int bindResponse;
  private volatile String shortcutSession = "";

  /**
   * Connects, takes the portal's name and exports the object.
   *
   * @param address the private bus
   * @throws DBusException when the bus refuses
   */
  public StandInPortal(String address) throws DBusException {
    bus = DBusConnectionBuilder.forAddress(address).withShared(false).build();
    bus.requestBusName(PortalBusInterfaces.BUS_NAME);
    bus.exportObject(PortalBusInterfaces.OBJECT_PATH, this);
  }

  /** Makes Start answer with this code (0 grants, 1 the user cancelled, 2 other; -1 never answers). */
  public void startResponse(int code) {
    startResponse = code;
  }

  /** Makes NotifyPointerAxisDiscrete fail, as a portal without it would. */
  public void rejectDiscreteScroll() {
    discreteRejected = true;
  }

  /** Forgets the calls so far. */
  public void clearCalls() {
    calls.clear();
  }

  /** Returns the calls so far, one line each, such as {@code motion 100.0 50.0}. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  private static String sender() {
    return AbstractConnectionBase.getCallInfo().getSource().replaceFirst("^:", "").replace('.', '_');
  }

  private DBusPath answerLater(String token, int code, Map<String, Variant<?>> results) {
    String path = PortalBusInterfaces.OBJECT_PATH + "/request/" + sender() + "/" + token;
    if (code < 0) {
      return new DBusPath(path); // a dialog nobody answers
    }
    later.schedule(() -> {
      try {
        bus.sendMessage(new Request.Response(path, new UInt32(code), results));
      } catch (DBusException e) {
        throw new IllegalStateException(e);
      }
    }, 30, TimeUnit.MILLISECONDS);
    return new DBusPath(path);
  }

  private static String option(Map<String, Variant<?>> o, String key) {
    Variant<?> v = o.get(key);
    return v == null ? "-" : String.valueOf(v.getValue());
  }

  @Override
  public DBusPath createSession(Map<String, Variant<?>> options) {
    String token = option(options, "handle_token");
    if (GlobalShortcutsBus.INTERFACE.equals(AbstractConnectionBase.getCallInfo().getInterface())) {
      String session = PortalBusInterfaces.OBJECT_PATH + "/session/" + sender() + "/"
          + option(options, "session_handle_token");
      shortcutSession = session;
      calls.add("GlobalShortcuts.CreateSession");
      return answerLater(token, 0, Map.of("session_handle", new Variant<>(session)));
    }
    String session = PortalBusInterfaces.OBJECT_PATH + "/session/" + sender() + "/"
        + option(options, "session_handle_token");
    calls.add("CreateSession");
    return answerLater(token, 0, Map.of("session_handle", new Variant<>(session)));
  }

  @Override
  public DBusPath selectDevices(DBusPath session, Map<String, Variant<?>> options) {
    calls.add("SelectDevices types=" + option(options, "types") + " persist_mode=" + option(options, "persist_mode")
        + " restore_token=" + option(options, "restore_token"));
    return answerLater(option(options, "handle_token"), 0, Map.of());
  }

  @Override
  public synchronized DBusPath start(DBusPath session, String parentWindow, Map<String, Variant<?>> options) {
    calls.add("Start");
    int code = startResponse;
    Map<String, Variant<?>> results = code != 0 ? Map.of()
        : Map.of("devices", new Variant<>(new UInt32(3)), "restore_token", new Variant<>("standin-token-" + ++tokens));
    return answerLater(option(options, "handle_token"), code, results);
  }

  @Override
  public DBusPath bindShortcuts(DBusPath session, java.util.List<Shortcut> shortcuts, String parentWindow,
      Map<String, Variant<?>> options) {
    for (Shortcut sc : shortcuts) {
      calls.add("BindShortcuts " + sc.id + " trigger=" + option(sc.properties, "preferred_trigger") + " description="
          + option(sc.properties, "description"));
    }
    return answerLater(option(options, "handle_token"), bindResponse, Map.of());
  }

  /** Makes BindShortcuts answer with this code. */
  public void bindResponse(int code) {
    bindResponse = code;
  }

  /**
   * Sends Activated, as the desktop does when the user presses the shortcut.
   *
   * @param shortcut the shortcut's id
   * @param otherSession send it for another session instead
   * @throws DBusException when it cannot be sent
   */
  public void activate(String shortcut, boolean otherSession) throws DBusException {
    String session = otherSession ? PortalBusInterfaces.OBJECT_PATH + "/session/other/x" : shortcutSession;
    bus.sendMessage(new GlobalShortcutsBus.Activated(PortalBusInterfaces.OBJECT_PATH, new DBusPath(session), shortcut,
        new org.freedesktop.dbus.types.UInt64(1), Map.of()));
  }

  @Override
  public void notifyPointerMotion(DBusPath session, Map<String, Variant<?>> options, double dx, double dy) {
    calls.add("motion " + dx + " " + dy + " on " + session.getPath().replaceAll(".*/", ""));
  }

  @Override
  public void notifyPointerButton(DBusPath session, Map<String, Variant<?>> options, int button, UInt32 state) {
    calls.add("button " + button + " " + state);
  }

  @Override
  public void notifyPointerAxis(DBusPath session, Map<String, Variant<?>> options, double dx, double dy) {
    calls.add("axis " + dx + " " + dy + " finish=" + option(options, "finish"));
  }

  @Override
  public void notifyPointerAxisDiscrete(DBusPath session, Map<String, Variant<?>> options, UInt32 axis, int steps) {
    if (discreteRejected) {
      throw new DBusExecutionException("org.freedesktop.DBus.Error.NotSupported: no discrete axis here");
    }
    calls.add("axisDiscrete " + axis + " " + steps);
  }

  @Override
  public void notifyKeyboardKeycode(DBusPath session, Map<String, Variant<?>> options, int keycode, UInt32 state) {
    calls.add("key " + keycode + " " + state);
  }

  @SuppressWarnings("unchecked")
  @Override
  public <A> A Get(String iface, String property) {
    if (PortalBusInterfaces.REMOTE_DESKTOP.equals(iface) && "version".equals(property)) {
      return (A) new UInt32(2);
    }
    if (PortalBusInterfaces.REMOTE_DESKTOP.equals(iface) && "AvailableDeviceTypes".equals(property)) {
      return (A) new UInt32(3);
    }
    throw new DBusExecutionException("org.freedesktop.DBus.Error.UnknownProperty: " + property);
  }

  @Override
  public <A> void Set(String iface, String property, A value) {
    throw new DBusExecutionException("org.freedesktop.DBus.Error.PropertyReadOnly: " + property);
  }

  @Override
  public Map<String, Variant<?>> GetAll(String iface) {
    return Map.of("version", new Variant<>(new UInt32(2)));
  }

  @Override
  public String getObjectPath() {
    return PortalBusInterfaces.OBJECT_PATH;
  }

  @Override
  public void close() {
    later.shutdownNow();
    bus.disconnect();
  }
}
