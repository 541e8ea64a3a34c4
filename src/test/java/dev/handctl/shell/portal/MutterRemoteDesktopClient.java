package dev.handctl.shell.portal;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusMemberName;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;

/**
 * A {@link PortalClient} over mutter's own {@code org.gnome.Mutter.RemoteDesktop} (what
 * xdg-desktop-portal-gnome forwards the portal's calls to), for the headless-mutter test: the session
 * flow and {@link PortalActionSink} run unchanged above it, so the test checks the event mapping on
 * a real compositor. There is no dialog and no restore token here; CreateSession answers at once.
 * Test code only: handctl itself speaks the portal, which asks the user.
 */
final class MutterRemoteDesktopClient implements PortalClient {
  static final String BUS = "org.gnome.Mutter.RemoteDesktop";

  /** {@code org.gnome.Mutter.RemoteDesktop}. */
  @DBusInterfaceName("org.gnome.Mutter.RemoteDesktop")
  public interface RemoteDesktop extends DBusInterface {
    /**
     * CreateSession.
     *
     * @return the session's path
     */
    @DBusMemberName("CreateSession")
    DBusPath createSession();
  }

  /** {@code org.gnome.Mutter.RemoteDesktop.Session}. */
  @DBusInterfaceName("org.gnome.Mutter.RemoteDesktop.Session")
  public interface Session extends DBusInterface {
    /** Start. */
    @DBusMemberName("Start")
    void start();

    /** Stop. */
    @DBusMemberName("Stop")
    void stop();

    /**
     * NotifyPointerMotionRelative.
     *
     * @param dx right
     * @param dy down
     */
    @DBusMemberName("NotifyPointerMotionRelative")
    void motion(double dx, double dy);

    /**
     * NotifyPointerButton.
     *
     * @param button evdev code
     * @param state pressed
     */
    @DBusMemberName("NotifyPointerButton")
    void button(int button, boolean state);

    /**
     * NotifyPointerAxisDiscrete.
     *
     * @param axis 0 vertical, 1 horizontal
     * @param steps notches
     */
    @DBusMemberName("NotifyPointerAxisDiscrete")
    void axisDiscrete(UInt32 axis, int steps);

    /**
     * NotifyPointerAxis.
     *
     * @param dx right
     * @param dy down
     * @param flags 1 = finish
     */
    @DBusMemberName("NotifyPointerAxis")
    void axis(double dx, double dy, UInt32 flags);

    /**
     * NotifyKeyboardKeycode.
     *
     * @param keycode evdev code
     * @param state pressed
     */
    @DBusMemberName("NotifyKeyboardKeycode")
    void key(UInt32 keycode, boolean state);
  }

  private final DBusConnection bus;
  private Session session;

  MutterRemoteDesktopClient(String address) throws DBusException {
    bus = DBusConnectionBuilder.forAddress(address).withShared(false).build();
  }

  private interface Call {
    void run();
  }

  private void call(String what, Call c) throws IOException {
    try {
      c.run();
    } catch (DBusExecutionException e) {
      throw new IOException(what + ": " + e.getMessage(), e);
    }
  }

  @Override
  public int version() {
    return 2;
  }

  @Override
  public PortalResponse createSession(String handleToken, String sessionToken) throws IOException {
    try {
      DBusPath path = bus.getRemoteObject(BUS, "/org/gnome/Mutter/RemoteDesktop", RemoteDesktop.class)
          .createSession();
      session = bus.getRemoteObject(BUS, path.getPath(), Session.class);
      return new PortalResponse(0, Map.of("session_handle", path.getPath()));
    } catch (DBusException | DBusExecutionException e) {
      throw new IOException("mutter CreateSession: " + e.getMessage(), e);
    }
  }

  @Override
  public PortalResponse selectDevices(String s, String handleToken, int types, int persistMode, String restore) {
    return new PortalResponse(0, Map.of());
  }

  @Override
  public PortalResponse start(String s, String handleToken) throws IOException {
    call("Start", session::start);
    return new PortalResponse(0, Map.of("devices", 3L));
  }

  @Override
  public void pointerMotion(String s, double dx, double dy) throws IOException {
    call("motion", () -> session.motion(dx, dy));
  }

  @Override
  public void pointerButton(String s, int evdevButton, boolean pressed) throws IOException {
    call("button", () -> session.button(evdevButton, pressed));
  }

  @Override
  public void pointerAxisDiscrete(String s, int axis, int steps) throws IOException {
    call("axis discrete", () -> session.axisDiscrete(new UInt32(axis), steps));
  }

  @Override
  public void pointerAxis(String s, double dx, double dy) throws IOException {
    call("axis", () -> session.axis(dx, dy, new UInt32(1)));
  }

  @Override
  public void keyboardKeycode(String s, int evdevKey, boolean pressed) throws IOException {
    call("key", () -> session.key(new UInt32(evdevKey), pressed));
  }

  @Override
  public void closeSession(String s) {
    try {
      session.stop();
    } catch (DBusExecutionException e) {
      // Gone already.
    }
  }

  @Override
  public void onSessionClosed(Consumer<String> onClosed) {
    // mutter's Closed signal is not needed by the test.
  }

  @Override
  public void close() {
    bus.disconnect();
  }
}
