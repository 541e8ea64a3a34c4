package dev.handctl.shell.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.shell.portal.PrivateBus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notifier against a stand-in notification service on a private session bus: what it sends, and
 * that a bus without the service is given up quietly (no exception, one log line).
 */
class DesktopNotifierIT {
  /** Records what it is asked to show. */
  public static final class StandInService implements NotificationsBus.Notifications {
    final List<String> shown = new CopyOnWriteArrayList<>();

    @Override
    public UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
        List<String> actions, Map<String, Variant<?>> hints, int expireTimeout) {
      shown.add(appName + "|" + summary + "|" + body + "|" + expireTimeout);
      return new UInt32(shown.size());
    }

    @Override
    public String getObjectPath() {
      return NotificationsBus.OBJECT_PATH;
    }
  }

  @Test
  void sendsTheNotificationToTheDesktopService(@TempDir Path dir) throws Exception {
    try (PrivateBus bus = PrivateBus.start(dir)) {
      DBusConnection service = DBusConnectionBuilder.forAddress(bus.address()).withShared(false).build();
      try {
        StandInService standIn = new StandInService();
        service.requestBusName(NotificationsBus.BUS_NAME);
        service.exportObject(NotificationsBus.OBJECT_PATH, standIn);
        try (DesktopNotifier n = new DesktopNotifier(bus.address())) {
          n.notify("handctl: no camera", "no camera at /dev/video0");
          n.notify("handctl cannot drive the mouse", "refused");
        }
        assertThat(standIn.shown).containsExactly("handctl|handctl: no camera|no camera at /dev/video0|-1",
            "handctl|handctl cannot drive the mouse|refused|-1");
      } finally {
        service.disconnect();
      }
    }
  }

  @Test
  void aBusWithoutTheServiceIsGivenUpQuietly(@TempDir Path dir) throws Exception {
    try (PrivateBus bus = PrivateBus.start(dir); DesktopNotifier n = new DesktopNotifier(bus.address())) {
      n.notify("a", "b");
      n.notify("c", "d"); // given up: not tried again
    }
  }
}
