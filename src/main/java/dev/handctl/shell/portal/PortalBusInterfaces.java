package dev.handctl.shell.portal;

import java.util.Map;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusMemberName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The portal's D-Bus interfaces as dbus-java declares them (public: dbus-java makes proxies of them,
 * and the stand-in portal of the tests exports them).
 */
public final class PortalBusInterfaces {
  /** The portal's bus name. */
  public static final String BUS_NAME = "org.freedesktop.portal.Desktop";
  /** The portal's object. */
  public static final String OBJECT_PATH = "/org/freedesktop/portal/desktop";
  /** The RemoteDesktop interface. */
  public static final String REMOTE_DESKTOP = "org.freedesktop.portal.RemoteDesktop";

  private PortalBusInterfaces() {}

  /** {@code org.freedesktop.portal.RemoteDesktop}. */
  @DBusInterfaceName(REMOTE_DESKTOP)
  public interface RemoteDesktop extends DBusInterface {
    /**
     * CreateSession.
     *
     * @param options handle_token, session_handle_token
     * @return the request's path
     */
    @DBusMemberName("CreateSession")
    DBusPath createSession(Map<String, Variant<?>> options);

    /**
     * SelectDevices.
     *
     * @param session the session
     * @param options handle_token, types, restore_token, persist_mode
     * @return the request's path
     */
    @DBusMemberName("SelectDevices")
    DBusPath selectDevices(DBusPath session, Map<String, Variant<?>> options);

    /**
     * Start.
     *
     * @param session the session
     * @param parentWindow the parent window's identifier, or ""
     * @param options handle_token
     * @return the request's path
     */
    @DBusMemberName("Start")
    DBusPath start(DBusPath session, String parentWindow, Map<String, Variant<?>> options);

    /**
     * NotifyPointerMotion.
     *
     * @param session the session
     * @param options none
     * @param dx right
     * @param dy down
     */
    @DBusMemberName("NotifyPointerMotion")
    void notifyPointerMotion(DBusPath session, Map<String, Variant<?>> options, double dx, double dy);

    /**
     * NotifyPointerButton.
     *
     * @param session the session
     * @param options none
     * @param button evdev code
     * @param state 1 pressed, 0 released
     */
    @DBusMemberName("NotifyPointerButton")
    void notifyPointerButton(DBusPath session, Map<String, Variant<?>> options, int button, UInt32 state);

    /**
     * NotifyPointerAxis.
     *
     * @param session the session
     * @param options finish
     * @param dx right
     * @param dy down
     */
    @DBusMemberName("NotifyPointerAxis")
    void notifyPointerAxis(DBusPath session, Map<String, Variant<?>> options, double dx, double dy);

    /**
     * NotifyPointerAxisDiscrete.
     *
     * @param session the session
     * @param options none
     * @param axis 0 vertical, 1 horizontal
     * @param steps notches
     */
    @DBusMemberName("NotifyPointerAxisDiscrete")
    void notifyPointerAxisDiscrete(DBusPath session, Map<String, Variant<?>> options, UInt32 axis, int steps);

    /**
     * NotifyKeyboardKeycode.
     *
     * @param session the session
     * @param options none
     * @param keycode evdev code
     * @param state 1 pressed, 0 released
     */
    @DBusMemberName("NotifyKeyboardKeycode")
    void notifyKeyboardKeycode(DBusPath session, Map<String, Variant<?>> options, int keycode, UInt32 state);
  }

  /** {@code org.freedesktop.portal.Request}: its Response signal. */
  @DBusInterfaceName("org.freedesktop.portal.Request")
  public interface Request extends DBusInterface {
    /** Close: gives up a request (its dialog closes). */
    @DBusMemberName("Close")
    void closeRequest();

    /** {@code Response(u response, a{sv} results)}. */
    class Response extends DBusSignal {
      private final long code;
      private final Map<String, Variant<?>> results;

      /**
       * Creates one (dbus-java calls this for each signal received).
       *
       * @param path the request's path
       * @param response the code
       * @param results the results
       * @throws DBusException when it cannot be made
       */
      public Response(String path, UInt32 response, Map<String, Variant<?>> results) throws DBusException {
        super(path, response, results);
        this.code = response.longValue();
        this.results = results;
      }

      /** Returns the response code. */
      public long code() {
        return code;
      }

      /** Returns the results. */
      public Map<String, Variant<?>> results() {
        return results;
      }
    }
  }

  /** {@code org.freedesktop.portal.Session}: Close and the Closed signal. */
  @DBusInterfaceName("org.freedesktop.portal.Session")
  public interface Session extends DBusInterface {
    /** Close. */
    @DBusMemberName("Close")
    void closeSession();

    /** {@code Closed(a{sv} details)}. */
    class Closed extends DBusSignal {
      /**
       * Creates one.
       *
       * @param path the session's path
       * @param details the details
       * @throws DBusException when it cannot be made
       */
      public Closed(String path, Map<String, Variant<?>> details) throws DBusException {
        super(path, details);
      }
    }
  }
}
