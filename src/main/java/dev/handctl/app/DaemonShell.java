package dev.handctl.app;

import dev.handctl.action.KeyChord;
import dev.handctl.capture.CameraListing;
import dev.handctl.capture.OpenCvCameraDevice;
import dev.handctl.shell.InjectedKeys;
import dev.handctl.shell.hotkey.Hotkey;
import dev.handctl.shell.hotkey.HotkeyUnavailableException;
import dev.handctl.shell.hotkey.PauseHotkey;
import dev.handctl.shell.login.LoginItem;
import dev.handctl.shell.overlay.Overlay;
import dev.handctl.shell.overlay.OverlayWindow;
import dev.handctl.shell.preview.Preview;
import dev.handctl.shell.preview.PreviewWindow;
import dev.handctl.shell.tray.DorkboxTray;
import dev.handctl.shell.tray.Tray;
import dev.handctl.shell.tray.TrayActions;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's desktop: tray icon, pause hotkey, preview window, the cameras the tray lists and the
 * start-at-login item. Each part that this desktop cannot have is its {@code none()} stand-in, so
 * the rest of the daemon never asks whether it is there.
 *
 * <p>Opened in the order the desktop notes found safe: the tray before any {@link java.awt.Robot}
 * (the other order hangs GTK), so {@link #openTray} comes before the output and the rest after it.
 */
final class DaemonShell {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");

  private final LoginItem loginItem = LoginItem.forThisPlatform();
  private Tray tray = Tray.none();
  private Hotkey hotkey = Hotkey.none();
  private Preview preview = Preview.none();
  private Overlay overlay = Overlay.none();
  private List<CameraListing> cameras = List.of();

  /**
   * Puts up the tray icon.
   *
   * @param given the test's tray, or null for the desktop's
   * @param wanted whether this daemon may have one (a display, no --no-tray, not beside another)
   * @param why why not, for the log, when it may not
   * @param actions what the menu asks of the daemon
   * @param pause the pause hotkey, for the log when there is no tray
   */
  void openTray(Tray given, boolean wanted, String why, TrayActions actions, KeyChord pause) {
    if (given != null) {
      tray = given;
      LOG.info("tray: {}", tray.kind());
    } else if (wanted) {
      Tray created = DorkboxTray.create(actions);
      if (created != null) {
        tray = created;
        LOG.info("tray: {}", tray.kind());
      } else {
        LOG.warn("tray: none (this desktop has no system tray); handctl keeps running: pause with {}", pause);
      }
    } else {
      LOG.info("tray: none ({})", why);
    }
  }

  /**
   * Registers the global pause hotkey; without it handctl runs on, paused from the tray.
   *
   * @param chord the keys
   * @param injectedKeys the keys handctl presses itself, which must not count
   * @param onHotkey called on the hook's thread
   */
  void openHotkey(KeyChord chord, InjectedKeys injectedKeys, Runnable onHotkey) {
    try {
      hotkey = PauseHotkey.register(chord, injectedKeys, onHotkey);
      LOG.info("hotkey: {}", chord);
    } catch (HotkeyUnavailableException e) {
      LOG.warn("hotkey: unavailable ({}); handctl keeps running: pause from the tray", e.getMessage());
    }
  }

  /**
   * Makes the preview window, hidden unless asked for.
   *
   * @param mirrorView whether to flip the picture (for a camera that is not mirrored)
   * @param show whether to show it from the start (--preview)
   * @param onClose called when the user closes it
   */
  void openPreview(boolean mirrorView, boolean show, Runnable onClose) {
    try {
      preview = PreviewWindow.open(mirrorView, onClose);
    } catch (Exception e) {
      LOG.warn("no preview window: {}", e.toString());
    }
    if (show && preview.canShow()) {
      preview.setVisible(true);
      tray.setPreviewShown(true);
    }
  }

  /**
   * Puts up the overlay at the pointer, unless it is switched off or the session is Wayland's
   * (where a window can neither be placed at the pointer nor made click-through by AWT).
   *
   * @param enabled {@code overlay.enabled}
   * @param waylandSession whether the session is a Wayland one (then it stays off, with one log line)
   */
  void openOverlay(boolean enabled, boolean waylandSession) {
    if (!enabled) {
      LOG.info("overlay: off (overlay.enabled: false)");
      return;
    }
    if (waylandSession) {
      LOG.info("overlay: off (a Wayland session: a window cannot follow the pointer or let clicks through there)");
      return;
    }
    try {
      overlay = OverlayWindow.open();
      LOG.info("overlay: {}", overlay.kind());
    } catch (Exception | LinkageError e) {
      LOG.warn("overlay: off ({})", e.toString());
    }
  }

  Overlay overlay() {
    return overlay;
  }

  /**
   * Lists the cameras in the tray's menu.
   *
   * @param source the camera in use, such as {@code camera:0}
   */
  void listCameras(String source) {
    cameras = OpenCvCameraDevice.list();
    tray.setCameras(cameras.stream().map(CameraListing::label).toList(), cameraIndex(source));
  }

  Tray tray() {
    return tray;
  }

  Hotkey hotkey() {
    return hotkey;
  }

  Preview preview() {
    return preview;
  }

  /** Shows or hides the preview, as the tray's item asks. */
  void togglePreview() {
    if (!preview.canShow()) {
      LOG.warn("no preview window on this display");
      tray.setPreviewShown(false);
      return;
    }
    boolean show = !preview.visible();
    preview.setVisible(show);
    tray.setPreviewShown(show);
  }

  /**
   * Ticks the chosen camera in the tray.
   *
   * @param index which of the listed cameras
   * @return its source, or null when there is no such camera
   */
  String chooseCamera(int index) {
    if (index < 0 || index >= cameras.size()) {
      return null;
    }
    tray.setCameras(cameras.stream().map(CameraListing::label).toList(), index);
    return cameras.get(index).source();
  }

  /** Ticks or clears "Start at login" as the platform's item is. */
  void showStartAtLogin() {
    tray.setStartAtLogin(loginItem.isEnabled());
  }

  /** Switches start at login, as the tray's item asks. */
  void toggleStartAtLogin() {
    boolean on = !loginItem.isEnabled();
    try {
      if (on) {
        loginItem.enable();
      } else {
        loginItem.disable();
      }
      LOG.info("start at login: {} ({})", on ? "on" : "off", loginItem.describe());
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not switch start at login {} ({}): {}", on ? "on" : "off", loginItem.describe(), e.toString());
    }
    showStartAtLogin();
  }

  /** Closes what the shell opened; the tray last, as it was put up first. */
  void close() {
    hotkey.close();
    overlay.close();
    preview.dispose();
    tray.close();
  }

  private int cameraIndex(String spec) {
    for (int i = 0; i < cameras.size(); i++) {
      if (cameras.get(i).source().equals(spec)) {
        return i;
      }
    }
    return cameras.isEmpty() ? -1 : 0;
  }
}
