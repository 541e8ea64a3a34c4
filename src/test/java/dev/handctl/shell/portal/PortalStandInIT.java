package dev.handctl.shell.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handctl.action.DesktopBounds;
import dev.handctl.action.MouseButton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal backend's real D-Bus client against a stand-in portal on a private bus: the session flow
 * (CreateSession → SelectDevices → Start, the Request/Response pattern), the restore token kept and
 * offered on the next start, a refusal, and the Notify calls each action sends. About 2 s.
 */
class PortalStandInIT {
  @TempDir
  Path dir;
  private PrivateBus bus;
  private StandInPortal portal;
  private RestoreTokenFile tokens;

  @BeforeEach
  void startBus() throws Exception {
    bus = PrivateBus.start(dir);
    portal = new StandInPortal(bus.address());
    tokens = new RestoreTokenFile(dir.resolve("state/handctl").resolve(RestoreTokenFile.NAME));
  }

  @AfterEach
  void stopBus() throws Exception {
    if (portal != null) {
      portal.close();
    }
    if (bus != null) {
      bus.close();
    }
  }

  private DbusPortalClient client() throws Exception {
    return DbusPortalClient.connect(bus.address(), Duration.ofSeconds(10));
  }

  @Test
  void probeSeesTheVersion() {
    long t0 = System.nanoTime();
    PortalProbe.Availability a = PortalProbe.probe(Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address()));
    System.out.printf("portal-it: probe (connect, Get version, disconnect) took %d ms%n",
        (System.nanoTime() - t0) / 1_000_000);
    assertThat(a.problem()).isEmpty();
    assertThat(a.version()).isEqualTo(2);
  }

  @Test
  void probeWithoutAPortalSaysSo() throws Exception {
    portal.close();
    portal = null;
    PortalProbe.Availability a = PortalProbe.probe(Map.of("DBUS_SESSION_BUS_ADDRESS", bus.address()));
    assertThat(a.available()).isFalse();
    assertThat(a.problem()).contains("no RemoteDesktop portal");
  }

  @Test
  void flowStoresTheRestoreTokenAndOffersItNextTime() throws Exception {
    try (DbusPortalClient c = client()) {
      PortalSession.Opened first = PortalSession.open(c, tokens);
      assertThat(first.handle()).startsWith("/org/freedesktop/portal/desktop/session/");
      assertThat(first.devices()).isEqualTo(3);
      assertThat(first.restored()).isFalse();
    }
    assertThat(tokens.read()).isEqualTo("standin-token-1");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokens.file()))).isEqualTo("rw-------");
    try (DbusPortalClient c = client()) {
      assertThat(PortalSession.open(c, tokens).restored()).isTrue();
    }
    assertThat(tokens.read()).isEqualTo("standin-token-2");
    assertThat(portal.calls()).containsExactly(
        "CreateSession", "SelectDevices types=3 persist_mode=2 restore_token=-", "Start",
        "CreateSession", "SelectDevices types=3 persist_mode=2 restore_token=standin-token-1", "Start");
  }

  @Test
  void refusalIsAClearErrorAndDropsTheToken() throws Exception {
    tokens.write("stale-token");
    portal.startResponse(PortalResponse.CANCELLED);
    try (DbusPortalClient c = client()) {
      assertThatThrownBy(() -> PortalSession.open(c, tokens)).isInstanceOf(PortalRefusedException.class)
          .hasMessageContaining("refused in the desktop's dialog").hasMessageContaining("start handctl again");
    }
    assertThat(tokens.read()).isNull();
    portal.startResponse(2);
    try (DbusPortalClient c = client()) {
      assertThatThrownBy(() -> PortalSession.open(c, tokens)).isInstanceOf(PortalRefusedException.class)
          .hasMessageContaining("response 2");
    }
  }

  @Test
  void actionsBecomeNotifyCalls() throws Exception {
    DbusPortalClient c = client();
    PortalSession.Opened s = PortalSession.open(c, tokens);
    String session = s.handle().replaceAll(".*/", "");
    try (PortalActionSink sink = new PortalActionSink(c, s.handle(), new DesktopBounds(0, 0, 1280, 720))) {
      sink.moveTo(100, 50);
      sink.moveTo(90, 60);
      sink.moveTo(5000, 60); // clamped to the right edge
      assertThat(sink.pointerPosition().xPx()).isEqualTo(1279);
      sink.press(MouseButton.LEFT);
      sink.release(MouseButton.LEFT);
      sink.press(MouseButton.RIGHT);
      sink.release(MouseButton.RIGHT);
      sink.scroll(2, 0);
      sink.scroll(0, -1);
      sink.keyPress("ctrl");
      sink.keyPress("c");
      sink.keyRelease("c");
      sink.keyRelease("ctrl");
      portal.rejectDiscreteScroll();
      sink.scroll(-1, 0);
      sink.scroll(1, 0);
    }
    assertThat(portal.calls().subList(3, portal.calls().size())).containsExactly(
        "motion 100000.0 100000.0 on " + session,
        "motion -1179.0 -669.0 on " + session,
        "motion -10.0 10.0 on " + session,
        "motion 1189.0 0.0 on " + session,
        "button 272 1", "button 272 0", "button 273 1", "button 273 0",
        "axisDiscrete 0 2", "axisDiscrete 1 -1",
        "key 29 1", "key 46 1", "key 46 0", "key 29 0",
        "axis 0.0 -15.0 finish=true", "axis 0.0 15.0 finish=true");
  }

  @Test
  void eachMoveIsOneCall() throws Exception {
    DbusPortalClient c = client();
    PortalSession.Opened s = PortalSession.open(c, tokens);
    try (PortalActionSink sink = new PortalActionSink(c, s.handle(), new DesktopBounds(0, 0, 1280, 720))) {
      portal.clearCalls();
      long t0 = System.nanoTime();
      for (int i = 0; i < 200; i++) {
        sink.moveTo(200 + (i % 2), 200);
      }
      System.out.printf("portal-it: NotifyPointerMotion round trip %.2f ms each (200 calls)%n",
          (System.nanoTime() - t0) / 1e6 / 200);
    }
    assertThat(portal.calls()).hasSize(200).first().asString().startsWith("motion -1079.0 -519.0");
    assertThat(portal.calls().get(1)).startsWith("motion 1.0 0.0");
  }

  @Test
  void anUnansweredDialogEndsInTimeWithWhatToDo() throws Exception {
    portal.startResponse(-1);
    long t0 = System.nanoTime();
    try (DbusPortalClient c = DbusPortalClient.connect(bus.address(), Duration.ofSeconds(1))) {
      assertThatThrownBy(() -> PortalSession.open(c, tokens)).hasMessageContaining("did not answer Start within 1 s")
          .hasMessageContaining("output.portalDialogSeconds");
    }
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5);
  }

  @Test
  void thePauseShortcutBindsAndEachActivationToggles() throws Exception {
    java.util.concurrent.atomic.AtomicInteger presses = new java.util.concurrent.atomic.AtomicInteger();
    try (PortalShortcut key = PortalShortcut.bind(bus.address(), dev.handctl.action.KeyChord.parse("ctrl+alt+h"),
        Duration.ofSeconds(10), presses::incrementAndGet)) {
      assertThat(portal.calls()).containsExactly("GlobalShortcuts.CreateSession",
          "BindShortcuts pause trigger=CTRL+ALT+h description=Pause or resume handctl");
      portal.activate("pause", false);
      portal.activate("pause", true); // another client's session
      portal.activate("other", false);
      portal.activate("pause", false);
      for (int i = 0; i < 100 && presses.get() < 2; i++) {
        Thread.sleep(20);
      }
      Thread.sleep(200); // time for a wrong third to arrive
      assertThat(presses.get()).isEqualTo(2);
      assertThat(key.setChord(dev.handctl.action.KeyChord.parse("ctrl+alt+j"))).isFalse();
    }
    portal.bindResponse(PortalResponse.CANCELLED);
    assertThatThrownBy(() -> PortalShortcut.bind(bus.address(), dev.handctl.action.KeyChord.parse("ctrl+alt+h"),
        Duration.ofSeconds(10), () -> { })).hasMessageContaining("did not bind the pause shortcut (response 1)");
    assertThat(PortalShortcut.trigger(dev.handctl.action.KeyChord.parse("meta+shift+pageup"))).isEqualTo("LOGO+SHIFT+Prior");
  }
}
