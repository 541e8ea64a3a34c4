package dev.handctl.app;

import dev.handctl.action.ActionDriver;
import dev.handctl.action.ActionKind;
import dev.handctl.action.DesktopBounds;
import dev.handctl.config.ConfigWatcher;
import dev.handctl.shell.Displays;
import dev.handctl.shell.FileOpener;
import dev.handctl.shell.InjectedKeys;
import dev.handctl.shell.TrayActions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's life cycle: prepare, take the single-instance lock, load the rules, open the output
 * and the shell, start the pipeline, supervise it until Quit, shut down. Each step is a part of its
 * own ({@link DaemonEnvironment}, {@link LiveRules}, {@link DaemonOutput}, {@link DaemonShell},
 * {@link DaemonPipeline} under a {@link PipelineSupervisor}, {@link ControlSocket}); pausing goes
 * through the {@link RunState} and what is shown through the {@link StatusView}.
 *
 * <p>Startup follows the order the desktop notes found safe: display check (none: exit 2), tray
 * before any {@link java.awt.Robot} (the other order hangs GTK), Robot (no input injection: exit 3),
 * hotkey (optional), then the pipeline. Threads: the main thread waits for Quit; one pipeline
 * thread runs frames; one control thread carries out tray and hotkey requests; the config watcher
 * reloads. Quitting, a lost hand, a pause and a reload all release every pressed button and key.
 *
 * <p>Whatever the pipeline throws is logged, shown (tray red, with the reason), every pressed input
 * released, and the pipeline started again. SIGTERM, SIGINT and SIGHUP quit like the tray's Quit
 * ({@link ShutdownSignals}): the pipeline stops before its models are closed, and the exit code is 0.
 */
final class Daemon implements TrayActions {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");
  private static final long RELOAD_CHECK_MILLIS = 500;
  /** A frame or a model load ends within seconds; past this the pipeline is stuck in native code. */
  private static final long PIPELINE_STOP_MILLIS = 30_000;

  private final RunCommand options;
  private final DaemonHooks hooks;
  private final PrintWriter out;
  private final PrintWriter err;
  private final RunState state = new RunState();
  private final PauseGate gate = new PauseGate();
  private final CountDownLatch cleanedUp = new CountDownLatch(1);
  private final ExecutorService control = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "handctl-control");
    t.setDaemon(true);
    return t;
  });
  private final InjectedKeys injectedKeys = new InjectedKeys();
  private final DaemonShell shell = new DaemonShell();
  private final DaemonPipeline.FirstFrame firstFrame = new DaemonPipeline.FirstFrame();

  private DaemonEnvironment environment;
  /** Another handctl holds the single-instance lock: this dry run has no tray icon and no hotkey. */
  private boolean beside;
  private boolean ownsInstance;
  private volatile LiveRules rules;
  private volatile ConfigWatcher watcher;
  private volatile DaemonPipeline pipeline;
  private volatile StatusView status;
  private volatile PipelineSupervisor supervisor;
  private ControlSocket controlSocket;
  /** Decided once: tracker, gestures and pointer must agree on it (camera.mirrored applies at start). */
  private boolean mirrored;

  Daemon(RunCommand options) {
    this(options, DaemonHooks.NONE);
  }

  Daemon(RunCommand options, DaemonHooks hooks) {
    this.options = options;
    this.hooks = hooks;
    this.out = options.spec.commandLine().getOut();
    this.err = options.spec.commandLine().getErr();
  }

  /**
   * Runs until Quit.
   *
   * @return the exit code
   */
  int run() {
    // First: a signal during startup must also end in the daemon's own orderly quit.
    for (String refused : ShutdownSignals.install(state::requestQuit)) {
      LOG.warn("signal {} is not handled: it ends handctl the JVM's way", refused);
    }
    environment = DaemonEnvironment.prepare(options.common);
    InstanceLock lock = null;
    Path lockFile = environment.configDir().resolve("handctl.lock");
    try {
      // One handctl per user, dry runs included: at most one tray icon and one pause hotkey.
      lock = InstanceLock.tryAcquire(lockFile, options.dryRun);
      if (lock == null && !options.dryRun) {
        err.println("handctl: already running for this user (" + InstanceLock.describeHolder(lockFile)
            + "); quit that one from its tray icon first");
        err.flush();
        return ExitCodes.ALREADY_RUNNING;
      }
      if (lock == null) {
        beside = true;
        LOG.warn("another handctl runs for this user ({}): this dry run runs beside it, with no tray icon and no"
            + " hotkey", InstanceLock.describeHolder(lockFile));
      }
    } catch (IOException e) {
      LOG.warn("cannot take the single-instance lock {} ({}); going on without it, so a second handctl would not be"
          + " noticed", lockFile, e.toString());
    }
    ownsInstance = lock != null;
    try {
      return runLocked();
    } finally {
      if (lock != null) {
        lock.close();
      }
      cleanedUp.countDown();
    }
  }

  private int runLocked() {
    CommonOptions common = options.common;
    var userFiles = environment.userFiles();
    rules = new LiveRules(RuleFiles.of(common, userFiles != null ? userFiles.folder() : null), state);
    Integer failed = rules.load(common, err);
    if (failed != null) {
      return failed;
    }
    String noDisplay = Displays.unavailableReason();
    boolean displayAvailable = noDisplay == null;
    // The backend is chosen before the display check: a Wayland compositor's own protocols need no
    // X11 display (then there is no tray or hotkey: handctl toggle pauses).
    var config = rules.current().config();
    OutputSetup setup = options.dryRun ? null : OutputSetup.probe(config.output().backend(), System.getenv());
    if (!displayAvailable && !options.dryRun && !setup.needsNoX11Display()) {
      err.println("handctl: FATAL_HEADLESS: cannot drive the mouse and keyboard: " + noDisplay
          + ". Run handctl in a desktop session (or use --dry-run to see what it would do).");
      err.flush();
      return ExitCodes.USAGE;
    }
    shell.openTray(hooks.tray(), displayAvailable && !options.noTray && !beside,
        options.noTray ? "--no-tray" : beside ? "beside another handctl" : "no display", this, config.hotkey().pause());
    DesktopBounds desktop = displayAvailable ? Displays.bounds() : DesktopBounds.ASSUMED;
    DaemonOutput output = options.dryRun ? DaemonOutput.dryRun(desktop, out, firstFrame::nanos)
        : DaemonOutput.open(setup, injectedKeys, displayAvailable ? desktop : null, desktop, err);
    if (output == null) {
      shell.tray().close();
      return ExitCodes.SETUP_FAILED;
    }
    ActionDriver driver = openShell(displayAvailable, output);
    startPipeline(driver, output);
    try {
      state.awaitQuit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    shutDown(driver);
    return ExitCodes.OK;
  }

  /** The hotkey, the driver of the actions and the preview; returns the driver. */
  private ActionDriver openShell(boolean displayAvailable, DaemonOutput output) {
    var config = rules.current().config();
    if (displayAvailable && !beside) {
      shell.openHotkey(config.hotkey().pause(), injectedKeys, () -> control.execute(() -> state.toggle("hotkey")));
    } else {
      LOG.info("hotkey: unavailable ({})", beside ? "beside another handctl" : "no display");
    }
    mirrored = options.mirrored != null ? options.mirrored : !fromFile() && config.camera().mirrored();
    var r = rules.current();
    ActionDriver driver = new ActionDriver(r.bindings(), r.gestures(), config.pointer(), config.actions(),
        output.desktop(), mirrored, output.sink(), kind -> control.execute(() -> onPauseAction(kind)));
    driver.keepHandsThroughGaps(config.tracker().rejoinMillis());
    if (displayAvailable) {
      shell.openPreview(!mirrored, options.preview,
          () -> control.execute(() -> shell.tray().setPreviewShown(false)));
    }
    return driver;
  }

  private boolean fromFile() {
    return options.video != null || options.landmarks != null;
  }

  /** Everything from the first state shown to the supervised pipeline running. */
  private void startPipeline(ActionDriver driver, DaemonOutput output) {
    String source = options.landmarks != null ? options.landmarks.toString()
        : options.video != null ? options.video.toString() : "camera:" + options.camera;
    DaemonPipeline p = new DaemonPipeline(new DaemonPipeline.Parts(options, hooks.stage(), rules, state, gate, driver,
        mirrored, firstFrame, this::refresh), source);
    pipeline = p;
    if (!fromFile()) {
      shell.listCameras(source);
    }
    shell.showStartAtLogin();
    StatusView view = new StatusView(state, rules, !fromFile(), output, shell.tray(), p);
    status = view;
    p.showOn(new PreviewFeed(shell.preview(), view::current));
    rules.onReload((previous, next) -> {
      if (!next.config().hotkey().pause().sameKeys(previous.config().hotkey().pause())
          && shell.hotkey().setChord(next.config().hotkey().pause())) {
        LOG.info("hotkey: {}", next.config().hotkey().pause());
      }
    }, this::refresh);
    watcher = new ConfigWatcher(rules.files()::watched, RELOAD_CHECK_MILLIS, rules::reloadNow);
    state.addListener(new PauseEffects(driver));
    state.start(options.startPaused || output.missing(), output.missing() ? output.summary() : null);
    gate.set(state.paused() && !rules.canResumeByGesture());
    if (state.paused()) {
      driver.pause();
    }
    view.show();
    LOG.info("state: {} ({})", state.paused() ? "paused" : "running", "start");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      state.requestQuit("signal");
      try {
        cleanedUp.await(3, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "handctl-shutdown"));
    // Only the daemon that holds the single-instance lock answers: a dry run beside it must not take its socket.
    controlSocket = new ControlSocket(state, control, view::statusLine);
    if (ownsInstance) {
      controlSocket.open();
    }
    PipelineSupervisor supervised = new PipelineSupervisor(p::run, p.failures(), p::sourceHasFrames, hooks.policy());
    p.supervisedBy(supervised);
    view.supervisedBy(supervised);
    supervisor = supervised;
    supervised.start();
    RuleFiles files = rules.files();
    LOG.info("handctl running: source {}, settings {}, bindings {}", source,
        files.settings() != null ? files.settings() : "built-in", files.bindings());
  }

  /** Stops the pipeline, releases everything, removes the icon. */
  private void shutDown(ActionDriver driver) {
    state.beginStopping();
    pipeline.stopForQuit();
    // The models are closed by the pipeline thread as it ends; nothing after this may exit the
    // process while it is still inside a model (that crashed the JVM at quit).
    PipelineSupervisor supervised = supervisor;
    if (!supervised.stop(PIPELINE_STOP_MILLIS)) {
      LOG.error("the pipeline did not stop within {} s (stuck at {}); quitting without waiting for it",
          PIPELINE_STOP_MILLIS / 1000, supervised.thread().getStackTrace().length > 0
              ? supervised.thread().getStackTrace()[0] : "?");
    }
    controlSocket.close();
    driver.close();
    watcher.close();
    shell.close();
    control.shutdownNow();
    LOG.info("stopped");
  }

  /** What a pause does to the actions and the pipeline, and showing it. */
  private final class PauseEffects implements RunState.Listener {
    private final ActionDriver driver;

    PauseEffects(ActionDriver driver) {
      this.driver = driver;
    }

    @Override
    public void pausing(boolean paused) {
      if (paused) {
        driver.pause(); // releases every button and key at once, between frames
        gate.set(!rules.canResumeByGesture());
      } else {
        driver.resume();
        gate.set(false);
      }
    }

    @Override
    public void changed() {
      status.show();
    }
  }

  private void onPauseAction(ActionKind kind) {
    switch (kind) {
      case PAUSE -> state.setPaused(true, "gesture");
      case RESUME -> state.setPaused(false, "gesture");
      default -> state.toggle("gesture");
    }
  }

  /** Shows the state again, on the control thread. */
  private void refresh() {
    control.execute(() -> status.show());
  }

  // ---- The tray's menu: each item is handed to the control thread or to the part it concerns ----

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
    var userFiles = environment.userFiles();
    RuleFiles files = rules.files();
    Path file = userFiles != null && Files.isRegularFile(userFiles.bindings()) ? userFiles.bindings()
        : files.bindings();
    LOG.info("edit: bindings {}, settings {}, your gestures {} (shipped ones: {})", file,
        userFiles != null ? userFiles.settings() : "-", userFiles != null ? userFiles.gestures() : "-",
        files.gestureFolders().get(0));
    FileOpener.edit(file);
  }

  @Override
  public void openLog() {
    Path file = environment.logFile();
    if (file == null) {
      LOG.warn("open log: there is no log file (see the earlier 'no log file' line)");
      return;
    }
    LOG.info("open log: {}", file);
    FileOpener.edit(file);
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
      if (fromFile()) {
        return;
      }
      String next = shell.chooseCamera(index);
      if (next == null || next.equals(pipeline.source())) {
        return;
      }
      LOG.info("camera: switching to {}", next);
      pipeline.switchTo(next);
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
