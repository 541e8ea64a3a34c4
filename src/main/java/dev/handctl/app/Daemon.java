package dev.handctl.app;

import dev.handctl.action.ActionDriver;
import dev.handctl.action.ActionKind;
import dev.handctl.action.DesktopBounds;
import dev.handctl.action.HandOff;
import dev.handctl.capture.SourceState;
import dev.handctl.capture.SourceStatus;
import dev.handctl.config.ConfigWatcher;
import dev.handctl.pipeline.LatencyWindow;
import dev.handctl.pipeline.TimedActionSink;
import dev.handctl.shell.Displays;
import dev.handctl.shell.InjectedKeys;
import dev.handctl.shell.notify.DesktopNotifier;
import dev.handctl.shell.notify.Notifier;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's life cycle: prepare, take the single-instance lock, load the rules, open the output
 * and the shell, start the pipeline, supervise it until Quit, shut down. Each step is a part of its
 * own ({@link DaemonEnvironment}, {@link SingleInstance}, {@link LiveRules}, {@link DaemonOutput},
 * {@link DaemonShell} with its {@link TrayMenu}, {@link DaemonPipeline} under a
 * {@link PipelineSupervisor}, {@link ControlSocket}); pausing goes through the {@link RunState} and
 * what is shown through the {@link StatusView}, so all of them agree.
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
final class Daemon {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");
  private static final long RELOAD_CHECK_MILLIS = 500;
  /** About 10 s of pointing at 30 frames/s: a steady p95 that still follows a change of load. */
  private static final int LATENCY_WINDOW = 300;
  /** A frame or a model load ends within seconds; past this the pipeline is stuck in native code. */
  private static final long PIPELINE_STOP_MILLIS = 30_000;

  private final RunCommand options;
  private final DaemonHooks hooks;
  private final PrintWriter out;
  private final PrintWriter err;
  private final RunState state = new RunState();
  private final PauseGate gate = new PauseGate();
  private final CountDownLatch cleanedUp = new CountDownLatch(1);
  /**
   * How often the tray catches up with changes made outside it (start at login switched from the
   * command line, a camera plugged in): often enough to look immediate when the menu is next
   * opened, rarely enough to cost nothing (a file test and a sysfs listing).
   */
  private static final long SYSTEM_REFRESH_MILLIS = 2_000;
  private final ScheduledExecutorService control = Executors.newSingleThreadScheduledExecutor(r -> {
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
  private LiveRules rules;
  private TrayMenu menu;
  private SettingsMenu settingsMenu;
  private ConfigWatcher watcher;
  private DaemonPipeline pipeline;
  /** Read on the control thread too; set before anything there shows the state. */
  private volatile StatusView status;
  private PreviewFeed previewFeed;
  /** Published from the control thread too: no frames come while paused. */
  private OverlayFeed overlayFeed;
  private PipelineSupervisor supervisor;
  /** What needs the user, told by desktop notification (none in a dry run). */
  private UserNotices notices = new UserNotices(Notifier.none());
  private Notifier notifier = Notifier.none();
  /** Why handctl cannot drive the mouse, or null. */
  private String outputTrouble;
  /** Yields to the real mouse; its settings follow reloads. */
  private HandOff handOff;
  /** Times each action from its frame's capture; the latest few hundred go to the preview and log. */
  private TimedActionSink timing;
  private final LatencyWindow latencies = new LatencyWindow(LATENCY_WINDOW);
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
    SingleInstance instance = SingleInstance.take(environment.configDir().resolve("handctl.lock"), options.dryRun, err);
    if (instance.refused()) {
      return ExitCodes.ALREADY_RUNNING;
    }
    beside = instance.beside();
    ownsInstance = instance.owns();
    try {
      return runLocked();
    } finally {
      instance.release();
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
    OutputSetup setup = options.dryRun ? null : OutputSetup.probe(config.output().backend(),
        java.time.Duration.ofSeconds(config.output().portalDialogSeconds()), System.getenv(), false);
    if (!displayAvailable && !options.dryRun && !setup.needsNoX11Display()) {
      err.println("handctl: FATAL_HEADLESS: cannot drive the mouse and keyboard: " + noDisplay
          + ". Run handctl in a desktop session (or use --dry-run to see what it would do).");
      err.flush();
      return ExitCodes.USAGE;
    }
    settingsMenu = new SettingsMenu(control, shell, rules, rules.files().settings());
    menu = new TrayMenu(control, state, shell, environment, rules, fromFile(), settingsMenu);
    shell.openTray(hooks.tray(), displayAvailable && !options.noTray && !beside,
        options.noTray ? "--no-tray" : beside ? "beside another handctl" : "no display", menu, config.hotkey().pause());
    DaemonOutput output = openOutput(setup, displayAvailable);
    if (output == null) {
      shell.tray().close();
      return ExitCodes.SETUP_FAILED;
    }
    ActionDriver driver = openShell(displayAvailable, output);
    DaemonPipeline p = preparePipeline(driver, output);
    enterFirstState(driver, output);
    installShutdownHook();
    openControlSocket();
    supervise(p);
    try {
      state.awaitQuit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    shutDown(driver);
    return ExitCodes.OK;
  }

  /** Returns the output, or null when handctl cannot drive the mouse and keyboard (exit 3). */
  private DaemonOutput openOutput(OutputSetup setup, boolean displayAvailable) {
    DesktopBounds desktop = displayAvailable ? Displays.bounds() : DesktopBounds.ASSUMED;
    return options.dryRun ? DaemonOutput.dryRun(desktop, out, firstFrame::nanos)
        : DaemonOutput.open(setup, injectedKeys, displayAvailable ? desktop : null, desktop, err);
  }

  /** The hotkey, the driver of the actions and the preview; returns the driver. */
  private ActionDriver openShell(boolean displayAvailable, DaemonOutput output) {
    var config = rules.current().config();
    handOff = new HandOff(config.actions());
    Runnable onHotkey = () -> control.execute(() -> state.toggle("hotkey"));
    // Under Wayland the GlobalShortcuts portal first (a global hook sees only Xwayland's windows).
    boolean portalKey = !beside && shell.openPortalHotkey(config.hotkey().pause(), System.getenv(),
        java.time.Duration.ofSeconds(config.output().portalDialogSeconds()), onHotkey);
    if (!portalKey && displayAvailable && !beside) {
      shell.openHotkey(config.hotkey().pause(), injectedKeys, onHotkey);
    } else if (!portalKey) {
      LOG.info("hotkey: unavailable ({})", beside ? "beside another handctl" : "no display");
    }
    mirrored = options.mirrored != null ? options.mirrored : !fromFile() && config.camera().mirrored();
    var r = rules.current();
    // Only a real output yields to the real mouse; a dry run drives nothing.
    boolean yields = !output.summary().isEmpty() && !output.missing();
    // Timed where the actions reach the output, after hand-off has let them through.
    timing = new TimedActionSink(output.sink(), latencies::add);
    ActionDriver driver = new ActionDriver(r.bindings(), r.gestures(), config.pointer(), config.actions(),
        output.desktop(), mirrored, yields ? handOff.wrap(timing) : timing,
        kind -> control.execute(() -> onPauseAction(kind)));
    if (yields) {
      HandOffWatch.start(handOff, output.sink(), driver, control, config.actions().handOffQuietMillis());
    }
    FocusWatch.start(FocusWatch.opener(yields, output.summary().startsWith("x11"), System.getenv()), rules, driver,
        control);
    driver.keepHandsThroughGaps(config.tracker().rejoinMillis());
    if (displayAvailable) {
      shell.openPreview(!mirrored, options.preview,
          () -> control.execute(() -> shell.tray().setPreviewShown(false)));
      shell.openOverlay(config.overlay().enabled(), OutputSetup.waylandSession(System.getenv()));
    }
    return driver;
  }

  private boolean fromFile() {
    return options.video != null || options.landmarks != null;
  }

  /** The pipeline (not started yet), the camera menu, what is shown, and reloads. */
  private DaemonPipeline preparePipeline(ActionDriver driver, DaemonOutput output) {
    String source = options.landmarks != null ? options.landmarks.toString()
        : options.video != null ? options.video.toString() : "camera:" + options.camera;
    DaemonPipeline p = new DaemonPipeline(new DaemonPipeline.Parts(options, hooks.stage(), rules, state, gate, driver,
        mirrored, firstFrame, this::refresh, timing, latencies), source);
    pipeline = p;
    if (!fromFile()) {
      shell.listCameras(source);
    }
    shell.showStartAtLogin();
    control.scheduleWithFixedDelay(() -> {
      try {
        shell.refreshFromSystem();
        settingsMenu.refresh();
        tellUser();
      } catch (RuntimeException e) {
        LOG.warn("could not refresh the tray's camera list and start-at-login tick: {}", e.toString());
      }
    }, SYSTEM_REFRESH_MILLIS, SYSTEM_REFRESH_MILLIS, TimeUnit.MILLISECONDS);
    status = new StatusView(state, rules, !fromFile(), output, shell.tray(), shell.preview(), options.dryRun, p);
    previewFeed = new PreviewFeed(shell.preview(), status::words);
    overlayFeed = new OverlayFeed(driver, shell.overlay());
    p.showOn(previewFeed, overlayFeed);
    rules.onReload((previous, next) -> {
      handOff.reconfigure(next.config().actions());
      if (!next.config().hotkey().pause().sameKeys(previous.config().hotkey().pause())
          && shell.hotkey().setChord(next.config().hotkey().pause())) {
        LOG.info("hotkey: {}", next.config().hotkey().pause());
      }
    }, this::refresh);
    watcher = new ConfigWatcher(rules.files()::watched, RELOAD_CHECK_MILLIS, rules::reloadNow);
    menu.attach(p, watcher);
    settingsMenu.attach(watcher);
    return p;
  }

  /** Running, or paused (--start-paused, or no output); from here on a pause goes through the state. */
  private void enterFirstState(ActionDriver driver, DaemonOutput output) {
    outputTrouble = output.missing() ? output.summary() : null;
    String bus = dev.handctl.shell.portal.PortalProbe.busAddress(System.getenv());
    if (!options.dryRun && bus != null) {
      notifier = new DesktopNotifier(bus);
      notices = new UserNotices(notifier);
    }
    state.addListener(new PauseEffects(driver));
    state.start(options.startPaused || output.missing(), output.missing() ? output.summary() : null);
    gate.set(state.paused() && !rules.canResumeByGesture());
    if (state.paused()) {
      driver.pause();
    }
    status.show();
    LOG.info("state: {} ({})", state.paused() ? "paused" : "running", "start");
  }

  /** A quit the signal handlers missed (or could not take) still gets the orderly shutdown, for a while. */
  private void installShutdownHook() {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      state.requestQuit("signal");
      try {
        cleanedUp.await(3, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "handctl-shutdown"));
  }

  /** Only the daemon that holds the single-instance lock answers: a dry run beside it must not take its socket. */
  private void openControlSocket() {
    controlSocket = new ControlSocket(state, control, status::statusLine);
    if (ownsInstance) {
      controlSocket.open();
    }
  }

  /** Starts the pipeline under its supervisor. */
  private void supervise(DaemonPipeline p) {
    PipelineSupervisor supervised = new PipelineSupervisor(p::run, p.failures(), p::sourceHasFrames, hooks.policy());
    p.supervisedBy(supervised);
    status.supervisedBy(supervised);
    menu.supervisedBy(supervised);
    supervisor = supervised;
    supervised.start();
    RuleFiles files = rules.files();
    LOG.info("handctl running: source {}, settings {}, bindings {}", p.source(),
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
    notifier.close();
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
      previewFeed.restartRate();
      overlayFeed.publish();
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
    control.execute(() -> {
      status.show();
      settingsMenu.refresh();
      tellUser();
    });
  }

  /** Notifies of troubles that just began (on the control thread; a camera's after its grace time). */
  private void tellUser() {
    DaemonPipeline p = pipeline;
    PipelineSupervisor s = supervisor;
    SourceStatus source = p == null ? null : p.sourceStatus();
    String camera = !fromFile() && source != null && source.state() == SourceState.WAITING_FOR_CAMERA
        ? source.message() : null;
    notices.check(System.nanoTime(), rules.problem(), camera, outputTrouble, s == null ? null : s.problem());
  }
}
