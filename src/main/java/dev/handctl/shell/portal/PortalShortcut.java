package dev.handctl.shell.portal;

import dev.handctl.action.KeyChord;
import dev.handctl.shell.hotkey.Hotkey;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pause hotkey through the {@code org.freedesktop.portal.GlobalShortcuts} portal (KDE Plasma
 * 5.27+, GNOME 48+): one shortcut, {@code pause}, bound with handctl's chord as the preferred
 * trigger; the desktop may let the user pick another, and keeps the binding in its own settings.
 * Each {@code Activated} signal toggles pause. A chord changed in handctl's settings later does not
 * rebind ({@link #setChord} returns false): the desktop's shortcut settings are where it changes.
 */
public final class PortalShortcut implements Hotkey {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");
  /** The shortcut's id. */
  static final String ID = "pause";

  private final DBusConnection bus;

  private PortalShortcut(DBusConnection bus) {
    this.bus = bus;
  }

  /**
   * Binds the shortcut.
   *
   * @param address the session bus
   * @param chord the preferred keys
   * @param timeout how long to wait for the desktop (it may ask the user)
   * @param onActivated called on a D-Bus thread at each press
   * @return the hotkey
   * @throws IOException when there is no GlobalShortcuts portal or it refuses
   */
  public static PortalShortcut bind(String address, KeyChord chord, Duration timeout, Runnable onActivated)
      throws IOException {
    DBusConnection bus = null;
    try {
      bus = DBusConnectionBuilder.forAddress(address).withShared(false).build();
      PortalRequests requests = new PortalRequests(bus, timeout, "output.portalDialogSeconds");
      GlobalShortcutsBus portal = bus.getRemoteObject(PortalBusInterfaces.BUS_NAME, PortalBusInterfaces.OBJECT_PATH,
          GlobalShortcutsBus.class);
      String token = PortalSession.token();
      PortalResponse created = requests.request(token, "GlobalShortcuts.CreateSession", () -> portal.createSession(
          Map.of("handle_token", new org.freedesktop.dbus.types.Variant<>(token),
              "session_handle_token", new org.freedesktop.dbus.types.Variant<>(PortalSession.token()))));
      String session = created.string("session_handle");
      if (!created.ok() || session == null) {
        throw new IOException("the GlobalShortcuts portal did not create a session (response " + created.code() + ")");
      }
      bus.addSigHandler(GlobalShortcutsBus.Activated.class, s -> {
        if (s.session().equals(session) && ID.equals(s.shortcut())) {
          onActivated.run();
        }
      });
      String bindToken = PortalSession.token();
      GlobalShortcutsBus.Shortcut pause = new GlobalShortcutsBus.Shortcut(ID, Map.of(
          "description", new org.freedesktop.dbus.types.Variant<>("Pause or resume handctl"),
          "preferred_trigger", new org.freedesktop.dbus.types.Variant<>(trigger(chord))));
      PortalResponse bound = requests.request(bindToken, "GlobalShortcuts.BindShortcuts", () -> portal.bindShortcuts(
          new DBusPath(session), List.of(pause), "", Map.of("handle_token",
              new org.freedesktop.dbus.types.Variant<>(bindToken))));
      if (!bound.ok()) {
        throw new IOException("the desktop did not bind the pause shortcut (response " + bound.code() + ")");
      }
      LOG.info("hotkey: {} through the GlobalShortcuts portal (the desktop's shortcut settings can change it)",
          trigger(chord));
      return new PortalShortcut(bus);
    } catch (DBusException | DBusExecutionException | IOException e) {
      if (bus != null) {
        bus.disconnect();
      }
      throw e instanceof IOException io ? io : new IOException("no GlobalShortcuts portal (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Returns a chord in the XDG shortcuts form the portal takes, such as {@code CTRL+ALT+h}.
   *
   * @param chord handctl's chord
   * @return the trigger
   */
  static String trigger(KeyChord chord) {
    StringBuilder b = new StringBuilder();
    for (String k : chord.keys()) {
      if (b.length() > 0) {
        b.append('+');
      }
      b.append(switch (k) {
        case "ctrl" -> "CTRL";
        case "alt" -> "ALT";
        case "shift" -> "SHIFT";
        case "meta" -> "LOGO";
        case "enter" -> "Return";
        case "space" -> "space";
        case "backspace" -> "BackSpace";
        case "pageup" -> "Prior";
        case "pagedown" -> "Next";
        default -> k.length() == 1 ? k.toLowerCase(Locale.ROOT) : k.substring(0, 1).toUpperCase(Locale.ROOT)
            + k.substring(1);
      });
    }
    return b.toString();
  }

  @Override
  public boolean setChord(KeyChord chord) {
    return false;
  }

  @Override
  public void close() {
    bus.disconnect();
  }
}
