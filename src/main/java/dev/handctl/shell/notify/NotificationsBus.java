package dev.handctl.shell.notify;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/** The desktop notification service's D-Bus interface (public: dbus-java makes a proxy of it). */
public final class NotificationsBus {
  /** Its well-known name. */
  public static final String BUS_NAME = "org.freedesktop.Notifications";
  /** Its object path. */
  public static final String OBJECT_PATH = "/org/freedesktop/Notifications";

  private NotificationsBus() {}

  /** {@code org.freedesktop.Notifications}, as far as handctl uses it. */
  @DBusInterfaceName("org.freedesktop.Notifications")
  public interface Notifications extends DBusInterface {
    /**
     * Shows a notification.
     *
     * @param appName the program's name
     * @param replacesId 0 for a new notification
     * @param appIcon an icon name, or empty
     * @param summary the title
     * @param body the text
     * @param actions none here
     * @param hints none here
     * @param expireTimeout -1 for the desktop's default
     * @return the notification's id
     */
    UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body, List<String> actions,
        Map<String, Variant<?>> hints, int expireTimeout);
  }
}
