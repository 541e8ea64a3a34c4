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
import dev.handctl.shell.settings.Settings;
import dev.handctl.shell.settings.SettingsEdits;
import dev.handctl.shell.settings.SettingsFrame;
import dev.handctl.shell.tray.DorkboxTray;
import dev.handctl.shell.tray.Tray;
import dev.handctl.shell.tray.TrayActions;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
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

  private final LoginItem loginItem;
  private final Supplier<List<CameraListing>> cameraLister;
  private Tray tray = Tray.none();
  private Hotkey hotkey = Hotkey.none();
  private Preview preview = Preview.none();
  private Overlay overlay = Overlay.none();
  private Settings settings = Settings.none();
  private boolean settingsTried;
  private List<CameraListing> cameras = List.of();
  /** The camera in use ({@code camera:N}), or null when the frames come from a file. */
  private String cameraSource;
  /** The start-at-login state the tray shows, or null before it was shown. */
  private Boolean loginShown;

  /** The desktop of this platform: its login item, its cameras. */
  DaemonShell() {
    this(LoginItem.forThisPlatform(), OpenCvCameraDevice::list);
  }

  /**
   * A desktop with a given login item and camera list (tests).
   *
   * @param loginItem start at login
   * @param cameraLister lists the cameras, without opening any
   */
  DaemonShell(LoginItem loginItem, Supplier<List<CameraListing>> cameraLister) {
    this.loginItem = loginItem;
    this.cameraLister = cameraLister;
  }

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
        String note = fallbackNote(tray.kind(), "root".equals(System.getProperty("user.name")),
            System.getProperty("os.name", ""), System.getenv().getOrDefault("XDG_CURRENT_DESKTOP", ""));
        if (note == null) {
          LOG.info("tray: {}", tray.kind());
        } else {
          LOG.warn("tray: {} ({})", tray.kind(), note);
        }
      } else {
        LOG.warn("tray: none (this desktop has no system tray); handctl keeps running: pause with {}", pause);
      }
    } else {
      LOG.info("tray: none ({})", why);
    }
  }

  /**
   * Why a Linux desktop got the Swing stand-in tray rather than its panel's own (an icon that may
   * float in a window of its own, or not show at all), or null when it did not.
   *
   * @param kind the tray type dorkbox chose
   * @param root whether handctl runs as root
   * @param os the {@code os.name} property
   * @param desktop {@code XDG_CURRENT_DESKTOP}
   * @return what to tell the user, or null
   */
  static String fallbackNote(String kind, boolean root, String os, String desktop) {
    if (!"Swing".equalsIgnoreCase(kind) || !os.toLowerCase(java.util.Locale.ROOT).contains("linux")) {
      return null;
    }
    if (root) {
      return "running as root: the panel's AppIndicator and GTK trays are not offered to root; run handctl as"
          + " your own user";
    }
    if (desktop.toUpperCase(java.util.Locale.ROOT).contains("GNOME")) {
      return "GNOME shows tray icons only with the AppIndicator extension (package"
          + " gnome-shell-extension-appindicator); pause with the hotkey or handctl toggle meanwhile";
    }
    return "no AppIndicator or StatusNotifier host answered on this desktop; the icon may not show in the panel";
  }

  /**
   * Binds the pause hotkey through the GlobalShortcuts portal in a Wayland session, where a global
   * hook sees only Xwayland's windows.
   *
   * @param chord the preferred keys
   * @param env the environment (the session bus, WAYLAND_DISPLAY)
   * @param timeout how long the desktop may take (it may ask the user)
   * @param onHotkey called on a D-Bus thread at each press
   * @return whether it is bound; if not, the caller registers the global hook as before
   */
  boolean openPortalHotkey(KeyChord chord, java.util.Map<String, String> env, java.time.Duration timeout,
      Runnable onHotkey) {
    String address = dev.handctl.shell.portal.PortalProbe.busAddress(env);
    if (!env.containsKey("WAYLAND_DISPLAY") || address == null || address.startsWith("unix:abstract=")) {
      return false;
    }
    try {
      hotkey = dev.handctl.shell.portal.PortalShortcut.bind(address, chord, timeout, onHotkey);
      return true;
    } catch (java.io.IOException e) {
      LOG.info("hotkey: no GlobalShortcuts portal ({})", e.getMessage());
      return false;
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
   * Makes the settings window at the first call (on the control thread); where this display cannot
   * have one it stays {@link Settings#none()}, said once in the log.
   *
   * @param edits what its controls ask for
   */
  void openSettings(SettingsEdits edits) {
    if (settingsTried) {
      return;
    }
    settingsTried = true;
    try {
      settings = SettingsFrame.open(edits);
    } catch (Exception | LinkageError e) {
      LOG.warn("no settings window: {}; edit config.yaml instead", e.toString());
    }
  }

  Settings settings() {
    return settings;
  }

  /**
   * Uses a given settings window instead of making one (tests).
   *
   * @param given the window
   */
  void useSettings(Settings given) {
    settings = given;
    settingsTried = true;
  }

  /** Whether handctl starts at login, as the platform's item says. */
  boolean startsAtLogin() {
    return loginItem.isEnabled();
  }

  /**
   * Lists the cameras in the tray's menu.
   *
   * @param source the camera in use, such as {@code camera:0}
   */
  void listCameras(String source) {
    cameraSource = source;
    cameras = cameraLister.get();
    tray.setCameras(cameras.stream().map(CameraListing::label).toList(), cameraIndex(source));
  }

  /**
   * Catches up with changes made outside the tray, every few seconds: start at login switched by
   * {@code handctl start-at-login} or by hand, a camera plugged in or out. The tray is told only
   * what changed. Cheap: a file's existence and a sysfs folder, no camera opened.
   */
  void refreshFromSystem() {
    if (loginShown == null || loginShown != loginItem.isEnabled()) {
      showStartAtLogin();
    }
    if (cameraSource != null) {
      List<CameraListing> now = cameraLister.get();
      if (!now.equals(cameras)) {
        LOG.info("cameras: {}", now.isEmpty() ? "none" : now.stream().map(CameraListing::label).toList());
        listCameras(cameraSource);
      }
    }
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
    cameraSource = cameras.get(index).source();
    return cameraSource;
  }

  /** Ticks or clears "Start at login" as the platform's item is. */
  void showStartAtLogin() {
    loginShown = loginItem.isEnabled();
    tray.setStartAtLogin(loginShown);
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
    settings.dispose();
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
