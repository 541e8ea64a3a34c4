package dev.handctl.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackendChooserTest {
  private static final List<String> SWAY = List.of("wl_seat", "wl_output", SessionFacts.VIRTUAL_POINTER,
      SessionFacts.VIRTUAL_KEYBOARD, "zwlr_layer_shell_v1");
  private static final List<String> MUTTER = List.of("wl_seat", "wl_output", "gtk_shell1");

  private static SessionFacts facts(Map<String, String> env, List<String> globals) {
    return SessionFacts.of(env, globals, globals == null ? "no socket" : "", false);
  }

  @Test
  void anX11SessionGetsRobotAsBefore() {
    BackendChoice c = BackendChooser.choose(OutputBackend.AUTO, facts(Map.of("XDG_SESSION_TYPE", "x11",
        "DISPLAY", ":0"), null));
    assertThat(c.backend()).isEqualTo(OutputBackend.X11);
    assertThat(c.summary()).isEqualTo("x11 (auto: X11 session)");
    assertThat(c.warning()).isEmpty();
  }

  @Test
  void aWlrootsCompositorGetsTheVirtualPointerWithNoDisplayNeeded() {
    BackendChoice c = BackendChooser.choose(OutputBackend.AUTO, facts(Map.of("WAYLAND_DISPLAY", "wayland-1"), SWAY));
    assertThat(c.backend()).isEqualTo(OutputBackend.WAYLAND_VIRTUAL);
    assertThat(c.why()).contains("virtual pointer and keyboard");
  }

  @Test
  void gnomeFallsBackToXwaylandAndSaysWhatThatMeans() {
    SessionFacts f = facts(Map.of("XDG_SESSION_TYPE", "wayland", "WAYLAND_DISPLAY", "wayland-0", "DISPLAY", ":0",
        "XDG_CURRENT_DESKTOP", "ubuntu:GNOME"), MUTTER);
    BackendChoice c = BackendChooser.choose(OutputBackend.AUTO, f);
    assertThat(c.backend()).isEqualTo(OutputBackend.X11);
    assertThat(c.warning()).contains("X11 (Xwayland) windows only", "RemoteDesktop portal", "not asked");
    assertThat(BackendChooser.availability(f)).contains("x11: available")
        .anySatisfy(l -> assertThat(l).startsWith("wayland-virtual: unavailable: the compositor (ubuntu:GNOME)"));
  }

  @Test
  void gnomeWithThePortalChoosesIt() {
    SessionFacts f = facts(Map.of("XDG_SESSION_TYPE", "wayland", "WAYLAND_DISPLAY", "wayland-0", "DISPLAY", ":0",
        "XDG_CURRENT_DESKTOP", "GNOME"), MUTTER).withPortal(2, "");
    BackendChoice c = BackendChooser.choose(OutputBackend.AUTO, f);
    assertThat(c.backend()).isEqualTo(OutputBackend.PORTAL);
    assertThat(c.why()).contains("RemoteDesktop portal (version 2)");
    assertThat(BackendChooser.availability(f)).contains("portal: available");
    SessionFacts sway = facts(Map.of("WAYLAND_DISPLAY", "wayland-1"), SWAY).withPortal(2, "");
    assertThat(BackendChooser.choose(OutputBackend.AUTO, sway).backend()).isEqualTo(OutputBackend.WAYLAND_VIRTUAL);
    SessionFacts x11 = facts(Map.of("DISPLAY", ":0"), null).withPortal(2, "");
    assertThat(BackendChooser.choose(OutputBackend.AUTO, x11).backend()).isEqualTo(OutputBackend.X11);
  }

  @Test
  void aWaylandSessionWithNothingUsableChoosesNoneWithTheReason() {
    BackendChoice c = BackendChooser.choose(OutputBackend.AUTO, facts(Map.of("WAYLAND_DISPLAY", "wayland-0"), MUTTER));
    assertThat(c.backend()).isNull();
    assertThat(c.name()).isEqualTo("none");
    assertThat(c.why()).contains("neither the virtual pointer nor Xwayland");
    SessionFacts gnome = facts(Map.of("WAYLAND_DISPLAY", "wayland-0", "XDG_CURRENT_DESKTOP", "GNOME"), MUTTER)
        .withPortal(0, "no session bus (DBUS_SESSION_BUS_ADDRESS is not set)");
    assertThat(BackendChooser.choose(OutputBackend.AUTO, gnome).warning())
        .contains("xdg-desktop-portal-gnome", "DBUS_SESSION_BUS_ADDRESS is not set");
  }

  @Test
  void aBackendNamedInTheSettingsIsUsedOrRefusedWithWhatToDo() {
    SessionFacts sway = facts(Map.of("WAYLAND_DISPLAY", "wayland-1", "DISPLAY", ":1"), SWAY);
    assertThat(BackendChooser.choose(OutputBackend.X11, sway).backend()).isEqualTo(OutputBackend.X11);
    BackendChoice onX11 = BackendChooser.choose(OutputBackend.WAYLAND_VIRTUAL, facts(Map.of("DISPLAY", ":0"), null));
    assertThat(onX11.backend()).isNull();
    assertThat(onX11.why()).contains("not a Wayland session");
    assertThat(onX11.warning()).contains("output.backend: auto");
    BackendChoice portal = BackendChooser.choose(OutputBackend.PORTAL,
        sway.withPortal(0, "no RemoteDesktop portal on the session bus (ServiceUnknown)"));
    assertThat(portal.backend()).isNull();
    assertThat(portal.why()).contains("no RemoteDesktop portal", "ServiceUnknown");
    assertThat(portal.warning()).contains("xdg-desktop-portal-gnome");
  }

  @Test
  void uinputIsOptInAndNeedsAWritableDevice() {
    SessionFacts writable = SessionFacts.of(Map.of("WAYLAND_DISPLAY", "wayland-0"), MUTTER, "", true);
    assertThat(BackendChooser.choose(OutputBackend.AUTO, writable).backend()).isNull();
    assertThat(BackendChooser.choose(OutputBackend.UINPUT, writable).backend()).isEqualTo(OutputBackend.UINPUT);
    assertThat(BackendChooser.availability(writable)).anySatisfy(l -> assertThat(l).startsWith("uinput: available"));
    BackendChoice closed = BackendChooser.choose(OutputBackend.UINPUT, facts(Map.of("DISPLAY", ":0"), null));
    assertThat(closed.backend()).isNull();
    assertThat(closed.why()).contains("/dev/uinput cannot be written");
    assertThat(closed.warning()).contains("udev rule");
  }

  @Test
  void theSettingWordsParse() {
    assertThat(OutputBackend.parse(" Wayland-Virtual ")).isEqualTo(OutputBackend.WAYLAND_VIRTUAL);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutputBackend.parse("wayland"))
        .hasMessageContaining("expected auto, x11, wayland-virtual, portal or uinput");
  }
}
