package dev.handctl.shell.notify;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.UInt32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Desktop notifications through the freedesktop notification service on the session bus (GNOME,
 * KDE, XFCE, and on wlroots desktops mako or dunst). The bus is reached on the first notification,
 * not at start; a desktop without the service is logged once and then nothing is tried again.
 */
public final class DesktopNotifier implements Notifier {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");
  private final String address;
  private DBusConnection bus;
  private NotificationsBus.Notifications service;
  private boolean gaveUp;

  /**
   * Creates the notifier.
   *
   * @param address the session bus, such as {@code unix:path=/run/user/1000/bus}
   */
  public DesktopNotifier(String address) {
    this.address = address;
  }

  @Override
  public synchronized void notify(String summary, String body) {
    if (gaveUp) {
      return;
    }
    try {
      if (service == null) {
        bus = DBusConnectionBuilder.forAddress(address).withShared(false).build();
        service = bus.getRemoteObject(NotificationsBus.BUS_NAME, NotificationsBus.OBJECT_PATH,
            NotificationsBus.Notifications.class);
      }
      service.Notify("handctl", new UInt32(0), "input-mouse", summary, body, List.of(), Map.of(), -1);
    } catch (DBusException | RuntimeException e) {
      gaveUp = true;
      LOG.info("notifications: none ({}); what needs you shows in the tray and the log only", e.getMessage());
      close();
    }
  }

  @Override
  public synchronized void close() {
    if (bus != null) {
      bus.disconnect();
      bus = null;
      service = null;
    }
  }
}
