package dev.handctl.shell.tray;

import dev.handctl.shell.DaemonState;
import dorkbox.systemTray.Checkbox;
import dorkbox.systemTray.Menu;
import dorkbox.systemTray.MenuItem;
import dorkbox.systemTray.Separator;
import dorkbox.systemTray.SystemTray;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tray icon and menu through dorkbox SystemTray, which picks what the desktop offers
 * (AppIndicator/StatusNotifierItem, GTK status icon, Swing, macOS and Windows trays).
 *
 * <p>Create it before anything makes a {@link java.awt.Robot}: on Linux a Robot loads GTK in a way
 * that makes this library hang.
 */
public final class DorkboxTray implements Tray {
  private static final Logger LOG = LoggerFactory.getLogger(DorkboxTray.class);

  private final SystemTray tray;
  private final Map<DaemonState, BufferedImage> icons = new EnumMap<>(DaemonState.class);
  private final Map<DaemonState, BufferedImage> dryRunIcons = new EnumMap<>(DaemonState.class);
  private final MenuItem pause;
  private final Checkbox preview;
  private final Checkbox startAtLogin;
  private final Menu cameras;
  private final List<Checkbox> cameraItems = new ArrayList<>();
  private final TrayActions actions;
  private volatile boolean updating;
  private DaemonState shown;
  private boolean shownDryRun;
  private boolean tooltipFailed;

  private DorkboxTray(SystemTray tray, TrayActions actions) {
    this.tray = tray;
    this.actions = actions;
    int size = Math.max(16, tray.getTrayImageSize());
    for (DaemonState s : DaemonState.values()) {
      icons.put(s, TrayIcons.draw(s, false, size));
      dryRunIcons.put(s, TrayIcons.draw(s, true, size));
    }
    tray.setImage(icons.get(DaemonState.RUNNING));
    tray.setStatus("handctl");
    Menu menu = tray.getMenu();
    pause = menu.add(new MenuItem("Pause", e -> actions.togglePause()));
    preview = menu.add(new Checkbox("Show preview", e -> {
      if (!updating) {
        actions.togglePreview();
      }
    }));
    menu.add(new MenuItem("Settings…", e -> actions.openSettings()));
    menu.add(new MenuItem("Edit gestures…", e -> actions.editGestures()));
    menu.add(new MenuItem("Open log", e -> actions.openLog()));
    menu.add(new MenuItem("Reload", e -> actions.reload()));
    cameras = menu.add(new Menu("Camera"));
    cameras.setEnabled(false); // until a camera source lists the cameras
    startAtLogin = menu.add(new Checkbox("Start at login", e -> {
      if (!updating) {
        actions.toggleStartAtLogin();
      }
    }));
    menu.add(new Separator());
    menu.add(new MenuItem("Quit", e -> actions.quit()));
  }

  /**
   * Creates the tray icon.
   *
   * @param actions what the menu's items do
   * @return the tray, or null when the desktop has none (the library's log says why)
   */
  public static DorkboxTray create(TrayActions actions) {
    SystemTray tray;
    try {
      tray = SystemTray.get("handctl");
    } catch (RuntimeException | LinkageError e) {
      LOG.warn("no system tray: {}", e.toString());
      return null;
    }
    if (tray == null) {
      return null;
    }
    try {
      return new DorkboxTray(tray, actions);
    } catch (RuntimeException e) {
      LOG.warn("the system tray failed: {}", e.toString());
      tray.shutdown();
      return null;
    }
  }

  @Override
  public synchronized void show(DaemonState state, boolean dryRun, String detail) {
    if (state != shown || dryRun != shownDryRun) {
      tray.setImage((dryRun ? dryRunIcons : icons).get(state));
      shown = state;
      shownDryRun = dryRun;
    }
    String line = "handctl: " + state.label(dryRun)
        + (detail == null || detail.isEmpty() ? "" : " (" + shorten(detail) + ")");
    tray.setStatus(line);
    // The library refuses tooltips over 64 characters: the state first, then as much detail as fits.
    // A tray kind that cannot show one must not cost the status line and the icon.
    try {
      tray.setTooltip(line.length() > 64 ? line.substring(0, 61) + "..." : line);
    } catch (RuntimeException e) {
      if (!tooltipFailed) {
        tooltipFailed = true;
        LOG.warn("the tray cannot show a tooltip: {}", e.toString());
      }
    }
    pause.setText(state == DaemonState.PAUSED ? "Resume" : "Pause");
  }

  @Override
  public synchronized void setCameras(List<String> names, int selected) {
    cameraItems.forEach(cameras::remove);
    cameraItems.clear();
    updating = true;
    try {
      for (int i = 0; i < names.size(); i++) {
        int index = i;
        Checkbox item = new Checkbox(names.get(i), e -> {
          if (!updating) {
            actions.chooseCamera(index);
          }
        });
        item.setChecked(i == selected);
        cameraItems.add(cameras.add(item));
      }
      cameras.setEnabled(!names.isEmpty() && selected >= 0);
    } finally {
      updating = false;
    }
  }

  @Override
  public synchronized void setStartAtLogin(boolean enabled) {
    tick(startAtLogin, enabled);
  }

  @Override
  public synchronized void setPreviewShown(boolean shown) {
    tick(preview, shown);
  }

  /** Ticks a checkbox without taking it for the user's click. */
  private void tick(Checkbox box, boolean checked) {
    updating = true;
    try {
      box.setChecked(checked);
    } finally {
      updating = false;
    }
  }

  /** Keeps the status line short: a path becomes its file name, long text is cut. */
  private static String shorten(String detail) {
    String s = detail.contains("/") && !detail.contains(" ") ? detail.substring(detail.lastIndexOf('/') + 1) : detail;
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  @Override
  public String kind() {
    SystemTray.TrayType type = tray.getType();
    return type == null ? "unknown" : type.name();
  }

  @Override
  public void close() {
    tray.shutdown();
  }
}
