package dev.handctl.app;

import dev.handctl.action.ActionDriver;
import dev.handctl.action.ActionKind;
import dev.handctl.action.ActionSink;
import dev.handctl.action.DesktopBounds;
import dev.handctl.action.HandFrame;
import dev.handctl.action.RecordingActionSink;
import dev.handctl.capture.CameraListing;
import dev.handctl.capture.CameraRetry;
import dev.handctl.capture.FrameSource;
import dev.handctl.capture.FrameSources;
import dev.handctl.capture.ImageReadException;
import dev.handctl.capture.OpenCvCameraDevice;
import dev.handctl.capture.PlaybackClock;
import dev.handctl.capture.RealTimePlayback;
import dev.handctl.capture.RgbImage;
import dev.handctl.capture.SourceState;
import dev.handctl.capture.SourceStatus;
import dev.handctl.config.ConfigException;
import dev.handctl.config.ConfigWatcher;
import dev.handctl.config.CrashReports;
import dev.handctl.config.NativeCache;
import dev.handctl.config.NativeMemory;
import dev.handctl.config.UserFolders;
import dev.handctl.config.UserSetup;
import dev.handctl.filter.TrackedHandSmoother;
import dev.handctl.gesture.GestureEvent;
import dev.handctl.gesture.GesturePhase;
import dev.handctl.gesture.GestureRecognizer;
import dev.handctl.hand.StageTimer;
import dev.handctl.hand.TrackedHand;
import dev.handctl.pipeline.HandsToActions;
import dev.handctl.shell.DaemonState;
import dev.handctl.shell.Displays;
import dev.handctl.shell.DorkboxTray;
import dev.handctl.shell.FileOpener;
import dev.handctl.shell.HotkeyUnavailableException;
import dev.handctl.shell.InjectedKeys;
import dev.handctl.shell.InputInjectionException;
import dev.handctl.shell.LoginItem;
import dev.handctl.shell.PauseHotkey;
import dev.handctl.shell.PreviewWindow;
import dev.handctl.shell.Tray;
import dev.handctl.shell.TrayActions;
import dev.handctl.shell.control.ControlPaths;
import dev.handctl.shell.control.ControlServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon: wires the pipeline (camera or file, tracker, smoothing, gestures) to the actions
 * (Robot or a dry-run recording) and the shell (tray, hotkey, preview), and keeps them going
 * through reloads, pauses, camera changes and the end of a file, until Quit.
 *
 * <p>Startup follows the order the desktop notes found safe: display check (none: exit 2), tray
 * before any {@link java.awt.Robot} (the other order hangs GTK), Robot (no input injection: exit 3),
 * hotkey (optional), then the pipeline. Threads: the main thread waits for Quit; one pipeline
 * thread runs frames; one control thread carries out tray and hotkey requests; the config watcher
 * reloads. Quitting, a lost hand, a pause and a reload all release every pressed button and key.
 *
 * <p>The pipeline runs under a {@link PipelineSupervisor}: whatever it throws is logged, shown (tray
 * red, with the reason), every pressed input released, and the pipeline started again. SIGTERM,
 * SIGINT and SIGHUP quit like the tray's Quit ({@link ShutdownSignals}): the pipeline stops before
 * its models are closed, and the exit code is 0.
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
  private final PauseGate gate = new PauseGate();
  private final CountDownLatch quit = new CountDownLatch(1);
  private final CountDownLatch cleanedUp = new CountDownLatch(1);
  private final ExecutorService control = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "handctl-control");
    t.setDaemon(true);
    return t;
  });
  private final InjectedKeys injectedKeys = new InjectedKeys();
  private final LoginItem loginItem = LoginItem.forThisPlatform();

  private RuleFiles ruleFiles;
  private ConfigWatcher watcher;
  private volatile Rules rules;
  private volatile String rulesProblem;
  private Tray tray = Tray.none();
  private PauseHotkey hotkey;
  private PreviewWindow preview;
  private ActionDriver driver;
  private boolean displayAvailable;
  private boolean mirrored;
  private volatile boolean paused;
  private volatile SourceStatus sourceStatus = new SourceStatus(SourceState.RUNNING, "");
  private volatile String source;
  private volatile boolean switchingSource;
  private volatile boolean quitting;
  private volatile PipelineSupervisor supervisor;
  /** Another handctl holds the single-instance lock: this dry run has no tray icon and no hotkey. */
  private boolean beside;
  private volatile TrackingLoop loop;
  private List<CameraListing> cameras = List.of();
  private UserSetup.UserFiles userFiles;
  private boolean ownsInstance;
  private ControlServer controlServer;
  private volatile String outputSummary = "";
  private volatile boolean outputMissing;

  // Pipeline thread only.
  private GestureRecognizer recognizer;
  private TrackedHandSmoother smoother;
  /** The log file, or null when it could not be created. */
  private volatile Path logFile;
  /** Smoothing, recognizer and driver as one chain; rebuilt whenever a reload replaces a part. */
  private HandsToActions chain;
  private Rules appliedRules;
  private final Map<Integer, String> poses = new TreeMap<>();
  private long fpsWindowStartNanos;
  private int fpsFrames;
  private double fps;
  private long firstFrameNanos = Long.MIN_VALUE;

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
    for (String refused : ShutdownSignals.install(signal -> quit(signal))) {
      LOG.warn("signal {} is not handled: it ends handctl the JVM's way", refused);
    }
    CommonOptions common = options.common;
    Path configDir = UserFolders.configDir();
    try {
      userFiles = UserSetup.ensure(configDir, common.gesturesDir());
      if (!userFiles.created().isEmpty()) {
        LOG.info("created your configuration folder {}: {}", configDir, userFiles.created());
      }
    } catch (IOException e) {
      LOG.warn("cannot create your configuration folder {} ({}); using the shipped settings only", configDir,
          e.toString());
    }
    String cacheProblem = NativeCache.problem();
    if (cacheProblem != null) {
      LOG.warn("{}", cacheProblem);
    }
    try {
      logFile = DaemonLog.attach();
      LOG.info("log: {}", logFile);
    } catch (IOException | RuntimeException e) {
      LOG.warn("no log file ({}): the log goes to stderr only", e.toString());
    }
    LOG.info("memory: {}", NativeMemory.configure());
    try {
      LOG.info("crash reports: {}", CrashReports.prepare());
      for (Path report : CrashReports.collect()) {
        LOG.warn("an earlier handctl crashed; its JVM crash report is {}", report);
      }
    } catch (IOException e) {
      LOG.warn("cannot create the state folder for crash reports ({})", e.toString());
    }
    InstanceLock lock = null;
    Path lockFile = configDir.resolve("handctl.lock");
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
      return runLocked(common);
    } finally {
      if (lock != null) {
        lock.close();
      }
      cleanedUp.countDown();
    }
  }

  private int runLocked(CommonOptions common) {
    ruleFiles = RuleFiles.of(common, userFiles != null ? userFiles.folder() : null);
    for (Path named : new Path[] {common.configFile, common.bindingsFile}) {
      if (named != null && !Files.exists(named, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        err.println("handctl: " + named + ": no such file (named on the command line)");
        err.flush();
        return ExitCodes.SETUP_FAILED;
      }
    }
    try {
      rules = ruleFiles.load();
    } catch (ConfigException e) {
      // Started at login with no terminal: a broken file must not stop handctl. It runs on the
      // shipped rules, says so, and the watcher applies the user's files once they are fixed.
      rulesProblem = e.getMessage();
      LOG.warn("configuration has mistakes; running on the shipped settings, gestures and bindings until they are"
          + " fixed:{}{}", System.lineSeparator(), e.getMessage());
      try {
        rules = RuleFiles.shipped(common).load();
      } catch (ConfigException shipped) {
        err.println("handctl: " + e.getMessage());
        err.println("handctl: the shipped configuration cannot be used either: " + shipped.getMessage());
        err.flush();
        return ExitCodes.SETUP_FAILED;
      }
    }
    String noDisplay = Displays.unavailableReason();
    displayAvailable = noDisplay == null;
    // The backend is chosen before the display check: a Wayland compositor's own protocols need no
    // X11 display (then there is no tray or hotkey: handctl toggle pauses).
    OutputSetup output = options.dryRun ? null : OutputSetup.probe(rules.config().output().backend(), System.getenv());
    if (!displayAvailable && !options.dryRun && !output.needsNoX11Display()) {
      err.println("handctl: FATAL_HEADLESS: cannot drive the mouse and keyboard: " + noDisplay
          + ". Run handctl in a desktop session (or use --dry-run to see what it would do).");
      err.flush();
      return ExitCodes.USAGE;
    }
    // The tray before any Robot: on Linux the other order hangs GTK.
    if (hooks.tray() != null) {
      tray = hooks.tray();
      LOG.info("tray: {}", tray.kind());
    } else if (displayAvailable && !options.noTray && !beside) {
      Tray created = DorkboxTray.create(this);
      if (created != null) {
        tray = created;
        LOG.info("tray: {}", tray.kind());
      } else {
        LOG.warn("tray: none (this desktop has no system tray); handctl keeps running: pause with {}",
            rules.config().hotkey().pause());
      }
    } else {
      LOG.info("tray: none ({})", options.noTray ? "--no-tray" : beside ? "beside another handctl" : "no display");
    }
    DesktopBounds desktop = displayAvailable ? Displays.bounds() : DesktopBounds.ASSUMED;
    boolean noOutput = false;
    ActionSink sink;
    if (options.dryRun) {
      sink = new RecordingActionSink(desktop, a -> {
        synchronized (out) {
          out.println(ActionJson.line(a, (a.timestampNanos() - firstFrameNanos) / 1e6));
          out.flush();
        }
      }, false);
      LOG.info("output: dry run (actions printed, nothing touched), desktop {}x{}", desktop.widthPx(),
          desktop.heightPx());
    } else {
      try {
        OutputSetup.Opened opened = output.open(injectedKeys, displayAvailable ? desktop : null);
        sink = opened.sink();
        desktop = opened.desktop();
        outputSummary = output.choice().summary();
        LOG.info("output: {}, desktop {}x{} at {},{}", outputSummary, desktop.widthPx(), desktop.heightPx(),
            desktop.xPx(), desktop.yPx());
        if (!output.choice().warning().isEmpty()) {
          LOG.warn("output: {}", output.choice().warning());
        }
      } catch (InputInjectionException | RuntimeException e) {
        err.println("handctl: cannot drive the mouse and keyboard (" + e.getMessage() + "); on X11 the server needs"
            + " the XTEST extension");
        err.flush();
        tray.close();
        return ExitCodes.SETUP_FAILED;
      } catch (IOException e) {
        // A clear state instead of silently doing nothing: running, paused, saying why and what to do.
        output.close();
        noOutput = true;
        outputSummary = "none (" + e.getMessage() + ")";
        sink = new RecordingActionSink(desktop, a -> { }, false);
        LOG.error("output: none: {}; handctl stays paused. {}", e.getMessage(), output.choice().warning().isEmpty()
            ? "Run `handctl doctor` to see what this session offers." : output.choice().warning() + ".");
      }
    }
    if (displayAvailable && !beside) {
      try {
        hotkey = PauseHotkey.register(rules.config().hotkey().pause(), injectedKeys,
            () -> control.execute(() -> setPaused(!paused, "hotkey")));
        LOG.info("hotkey: {}", rules.config().hotkey().pause());
      } catch (HotkeyUnavailableException e) {
        LOG.warn("hotkey: unavailable ({}); handctl keeps running: pause from the tray", e.getMessage());
      }
    } else {
      LOG.info("hotkey: unavailable ({})", beside ? "beside another handctl" : "no display");
    }
    // Decided once: tracker, gestures and pointer must agree on it (camera.mirrored applies at start).
    mirrored = options.mirrored != null ? options.mirrored
        : options.video == null && options.landmarks == null && rules.config().camera().mirrored();
    driver = new ActionDriver(rules.bindings(), rules.gestures(), rules.config().pointer(), rules.config().actions(),
        desktop, mirrored, sink, kind -> control.execute(() -> onPauseAction(kind)));
    driver.keepHandsThroughGaps(rules.config().tracker().rejoinMillis());
    appliedRules = rules;
    if (displayAvailable) {
      boolean mirrorView = !mirrored;
      try {
        preview = PreviewWindow.open(mirrorView, () -> control.execute(() -> tray.setPreviewShown(false)));
      } catch (Exception e) {
        LOG.warn("no preview window: {}", e.toString());
      }
      if (options.preview && preview != null) {
        preview.setVisible(true);
        tray.setPreviewShown(true);
      }
    }
    source = options.landmarks != null ? options.landmarks.toString()
        : options.video != null ? options.video.toString() : "camera:" + options.camera;
    if (options.video == null && options.landmarks == null) {
      cameras = OpenCvCameraDevice.list();
      tray.setCameras(cameras.stream().map(CameraListing::label).toList(), cameraIndex(source));
    }
    tray.setStartAtLogin(loginItem.isEnabled());
    watcher = new ConfigWatcher(ruleFiles::watched, RELOAD_CHECK_MILLIS, this::reloadNow);
    outputMissing = noOutput;
    paused = options.startPaused || noOutput;
    gate.set(paused && !canResumeByGesture());
    if (paused) {
      driver.pause();
    }
    showState();
    LOG.info("state: {} ({})", paused ? "paused" : "running", "start");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      quit("signal");
      try {
        cleanedUp.await(3, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "handctl-shutdown"));
    startControlSocket();
    PipelineSupervisor supervised = new PipelineSupervisor(this::pipeline, new Supervision(), this::sourceHasFrames,
        hooks.policy());
    supervisor = supervised;
    supervised.start();
    LOG.info("handctl running: source {}, settings {}, bindings {}", source,
        ruleFiles.settings() != null ? ruleFiles.settings() : "built-in", ruleFiles.bindings());
    try {
      quit.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Shut down: stop the pipeline, release everything, remove the icon.
    quitting = true;
    gate.set(false);
    TrackingLoop l = loop;
    if (l != null) {
      l.stop();
    }
    // The models are closed by the pipeline thread as it ends; nothing after this may exit the
    // process while it is still inside a model (that crashed the JVM at quit).
    if (!supervised.stop(PIPELINE_STOP_MILLIS)) {
      LOG.error("the pipeline did not stop within {} s (stuck at {}); quitting without waiting for it",
          PIPELINE_STOP_MILLIS / 1000, supervised.thread().getStackTrace().length > 0
              ? supervised.thread().getStackTrace()[0] : "?");
    }
    if (controlServer != null) {
      controlServer.close();
    }
    driver.close();
    watcher.close();
    if (hotkey != null) {
      hotkey.close();
    }
    if (preview != null) {
      preview.dispose();
    }
    tray.close();
    control.shutdownNow();
    LOG.info("stopped");
    return ExitCodes.OK;
  }

  /** Whether a binding can resume a paused daemon (then the pipeline keeps running while paused). */
  private boolean canResumeByGesture() {
    return rules.bindings().stream()
        .anyMatch(b -> b.action() == ActionKind.RESUME || b.action() == ActionKind.TOGGLE_PAUSE);
  }

  // ---- Pipeline thread ----

  /** One run of the pipeline, under the supervisor (which catches and reports what it throws). */
  private void pipeline() {
    try {
      while (!quitting) {
        switchingSource = false;
        if (options.landmarks != null) {
          playLandmarks(options.landmarks);
        } else {
          runFrames(source);
        }
        if (quitting || switchingSource) {
          continue;
        }
        endOfSource();
        return;
      }
    } finally {
      // However the pipeline stops, its hands are gone: whatever they held is released.
      releaseInputs();
    }
  }

  /** Releases every pressed button and key; a failure to do so is loud, never thrown on. */
  private void releaseInputs() {
    try {
      driver.releaseAll();
    } catch (Throwable t) {
      LOG.error("could not release the pressed buttons and keys: {}", PipelineSupervisor.oneLine(t), t);
    }
  }

  /** For the watchdog: frames are there for the pipeline to take (not paused, the source delivering). */
  private boolean sourceHasFrames() {
    return loop != null && !gate.paused() && options.landmarks == null
        && sourceStatus.state() == SourceState.RUNNING;
  }

  /** What a pipeline failure does to the rest of the daemon. */
  private final class Supervision implements PipelineSupervisor.Listener {
    @Override
    public void failed(String problem, Throwable cause) {
      releaseInputs();
      // The failed frame may have left them half updated; the next run starts them afresh.
      recognizer = null;
      smoother = null;
      poses.clear();
      if (cause instanceof LinkageError) {
        LOG.error("the native libraries could not be loaded: {}", NativeCache.diagnosis());
      }
      control.execute(Daemon.this::showState);
    }

    @Override
    public void stalled(String problem) {
      // The stuck thread may hold the driver: release from a thread of its own, not this one.
      Thread release = new Thread(Daemon.this::releaseInputs, "handctl-release");
      release.setDaemon(true);
      release.start();
      TrackingLoop l = loop;
      if (l != null) {
        l.stop();
      }
      control.execute(Daemon.this::showState);
    }

    @Override
    public void recovered() {
      control.execute(Daemon.this::showState);
    }
  }

  private long lastFrameNanos;

  private void endOfSource() {
    LOG.info("source ended: {}", source);
    if (options.exitAtEnd) {
      quit("end of source");
    } else {
      LOG.info("handctl keeps running until Quit (tray, Ctrl-C)");
    }
  }

  private void runFrames(String spec) {
    Rules r = rules;
    FrameSource frames;
    try {
      if (options.video != null) {
        frames = new RealTimePlayback(FrameSources.open(spec, new FrameSources.Options(30, false,
            new CameraRetry(r.config().camera().retryInitialMillis(), r.config().camera().retryMaxMillis()), 0, 0,
            0, 0)));
      } else {
        frames = FrameSources.open(spec, new FrameSources.Options(30, false,
            new CameraRetry(r.config().camera().retryInitialMillis(), r.config().camera().retryMaxMillis()),
            r.config().camera().widthPx(), r.config().camera().heightPx(), r.config().camera().fps(), 0));
      }
    } catch (ImageReadException e) {
      LOG.error("cannot open {}: {}", spec, e.getMessage());
      sourceStatus = new SourceStatus(SourceState.ERROR, e.getMessage());
      control.execute(this::showState);
      return;
    }
    frames.addStatusListener(status -> {
      sourceStatus = status;
      if (status.state() == SourceState.WAITING_FOR_CAMERA || status.state() == SourceState.ERROR) {
        LOG.warn("{}", status.message());
      } else if (status.state() == SourceState.RUNNING) {
        LOG.info("camera: {}", status.message());
      }
      control.execute(this::showState);
    });
    sourceStatus = frames.status();
    try (frames; HandEngine engine = new HandEngine(r.config(), options.common.modelFiles(), StageTimer.NONE)) {
      TrackingLoop l = new TrackingLoop(frames, engine.tracker(frames.live()), null, mirrored);
      l.setPauseGate(gate);
      loop = l;
      if (quitting || switchingSource) {
        return;
      }
      l.run((frame, hands, start, done) -> onHands(frame.image(), frame.image().width(), frame.image().height(),
          hands, frame.timestampNanos()));
    } finally {
      loop = null;
    }
  }

  private void playLandmarks(Path file) {
    PlaybackClock clock = new PlaybackClock();
    try (LandmarkRecording recording = LandmarkRecording.open(file)) {
      for (LandmarkRecording.RecordedFrame f; !quitting && (f = recording.next()) != null; ) {
        if (!gate.awaitOpen() || quitting || !clock.awaitDue(f.timestampNanos())) {
          return;
        }
        if (f.restart()) {
          // Another recording's hands: release what the old ones held, start tracking afresh.
          driver.onFrame(new HandFrame(lastFrameNanos + 1, f.widthPx(), f.heightPx(), List.of(), List.of(), List.of()));
          recognizer = null;
          smoother = null;
        }
        onHands(null, f.widthPx(), f.heightPx(), f.hands(), f.timestampNanos());
      }
    } catch (IOException e) {
      LOG.error("cannot play {}: {}", file, e.getMessage());
      sourceStatus = new SourceStatus(SourceState.ERROR, e.getMessage());
      control.execute(this::showState);
    }
  }

  /** One frame's hands through smoothing, gestures and actions. */
  private void onHands(RgbImage picture, int widthPx, int heightPx, List<TrackedHand> raw, long timestampNanos) {
    if (firstFrameNanos == Long.MIN_VALUE) {
      firstFrameNanos = timestampNanos;
    }
    lastFrameNanos = timestampNanos;
    applyRules();
    raw = hooks.stage().apply(raw);
    List<GestureEvent> events = chain.onFrame(raw, timestampNanos, widthPx, heightPx);
    List<TrackedHand> smoothed = chain.lastHands();
    for (GestureEvent e : events) {
      if (e.phase() == GesturePhase.START) {
        poses.put(e.handId(), e.name());
      } else if (e.phase() == GesturePhase.END && e.name().equals(poses.get(e.handId()))) {
        poses.remove(e.handId());
      }
    }
    poses.keySet().removeIf(id -> smoothed.stream().noneMatch(h -> h.id() == id));
    countFrame();
    supervisor.beat();
    if (preview != null && preview.visible()) {
      List<String> labels = new ArrayList<>();
      for (TrackedHand h : smoothed) {
        labels.add("#" + h.id() + " " + h.landmarks().handedness().label() + ": "
            + poses.getOrDefault(h.id(), "-"));
      }
      preview.show(picture, widthPx, heightPx, smoothed,
          PreviewWindow.status(labels, driver.pointerMode(), currentState(), fps));
    }
  }

  private void countFrame() {
    long now = System.nanoTime();
    if (fpsFrames == 0) {
      fpsWindowStartNanos = now;
    }
    fpsFrames++;
    if (now - fpsWindowStartNanos >= 1_000_000_000L) {
      fps = (fpsFrames - 1) * 1e9 / (now - fpsWindowStartNanos);
      fpsFrames = 0;
    }
  }

  /** Applies the rules a reload left, on the pipeline thread, between frames. */
  private void applyRules() {
    Rules r = rules;
    if (r == appliedRules && recognizer != null) {
      return;
    }
    if (recognizer == null || appliedRules == null || !r.config().geometry().equals(appliedRules.config().geometry())
        || !r.config().gestures().equals(appliedRules.config().gestures())) {
      recognizer = new GestureRecognizer(r.gestures(), r.config().geometry(), r.config().gestures().holdIntervalMillis(),
          r.config().gestures().speedWindowMillis(), mirrored, r.config().tracker().rejoinMillis());
    } else {
      recognizer.setDefinitions(r.gestures());
    }
    if (smoother == null || appliedRules == null || !r.config().smoothing().equals(appliedRules.config().smoothing())) {
      smoother = new TrackedHandSmoother(r.config().smoothing());
    }
    if (appliedRules != null && r != appliedRules) {
      driver.reconfigure(r.bindings(), r.gestures(), r.config().pointer(), r.config().actions());
    }
    chain = new HandsToActions(smoother, recognizer, driver);
    appliedRules = r;
  }

  // ---- Reloads ----

  /**
   * Reads the files on the calling thread (the watcher's) without holding the daemon's lock, so that
   * a slow or refused file never stalls pause, the tray or quit; then applies them under the lock.
   */
  private void reloadNow() {
    RuleFiles.Checked checked = ruleFiles.check();
    synchronized (this) {
      apply(checked);
    }
  }

  private void apply(RuleFiles.Checked checked) {
    if (checked.rules() == null) {
      rulesProblem = checked.problems().size() + " problem(s)";
      LOG.warn("configuration changed but has {} problem(s); the previous settings, gestures and bindings stay in"
          + " use:{}  {}", checked.problems().size(), System.lineSeparator(),
          String.join(System.lineSeparator() + "  ", checked.problems()));
      control.execute(this::showState);
      return;
    }
    Rules next = checked.rules();
    Rules previous = rules;
    rulesProblem = null;
    rules = next;
    if (hotkey != null && !next.config().hotkey().pause().sameKeys(previous.config().hotkey().pause())) {
      hotkey.setChord(next.config().hotkey().pause());
      LOG.info("hotkey: {}", next.config().hotkey().pause());
    }
    if (needsRestart(previous, next)) {
      LOG.warn("model, camera or tracker settings changed: they apply when handctl starts again");
    }
    LOG.info("reloaded: {} gestures, {} bindings", next.gestures().size(), next.bindings().size());
    control.execute(this::showState);
  }

  private static boolean needsRestart(Rules a, Rules b) {
    var x = a.config();
    var y = b.config();
    return !x.models().equals(y.models()) || !x.camera().equals(y.camera()) || !x.detector().equals(y.detector())
        || !x.landmarks().equals(y.landmarks()) || !x.tracker().equals(y.tracker()) || !x.idle().equals(y.idle())
        || !x.still().equals(y.still());
  }

  // ---- State, pause, tray ----

  private void onPauseAction(ActionKind kind) {
    switch (kind) {
      case PAUSE -> setPaused(true, "gesture");
      case RESUME -> setPaused(false, "gesture");
      default -> setPaused(!paused, "gesture");
    }
  }

  private synchronized void setPaused(boolean pause, String via) {
    if (quitting || pause == paused) {
      return;
    }
    if (!pause && outputMissing) {
      LOG.warn("state: stays paused ({}): no output backend: {}", via, outputSummary);
      return;
    }
    paused = pause;
    if (pause) {
      driver.pause(); // releases every button and key at once, between frames
      gate.set(!canResumeByGesture());
    } else {
      driver.resume();
      gate.set(false);
    }
    LOG.info("state: {} ({})", pause ? "paused" : "running", via);
    showState();
  }

  private DaemonState currentState() {
    if (pipelineProblem() != null) {
      return DaemonState.ERROR;
    }
    if (paused) {
      return DaemonState.PAUSED;
    }
    return switch (sourceStatus.state()) {
      case WAITING_FOR_CAMERA, STARTING -> options.video == null && options.landmarks == null
          ? DaemonState.WAITING_FOR_CAMERA : DaemonState.RUNNING;
      case ERROR -> DaemonState.ERROR;
      default -> DaemonState.RUNNING;
    };
  }

  private void showState() {
    DaemonState state = currentState();
    String detail = pipelineProblem() != null ? pipelineProblem()
        : rulesProblem != null ? "configuration has mistakes, see the log"
        : outputMissing ? "no output, see handctl doctor"
        : state == DaemonState.WAITING_FOR_CAMERA || state == DaemonState.ERROR ? sourceStatus.message() : source;
    tray.show(state, outputSummary.isEmpty() ? detail : detail + "; output: " + outputSummary);
  }

  private String pipelineProblem() {
    PipelineSupervisor s = supervisor;
    return s != null ? s.problem() : null;
  }

  private int cameraIndex(String spec) {
    for (int i = 0; i < cameras.size(); i++) {
      if (cameras.get(i).source().equals(spec)) {
        return i;
      }
    }
    return cameras.isEmpty() ? -1 : 0;
  }

  private void quit(String via) {
    if (quit.getCount() > 0) {
      LOG.info("quit ({})", via);
    }
    quit.countDown();
  }

  // ---- The control socket (handctl pause|resume|toggle|status) ----

  /** Only the daemon that holds the single-instance lock answers: a dry run beside it must not take its socket. */
  private void startControlSocket() {
    if (!ownsInstance) {
      return;
    }
    try {
      controlServer = ControlServer.start(ControlPaths.socket(), this::onControl);
      LOG.info("control: {} (handctl pause|resume|toggle|status)", controlServer.socket());
    } catch (IOException | RuntimeException | LinkageError e) { // LinkageError: a runtime without jdk.net
      LOG.warn("control: no control socket ({}); handctl pause|resume|toggle will not reach this daemon", e.toString());
    }
  }

  /** Answers one control command, on the socket's thread; pausing itself runs on the control thread as the tray's does. */
  private String onControl(String command) {
    Runnable change = switch (command) {
      case "pause" -> () -> setPaused(true, "command");
      case "resume" -> () -> setPaused(false, "command");
      case "toggle" -> () -> setPaused(!paused, "command");
      case "status" -> () -> { };
      default -> null;
    };
    if (change == null) {
      return "error: unknown command '" + command + "' (pause, resume, toggle, status)";
    }
    try {
      control.submit(change).get(3, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException | java.util.concurrent.RejectedExecutionException e) {
      return "error: " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "error: interrupted";
    }
    return currentState().label() + (outputSummary.isEmpty() ? "" : "; output: " + outputSummary);
  }

  @Override
  public void togglePause() {
    control.execute(() -> setPaused(!paused, "tray"));
  }

  @Override
  public void togglePreview() {
    control.execute(() -> {
      if (preview == null) {
        LOG.warn("no preview window on this display");
        tray.setPreviewShown(false);
        return;
      }
      boolean show = !preview.visible();
      preview.setVisible(show);
      tray.setPreviewShown(show);
    });
  }

  @Override
  public void editGestures() {
    Path file = userFiles != null && Files.isRegularFile(userFiles.bindings()) ? userFiles.bindings()
        : ruleFiles.bindings();
    LOG.info("edit: bindings {}, settings {}, your gestures {} (shipped ones: {})", file,
        userFiles != null ? userFiles.settings() : "-", userFiles != null ? userFiles.gestures() : "-",
        ruleFiles.gestureFolders().get(0));
    FileOpener.edit(file);
  }

  @Override
  public void openLog() {
    Path file = logFile;
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
      if (index < 0 || index >= cameras.size() || options.video != null || options.landmarks != null) {
        return;
      }
      String next = cameras.get(index).source();
      tray.setCameras(cameras.stream().map(CameraListing::label).toList(), index);
      if (next.equals(source)) {
        return;
      }
      LOG.info("camera: switching to {}", next);
      source = next;
      switchingSource = true;
      TrackingLoop l = loop;
      if (l != null) {
        l.stop();
      }
    });
  }

  @Override
  public void toggleStartAtLogin() {
    control.execute(() -> {
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
      tray.setStartAtLogin(loginItem.isEnabled());
    });
  }

  @Override
  public void quit() {
    quit("tray");
  }
}
