package dev.handctl.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.action.KeyChord;
import dev.handctl.capture.CameraListing;
import dev.handctl.shell.login.LoginItem;
import dev.handctl.testing.RecordingTray;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tray catches up with what changed outside it (stand-in login item and camera list). */
class DaemonShellTest {
  /** A login item switched by someone else (handctl start-at-login off, another shell). */
  private static final class SwitchedElsewhere implements LoginItem {
    boolean enabled = true;

    @Override
    public boolean isEnabled() {
      return enabled;
    }

    @Override
    public void enable() {
      enabled = true;
    }

    @Override
    public void disable() {
      enabled = false;
    }

    @Override
    public String describe() {
      return "a test item";
    }
  }

  @Test
  void theTickAndTheCameraMenuFollowChangesMadeOutsideTheTray() {
    SwitchedElsewhere login = new SwitchedElsewhere();
    List<CameraListing> plugged = new ArrayList<>(List.of(new CameraListing(0, "Integrated Camera")));
    DaemonShell shell = new DaemonShell(login, () -> List.copyOf(plugged));
    RecordingTray tray = new RecordingTray();
    shell.openTray(tray, true, "", null, KeyChord.parse("ctrl+alt+p"));
    shell.listCameras("camera:0");
    shell.showStartAtLogin();
    shell.refreshFromSystem();
    assertThat(tray.menuChanges()).as("nothing changed: the tray is not told again").containsExactly(
        "cameras [camera:0 (Integrated Camera)] selected 0", "start at login on");

    login.enabled = false; // handctl start-at-login off
    plugged.add(new CameraListing(2, "HD Webcam C270"));
    shell.refreshFromSystem();
    assertThat(tray.menuChanges().subList(2, tray.menuChanges().size())).containsExactly("start at login off",
        "cameras [camera:0 (Integrated Camera), camera:2 (HD Webcam C270)] selected 0");
  }

  @Test
  void framesFromAFileListNoCameras() {
    RecordingTray tray = new RecordingTray();
    DaemonShell shell = new DaemonShell(new SwitchedElsewhere(), () -> List.of(new CameraListing(0, "cam")));
    shell.openTray(tray, true, "", null, KeyChord.parse("ctrl+alt+p"));
    shell.refreshFromSystem();
    assertThat(tray.menuChanges()).containsExactly("start at login on");
  }

  @Test
  void aSwingFallbackTrayOnLinuxSaysWhy() {
    assertThat(DaemonShell.fallbackNote("Swing", true, "Linux", "XFCE")).contains("running as root");
    assertThat(DaemonShell.fallbackNote("Swing", false, "Linux", "ubuntu:GNOME")).contains("AppIndicator extension");
    assertThat(DaemonShell.fallbackNote("Swing", false, "Linux", "")).contains("no AppIndicator");
    assertThat(DaemonShell.fallbackNote("AppIndicator", true, "Linux", "GNOME")).isNull();
    assertThat(DaemonShell.fallbackNote("Swing", false, "Windows 11", "")).as("Swing is the tray there").isNull();
  }
}
