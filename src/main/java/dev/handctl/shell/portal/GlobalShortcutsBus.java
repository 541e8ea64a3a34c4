package dev.handctl.shell.portal;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusMemberName;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt64;
import org.freedesktop.dbus.types.Variant;

/** {@code org.freedesktop.portal.GlobalShortcuts} as dbus-java declares it (public for its proxies). */
@DBusInterfaceName(GlobalShortcutsBus.INTERFACE)
public interface GlobalShortcutsBus extends DBusInterface {
  /** The interface's name. */
  String INTERFACE = "org.freedesktop.portal.GlobalShortcuts";

  /**
   * CreateSession.
   *
   * @param options handle_token, session_handle_token
   * @return the request's path
   */
  @DBusMemberName("CreateSession")
  DBusPath createSession(Map<String, Variant<?>> options);

  /**
   * BindShortcuts.
   *
   * @param session the session
   * @param shortcuts each id with description and preferred_trigger
   * @param parentWindow "" for none
   * @param options handle_token
   * @return the request's path
   */
  @DBusMemberName("BindShortcuts")
  DBusPath bindShortcuts(DBusPath session, List<Shortcut> shortcuts, String parentWindow,
      Map<String, Variant<?>> options);

  /** One shortcut: {@code (s id, a{sv} properties)}. */
  final class Shortcut extends Struct {
    /** The id. */
    @Position(0)
    public final String id;
    /** description, preferred_trigger. */
    @Position(1)
    public final Map<String, Variant<?>> properties;

    /**
     * Creates one.
     *
     * @param id the id
     * @param properties its properties
     */
    public Shortcut(String id, Map<String, Variant<?>> properties) {
      this.id = id;
      this.properties = properties;
    }
  }

  /** {@code Activated(o session_handle, s shortcut_id, t timestamp, a{sv} options)}. */
  class Activated extends DBusSignal {
    private final String session;
    private final String shortcut;

    /**
     * Creates one (dbus-java calls this for each signal received).
     *
     * @param path the portal's object path
     * @param session the session
     * @param shortcut the shortcut's id
     * @param timestamp milliseconds
     * @param options none defined
     * @throws DBusException when it cannot be made
     */
    public Activated(String path, DBusPath session, String shortcut, UInt64 timestamp, Map<String, Variant<?>> options)
        throws DBusException {
      super(path, session, shortcut, timestamp, options);
      this.session = session.getPath();
      this.shortcut = shortcut;
    }

    /** Returns the session's path. */
    public String session() {
      return session;
    }

    /** Returns the shortcut's id. */
    public String shortcut() {
      return shortcut;
    }
  }
}
