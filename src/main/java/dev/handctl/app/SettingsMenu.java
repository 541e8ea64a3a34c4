package dev.handctl.app;

import dev.handctl.action.PointerMode;
import dev.handctl.config.ConfigEditor;
import dev.handctl.config.ConfigException;
import dev.handctl.config.ConfigWatcher;
import dev.handctl.config.HandctlConfig;
import dev.handctl.io.BoundedFiles;
import dev.handctl.shell.AtomicFiles;
import dev.handctl.shell.settings.SettingsEdits;
import dev.handctl.shell.settings.SettingsValues;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the settings window does in the daemon: each change is written into the settings file the
 * daemon reads (by {@link ConfigEditor}, keeping the user's comments and layout, atomically) on the
 * control thread, and then read back through the watcher like any edit of the file; what the window
 * shows always comes from the settings in use ({@link #refresh}), after a change from the window or
 * one made in the file.
 */
final class SettingsMenu implements SettingsEdits {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");

  private final Executor control;
  private final DaemonShell shell;
  private final LiveRules rules;
  private final Path file;
  private volatile ConfigWatcher watcher;

  /**
   * @param control the daemon's control thread
   * @param shell the window and start at login
   * @param rules the settings in use, and the file they come from
   * @param file the settings file to write, or null when there is none (then nothing is saved)
   */
  SettingsMenu(Executor control, DaemonShell shell, LiveRules rules, Path file) {
    this.control = control;
    this.shell = shell;
    this.rules = rules;
    this.file = file;
  }

  /** Gives the menu the watcher, so that a change is read back at once rather than at its next look. */
  void attach(ConfigWatcher watcher) {
    this.watcher = watcher;
  }

  /** Shows the window (made at the first call) with the settings in use. */
  void show() {
    control.execute(() -> {
      shell.openSettings(this);
      refresh();
      shell.settings().show();
    });
  }

  /** Shows the settings in use in the window (cheap; the window ignores what it already shows). */
  void refresh() {
    Rules r = rules.current();
    if (r == null || !shell.settings().canShow()) {
      return;
    }
    String problem = rules.problem();
    shell.settings().update(values(r.config(), shell.startsAtLogin(), file, problem == null ? "" : problem));
  }

  /**
   * What the window shows for these settings.
   *
   * @param c the settings in use
   * @param login whether handctl starts at login
   * @param file the file changes go to, or null
   * @param problem what is wrong with the files, or empty
   * @return the values
   */
  static SettingsValues values(HandctlConfig c, boolean login, Path file, String problem) {
    return new SettingsValues(c.pointer().gainPxPerHandSize(), c.pointer().acceleration(),
        c.pointer().mode() == PointerMode.ABSOLUTE, c.pointer().smoothing().minCutoffHz(),
        c.actions().dwell().millis(), c.overlay().enabled(), login, file == null ? "" : file.toString(), problem);
  }

  @Override
  public void set(String key, Object value) {
    control.execute(() -> write(key, value));
  }

  /** Writes one setting into the file; the window says why when it cannot. */
  void write(String key, Object value) {
    if (file == null) {
      shell.settings().showProblem("there is no settings file to write to");
      return;
    }
    try {
      String before = BoundedFiles.readConfigText(file);
      String after = ConfigEditor.set(before, key, value);
      if (!after.equals(before)) {
        AtomicFiles.write(file, after);
        LOG.info("settings window: {} = {} written to {}", key, value, file);
      }
      shell.settings().showProblem("");
      ConfigWatcher w = watcher;
      if (w != null) {
        w.changeNow();
      }
    } catch (ConfigException | IOException e) {
      LOG.warn("settings window: could not write {} to {}: {}", key, file, e.getMessage());
      shell.settings().showProblem(e.getMessage());
      refresh();
    }
  }

  @Override
  public void setStartAtLogin(boolean enabled) {
    control.execute(() -> {
      if (enabled != shell.startsAtLogin()) {
        shell.toggleStartAtLogin();
      }
      refresh();
    });
  }
}
