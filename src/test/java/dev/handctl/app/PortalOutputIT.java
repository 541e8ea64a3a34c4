package dev.handctl.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.action.DesktopBounds;
import dev.handctl.output.OutputBackend;
import dev.handctl.shell.InjectedKeys;
import dev.handctl.shell.portal.PortalResponse;
import dev.handctl.shell.portal.PrivateBus;
import dev.handctl.shell.portal.RestoreTokenFile;
import dev.handctl.shell.portal.StandInPortal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon's output with {@code output.backend: portal} against a stand-in portal on a private bus:
 * granted, it drives the portal and keeps the restore token in the state folder; refused, the daemon's
 * output is missing (handctl stays paused) with a message saying what to do.
 */
class PortalOutputIT {
  @TempDir
  Path dir;

  private Map<String, String> env(PrivateBus bus) {
    return Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address(), "XDG_STATE_HOME", dir.resolve("state").toString(),
        "XDG_SESSION_TYPE", "x11");
  }

  @Test
  void grantedAndRefused() throws Exception {
    DesktopBounds desktop = new DesktopBounds(0, 0, 1280, 720);
    try (PrivateBus bus = PrivateBus.start(dir); StandInPortal portal = new StandInPortal(bus.address())) {
      OutputSetup setup = OutputSetup.probe(OutputBackend.PORTAL, Duration.ofSeconds(10), env(bus), false);
      assertThat(setup.choice().backend()).isEqualTo(OutputBackend.PORTAL);
      DaemonOutput granted = DaemonOutput.open(setup, new InjectedKeys(), desktop, DesktopBounds.ASSUMED,
          new PrintWriter(new StringWriter()));
      assertThat(granted.missing()).isFalse();
      assertThat(granted.summary()).startsWith("portal (output.backend: portal)");
      granted.sink().moveTo(640, 360);
      assertThat(portal.calls()).last().asString().startsWith("motion -639.0 -359.0");
      ((AutoCloseable) granted.sink()).close();
      Path token = dir.resolve("state/handctl").resolve(RestoreTokenFile.NAME);
      assertThat(Files.readString(token).strip()).isEqualTo("standin-token-1");

      portal.startResponse(PortalResponse.CANCELLED);
      OutputSetup again = OutputSetup.probe(OutputBackend.AUTO, Duration.ofSeconds(10),
          Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address(), "XDG_STATE_HOME", dir.resolve("state").toString(),
              "XDG_SESSION_TYPE", "wayland", "WAYLAND_DISPLAY", "no-such-compositor", "XDG_CURRENT_DESKTOP", "GNOME"),
          false);
      assertThat(again.facts().portalVersion()).isEqualTo(2);
      assertThat(again.choice().backend()).isEqualTo(OutputBackend.PORTAL);
      DaemonOutput refused = DaemonOutput.open(again, new InjectedKeys(), desktop, DesktopBounds.ASSUMED,
          new PrintWriter(new StringWriter()));
      assertThat(refused.missing()).isTrue();
      assertThat(refused.summary()).contains("refused in the desktop's dialog", "start handctl again");
      assertThat(portal.calls()).endsWith("SelectDevices types=3 persist_mode=2 restore_token=standin-token-1",
          "Start");
    }
  }
}
