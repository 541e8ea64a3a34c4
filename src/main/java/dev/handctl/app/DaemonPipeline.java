package dev.handctl.app;

import dev.handctl.action.ActionDriver;
import dev.handctl.action.HandFrame;
import dev.handctl.capture.FrameSource;
import dev.handctl.capture.ImageReadException;
import dev.handctl.capture.PlaybackClock;
import dev.handctl.capture.RgbImage;
import dev.handctl.capture.SourceState;
import dev.handctl.capture.SourceStatus;
import dev.handctl.config.NativeCache;
import dev.handctl.filter.TrackedHandSmoother;
import dev.handctl.gesture.GestureEvent;
import dev.handctl.gesture.GestureRecognizer;
import dev.handctl.hand.StageTimer;
import dev.handctl.hand.TrackedFrame;
import dev.handctl.hand.TrackedHand;
import dev.handctl.pipeline.HandsToActions;
import dev.handctl.pipeline.LatencyWindow;
import dev.handctl.pipeline.TimedActionSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's pipeline thread: opens the source (camera, video file or landmark recording), runs
 * each frame's hands through smoothing, gestures and actions, and applies reloaded rules between
 * frames. One {@link #run()} is one run under the {@link PipelineSupervisor}; {@link #failures()}
 * is what a failure or a stall does to it.
 */
final class DaemonPipeline {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");
  private static final long LATENCY_LOG_NANOS = 600_000_000_000L;

  /**
   * What the pipeline needs from the daemon.
   *
   * @param options the command line: the source and what to do at its end
   * @param stage applied to each frame's tracked hands before smoothing (a test's hook)
   * @param rules the rules, applied between frames when a reload replaced them
   * @param state stopping or not; quit at the end of a source
   * @param gate holds the pipeline while paused
   * @param driver turns gestures into actions
   * @param mirrored whether the camera picture is mirrored
   * @param firstFrame set from the first frame
   * @param refresh shows the state again, on the control thread
   */
  record Parts(RunCommand options, UnaryOperator<List<TrackedHand>> stage, LiveRules rules, RunState state,
      PauseGate gate, ActionDriver driver, boolean mirrored, FirstFrame firstFrame, Runnable refresh,
      TimedActionSink timing, LatencyWindow latencies) {}

  /** When the first frame was taken: the dry run's actions count from it. Pipeline thread only. */
  static final class FirstFrame {
    private long nanos = Long.MIN_VALUE;

    long nanos() {
      return nanos;
    }
  }

  private final RunCommand options;
  private final UnaryOperator<List<TrackedHand>> stage;
  private final LiveRules rules;
  private final RunState state;
  private final PauseGate gate;
  private final ActionDriver driver;
  private final boolean mirrored;
  private final FirstFrame firstFrame;
  /** Shows the state again, on the control thread. */
  private final Runnable refresh;
  private final TimedActionSink timing;
  private final LatencyWindow latencies;
  private volatile SourceStatus sourceStatus = new SourceStatus(SourceState.RUNNING, "");
  private volatile String source;
  private volatile boolean switchingSource;
  /** A first start is unpacking natives or converting models (shown on the tray). */
  private volatile boolean preparing;
  /** The source played to its end (a video or recording); cleared by a switch to another source. */
  private volatile boolean ended;
  private volatile TrackingLoop loop;
  private volatile Runnable beat = () -> { };
  private PreviewFeed preview;
  private OverlayFeed overlay;

  // Pipeline thread only.
  private GestureRecognizer recognizer;
  private TrackedHandSmoother smoother;
  /** Smoothing, recognizer and driver as one chain; rebuilt whenever a reload replaces a part. */
  private HandsToActions chain;
  private Rules appliedRules;
  private long lastFrameNanos;
  private long lastLatencyLogNanos = System.nanoTime();

  DaemonPipeline(Parts parts, String source) {
    this.options = parts.options();
    this.stage = parts.stage();
    this.rules = parts.rules();
    this.state = parts.state();
    this.gate = parts.gate();
    this.driver = parts.driver();
    this.mirrored = parts.mirrored();
    this.firstFrame = parts.firstFrame();
    this.refresh = parts.refresh();
    this.timing = parts.timing();
    this.latencies = parts.latencies();
    this.source = source;
    this.appliedRules = rules.current();
  }

  /**
   * Where the frames go to be shown; set before the pipeline starts.
   *
   * @param feed the preview's
   * @param pointerFeed the overlay's, published after every frame
   */
  void showOn(PreviewFeed feed, OverlayFeed pointerFeed) {
    this.preview = feed;
    this.overlay = pointerFeed;
  }

  /** Whether the source played to its end. */
  boolean ended() {
    return ended;
  }

  /** Each frame is a heartbeat for the supervisor's watchdog. */
  void supervisedBy(PipelineSupervisor supervisor) {
    beat = supervisor::beat;
  }

  String source() {
    return source;
  }

  /** Whether a first start is still preparing the models, which the tray says. */
  boolean preparing() {
    return preparing;
  }

  SourceStatus sourceStatus() {
    return sourceStatus;
  }

  /**
   * Switches to another camera: the running loop stops and the pipeline opens the new one.
   *
   * @param next such as {@code camera:1}
   */
  void switchTo(String next) {
    source = next;
    switchingSource = true;
    ended = false;
    stopLoop();
  }

  /** Ends the pipeline for shutdown: a paused one is let go, a running loop stopped. */
  void stopForQuit() {
    gate.set(false);
    stopLoop();
  }

  private void stopLoop() {
    TrackingLoop l = loop;
    if (l != null) {
      l.stop();
    }
  }

  /** One run of the pipeline, under the supervisor (which catches and reports what it throws). */
  void run() {
    try {
      while (!state.stopping()) {
        switchingSource = false;
        if (options.landmarks != null) {
          playLandmarks(options.landmarks);
        } else {
          runFrames(source);
        }
        if (state.stopping() || switchingSource) {
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
  void releaseInputs() {
    try {
      driver.releaseAll();
    } catch (Throwable t) {
      LOG.error("could not release the pressed buttons and keys: {}", PipelineSupervisor.oneLine(t), t);
    }
  }

  /** For the watchdog: frames are there for the pipeline to take (not paused, the source delivering). */
  boolean sourceHasFrames() {
    return loop != null && !gate.paused() && options.landmarks == null
        && sourceStatus.state() == SourceState.RUNNING;
  }

  /** Returns what a pipeline failure does to the rest of the daemon. */
  PipelineSupervisor.Listener failures() {
    return new PipelineSupervisor.Listener() {
      @Override
      public void failed(String problem, Throwable cause) {
        releaseInputs();
        // The failed frame may have left them half updated; the next run starts them afresh.
        recognizer = null;
        smoother = null;
        preview.clear();
        if (cause instanceof LinkageError) {
          LOG.error("the native libraries could not be loaded: {}", NativeCache.diagnosis());
        }
        refresh.run();
      }

      @Override
      public void stalled(String problem) {
        // The stuck thread may hold the driver: release from a thread of its own, not this one.
        Thread release = new Thread(DaemonPipeline.this::releaseInputs, "handctl-release");
        release.setDaemon(true);
        release.start();
        stopLoop();
        refresh.run();
      }

      @Override
      public void recovered() {
        refresh.run();
      }
    };
  }

  private void endOfSource() {
    // Its hands are gone with it: whatever they held is released, and nothing shows them any more.
    releaseInputs();
    logLatency();
    latencies.clear();
    ended = true;
    overlay.publish();
    refresh.run();
    LOG.info("source ended: {}", source);
    if (options.exitAtEnd) {
      state.requestQuit("end of source");
    } else {
      LOG.info("handctl keeps running until Quit (tray, Ctrl-C)");
    }
  }

  private void runFrames(String spec) {
    Rules r = rules.current();
    SourceFactory sources = new SourceFactory(r.config().camera());
    FrameSource frames;
    try {
      frames = options.video != null ? sources.videoFile(spec) : sources.camera(spec);
    } catch (ImageReadException e) {
      LOG.error("cannot open {}: {}", spec, e.getMessage());
      sourceStatus = new SourceStatus(SourceState.ERROR, e.getMessage());
      refresh.run();
      return;
    }
    frames.addStatusListener(status -> {
      sourceStatus = status;
      if (status.state() == SourceState.WAITING_FOR_CAMERA || status.state() == SourceState.ERROR) {
        LOG.warn("{}", status.message());
      } else if (status.state() == SourceState.RUNNING) {
        LOG.info("camera: {}", status.message());
      }
      refresh.run();
    });
    sourceStatus = frames.status();
    String firstStart = HandEngine.firstStartWork(r.config());
    if (firstStart != null) {
      LOG.info("preparing, first start: {}", firstStart);
      preparing = true;
      refresh.run();
    }
    try (frames; HandEngine engine = openEngine(r)) {
      TrackingLoop l = new TrackingLoop(frames, engine.tracker(frames.live()), mirrored);
      if (frames.live()) {
        // The camera opens on its capture thread meanwhile; a video file has nothing to overlap.
        LOG.info("models warmed up on a blank frame in {} ms while the camera opens", engine.warmUp());
      }
      l.setPauseGate(gate);
      loop = l;
      if (state.stopping() || switchingSource) {
        return;
      }
      endTrackedHands();
      boolean live = frames.live();
      l.run((frame, hands, start, done) -> {
        // A camera's (or paced video's) frame carries its capture time; a file's, the moment it was read.
        timing.setCaptureNanos(live ? frame.timestampNanos() : start);
        onTracked(frame.image(), frame.image().width(), frame.image().height(), hands, frame.timestampNanos());
      });
    } finally {
      loop = null;
    }
  }

  private HandEngine openEngine(Rules r) {
    try {
      return new HandEngine(r.config(), options.common.modelFiles(), StageTimer.NONE);
    } finally {
      if (preparing) {
        preparing = false;
        refresh.run();
      }
    }
  }

  private void playLandmarks(Path file) {
    PlaybackClock clock = new PlaybackClock();
    try (LandmarkRecording recording = LandmarkRecording.open(file)) {
      for (LandmarkRecording.RecordedFrame f; !state.stopping() && (f = recording.next()) != null; ) {
        if (!gate.awaitOpen() || state.stopping() || !clock.awaitDue(f.timestampNanos())) {
          return;
        }
        if (f.restart()) {
          // Another recording's hands: release what the old ones held, start tracking afresh.
          driver.onFrame(new HandFrame(lastFrameNanos + 1, f.widthPx(), f.heightPx(), List.of(), List.of(), List.of()));
          recognizer = null;
          smoother = null;
        }
        // Recorded hands: timed from the moment their frame is due (the processing after tracking).
        timing.setCaptureNanos(System.nanoTime());
        onHands(null, f.widthPx(), f.heightPx(), f.hands(), f.timestampNanos());
      }
    } catch (IOException e) {
      LOG.error("cannot play {}: {}", file, e.getMessage());
      sourceStatus = new SourceStatus(SourceState.ERROR, e.getMessage());
      refresh.run();
    }
  }

  /**
   * A new tracker is about to start (another source, or the pipeline run again): it will report
   * none of the hands the one before it tracked, so they are lost now, as if they left the picture
   * at the last frame. Not after a failure, which released them and drops the chain's parts.
   */
  private void endTrackedHands() {
    if (chain != null && recognizer != null) {
      preview.count(chain.endOfStream(), List.of());
    }
  }

  /** One frame as the tracker reported it, through smoothing, gestures and actions. */
  private void onTracked(RgbImage picture, int widthPx, int heightPx, TrackedFrame report, long timestampNanos) {
    beginFrame(timestampNanos);
    List<TrackedHand> staged = stage.apply(report.hands());
    if (staged != report.hands()) {
      // Only a test's stage changes the hands; the tracker's report stands for them.
      report = new TrackedFrame(staged, report.newHands(), report.lostIds(), report.forgottenIds());
    }
    show(picture, widthPx, heightPx, chain.onFrame(report, timestampNanos, widthPx, heightPx));
  }

  /** One frame's recorded hands (no tracker's report) through smoothing, gestures and actions. */
  private void onHands(RgbImage picture, int widthPx, int heightPx, List<TrackedHand> raw, long timestampNanos) {
    beginFrame(timestampNanos);
    raw = stage.apply(raw);
    show(picture, widthPx, heightPx, chain.onFrame(raw, timestampNanos, widthPx, heightPx));
  }

  private void beginFrame(long timestampNanos) {
    if (firstFrame.nanos == Long.MIN_VALUE) {
      firstFrame.nanos = timestampNanos;
      logStartUp();
    }
    lastFrameNanos = timestampNanos;
    applyRules();
  }

  private void show(RgbImage picture, int widthPx, int heightPx, List<GestureEvent> events) {
    List<TrackedHand> smoothed = chain.lastHands();
    preview.count(events, smoothed);
    beat.run();
    overlay.publish();
    timing.setCaptureNanos(Long.MIN_VALUE);
    preview.show(picture, widthPx, heightPx, smoothed, driver::pointerMode, latencies);
    if (System.nanoTime() - lastLatencyLogNanos >= LATENCY_LOG_NANOS) {
      logLatency();
    }
  }

  /** Logs the latest actions' capture → action percentiles (every 10 minutes, and at a source's end). */
  private void logLatency() {
    lastLatencyLogNanos = System.nanoTime();
    if (latencies.size() == 0) {
      return;
    }
    double[] p = latencies.percentilesMillis(50, 95, 99);
    LOG.info(String.format(java.util.Locale.ROOT,
        "capture to action: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms over the last %d actions (%d in all)",
        p[0], p[1], p[2], latencies.size(), latencies.total()));
  }

  /** Says how long the process took to reach its first processed frame (the start-up figure). */
  private static void logStartUp() {
    ProcessHandle.current().info().startInstant().ifPresent(started -> LOG.info(
        "first frame processed {} ms after the process started",
        java.time.Duration.between(started, java.time.Instant.now()).toMillis()));
  }

  /** Applies the rules a reload left, on the pipeline thread, between frames. */
  private void applyRules() {
    Rules r = rules.current();
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
}
