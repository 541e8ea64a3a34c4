package dev.handctl.app;

import dev.handctl.config.ConfigWatcher;
import dev.handctl.shell.tray.TrayActions;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the tray's menu does in the daemon. The tray calls on its own thread and must get its thread
 * back at once, so each item that changes something is handed to the daemon's control thread,
 * where the hotkey's and the control socket's requests run too, one at a time.
 *
 * <p>The menu is up before the pipeline exists (the tray comes first); items that need the pipeline,
 * its supervisor or the watcher do nothing until {@link #attach} has given them.
 */
final class TrayMenu implements TrayActions {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");

  private final Executor control;
  private final RunState state;
  private final DaemonShell shell;
  private final DaemonEnvironment environment;
  private final LiveRules rules;
  private final boolean fromFile;
  private final SettingsMenu settings;
  private volatile DaemonPipeline pipeline;
  private volatile ConfigWatcher watcher;
  private volatile PipelineSupervisor supervisor;

  /**
   * @param control the daemon's control thread
   * @param state what Pause changes and Quit asks
   * @param shell the preview, the cameras and start at login
   * @param environment the user's files and the log, to open them
   * @param rules the rule files, to open them
   * @param fromFile whether the source is a file (then there is no camera to choose)
   * @param settings the settings window's side in the daemon
   */
  TrayMenu(Executor control, RunState state, DaemonShell shell, DaemonEnvironment environment, LiveRules rules,
      boolean fromFile, SettingsMenu settings) {
    this.control = control;
    this.state = state;
    this.shell = shell;
    this.environment = environment;
    this.rules = rules;
    this.fromFile = fromFile;
    this.settings = settings;
  }

  /** Gives the menu the pipeline (to switch cameras) and the watcher (to reload). */
  void attach(DaemonPipeline pipeline, ConfigWatcher watcher) {
    this.pipeline = pipeline;
    this.watcher = watcher;
  }

  /** Gives the menu the supervisor: Reload also lets a pipeline that gave up try again. */
  void supervisedBy(PipelineSupervisor supervisor) {
    this.supervisor = supervisor;
  }

  @Override
  public void togglePause() {
    control.execute(() -> state.toggle("tray"));
  }

  @Override
  public void togglePreview() {
    control.execute(shell::togglePreview);
  }

  @Override
  public void editGestures() {
    environment.editGestures(rules.files());
  }

  @Override
  public void openSettings() {
    settings.show();
  }

  @Override
  public void openLog() {
    environment.openLog();
  }

  @Override
  public void reload() {
    LOG.info("reload (tray)");
    PipelineSupervisor s = supervisor;
    if (s != null) {
      s.retryNow(); // a pipeline that gave up tries again
    }
    ConfigWatcher w = watcher;
    if (w != null) {
      w.changeNow(); // read on the watcher's thread, as for an edit
    }
  }

  @Override
  public void chooseCamera(int index) {
    control.execute(() -> {
      DaemonPipeline p = pipeline;
      if (fromFile || p == null) {
        return;
      }
      String next = shell.chooseCamera(index);
      if (next == null || next.equals(p.source())) {
        return;
      }
      LOG.info("camera: switching to {}", next);
      p.switchTo(next);
    });
  }

  @Override
  public void toggleStartAtLogin() {
    control.execute(shell::toggleStartAtLogin);
  }

  @Override
  public void quit() {
    state.requestQuit("tray");
  }
}
