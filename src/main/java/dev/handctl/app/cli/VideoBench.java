package dev.handctl.app.cli;

import dev.handctl.action.ActionDriver;
import dev.handctl.action.Binding;
import dev.handctl.action.DesktopBounds;
import dev.handctl.action.RecordingActionSink;
import dev.handctl.app.ExitCodes;
import dev.handctl.app.HandEngine;
import dev.handctl.app.NanoSamples;
import dev.handctl.app.StageStatistics;
import dev.handctl.app.TrackingLoop;
import dev.handctl.capture.CameraRetry;
import dev.handctl.capture.Frame;
import dev.handctl.capture.FrameSource;
import dev.handctl.capture.FrameSources;
import dev.handctl.capture.ImageReadException;
import dev.handctl.config.HandctlConfig;
import dev.handctl.filter.TrackedHandSmoother;
import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GestureRecognizer;
import dev.handctl.hand.PipelineStage;
import dev.handctl.hand.TrackedFrame;
import dev.handctl.hand.track.HandTracker;
import dev.handctl.inference.ModelFiles;
import dev.handctl.pipeline.HandsToActions;
import dev.handctl.pipeline.TimedActionSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The live pipeline (source, tracker, idle mode) timed over a video, for {@code handctl bench VIDEO}.
 *
 * <p>As fast as possible, every frame is processed and the per-frame latency is the tracker's time
 * per frame. Paced in real time ({@code --realtime}), frames arrive at the video's own rate as a
 * camera would deliver them, stale ones are dropped, and the latency runs from a frame's arrival to
 * its result; the figure that matters then is the process's CPU use as a share of one core.
 */
final class VideoBench {
  /**
   * What to run.
   *
   * @param source a video file or folder of images
   * @param realtime pace frames at the video's frame rate
   * @param inline run every palm search on the tracking thread (no second thread)
   * @param passes timed passes over the video
   * @param warmupFrames untimed frames first, for TensorFlow's one-time optimisation and the JIT
   * @param folderFps frame rate of a folder of images
   * @param pacedFps with {@code realtime}, the rate to deliver frames at; 0 for the video's own
   */
  record Options(String source, boolean realtime, boolean inline, int passes, int warmupFrames, double folderFps,
      double pacedFps) {}

  private record PassResult(long frames, long withHand, long detectorRuns, long dropped, long wallNanos,
      long cpuNanos, long sourceCpuNanos, NanoSamples latency) {}

  private VideoBench() {}

  static int run(Options o, HandctlConfig config, ModelFiles files, List<GestureDefinition> gestures,
      List<Binding> bindings, PrintWriter out, PrintWriter err) throws ImageReadException {
    CameraRetry retry = new CameraRetry(config.camera().retryInitialMillis(), config.camera().retryMaxMillis());
    StageStatistics stats = new StageStatistics();
    try (HandEngine engine = new HandEngine(config, files, stats)) {
      HandTracker tracker = engine.tracker(!o.inline());
      stats.setRecording(false);
      String description;
      double frameRate;
      try (FrameSource warm = FrameSources.open(o.source(), o.folderFps(), false, retry)) {
        description = warm.description();
        frameRate = warm.frameRate();
        for (int i = 0; i < o.warmupFrames(); i++) {
          Frame f = warm.next();
          if (f == null) {
            break;
          }
          tracker.process(f.image(), f.timestampNanos(), false);
        }
      }
      stats.setRecording(true);
      out.printf(Locale.ROOT, "handctl bench: %s%n", description);
      out.printf(Locale.ROOT, "mode: %s, palm search %s, models %s + %s, %d intra-op thread(s), %d warm-up frames%n",
          o.realtime() ? String.format(Locale.ROOT, "real time at %.2f frames/s",
              o.pacedFps() > 0 ? o.pacedFps() : frameRate) : "as fast as possible",
          o.inline() ? "inline" : "on a second thread", config.models().detector(), config.models().landmarks(),
          config.models().intraOpThreads(), o.warmupFrames());
      long frames = 0;
      long withHand = 0;
      long detectorRuns = 0;
      long dropped = 0;
      long wall = 0;
      long cpu = 0;
      long sourceCpu = 0;
      NanoSamples latency = new NanoSamples();
      NanoSamples actionLatency = new NanoSamples();
      long firstRssKb = -1;
      long lastRssKb = -1;
      for (int pass = 1; pass <= o.passes(); pass++) {
        PassResult r;
        try (FrameSource source = FrameSources.open(o.source(),
            new FrameSources.Options(o.folderFps(), o.realtime(), retry, 0, 0, 0, o.pacedFps()))) {
          tracker.reset();
          r = runPass(source, tracker, latency, chainAfterTracking(config, gestures, bindings, actionLatency));
        }
        long rssKb = residentKb();
        firstRssKb = pass == 1 ? rssKb : firstRssKb;
        lastRssKb = rssKb;
        if (o.passes() > 1) {
          out.printf(Locale.ROOT, "pass %d: %d frames, %d with a hand, detector on %d, %.1f frames/s,"
                  + " %.2f ms CPU per frame, resident memory %s%n", pass, r.frames(), r.withHand(), r.detectorRuns(),
              r.frames() / (r.wallNanos() / 1e9), r.cpuNanos() / 1e6 / Math.max(1, r.frames()), mb(rssKb));
          out.flush();
        }
        frames += r.frames();
        withHand += r.withHand();
        detectorRuns += r.detectorRuns();
        dropped += r.dropped();
        wall += r.wallNanos();
        cpu += r.cpuNanos();
        sourceCpu = sourceCpu < 0 || r.sourceCpuNanos() < 0 ? -1 : sourceCpu + r.sourceCpuNanos();
      }
      if (frames == 0) {
        err.println("handctl bench: " + o.source() + " delivered no frames");
        return ExitCodes.SOME_INPUTS_FAILED;
      }
      double fps = frames / (wall / 1e9);
      double cpuPerFrame = cpu / 1e6 / frames;
      double cpuPercent = 100.0 * cpu / wall;
      out.printf(Locale.ROOT, "frames: %d processed, %d with a hand, %d dropped as stale; detector on %d (%.1f%%)%n",
          frames, withHand, dropped, detectorRuns, 100.0 * detectorRuns / frames);
      out.printf(Locale.ROOT, "latency per frame (%s): median %.2f ms, p90 %.2f ms%n",
          o.realtime() ? "arrival to result" : "tracker", latency.percentileMillis(50), latency.percentileMillis(90));
      if (actionLatency.size() > 0) {
        out.printf(Locale.ROOT, "capture to action (%d actions of the shipped bindings%s): p50 %.2f ms, p95 %.2f ms,"
            + " p99 %.2f ms%n", actionLatency.size(), o.realtime() ? "" : "; from the frame's arrival",
            actionLatency.percentileMillis(50), actionLatency.percentileMillis(95), actionLatency.percentileMillis(99));
      } else {
        out.println("capture to action: no action (no gesture the bindings act on)");
      }
      out.printf(Locale.ROOT, "throughput: %.1f frames/s; process CPU %.2f ms per frame, %.1f%% of one core%n",
          fps, cpuPerFrame, cpuPercent);
      double sourcePercent = sourceCpu < 0 ? Double.NaN : 100.0 * sourceCpu / wall;
      if (sourceCpu >= 0) {
        out.printf(Locale.ROOT, "of which the source's decoding thread: %.1f%% of one core (decoding every frame of"
            + " the file; a camera source only converts the frames the pipeline takes); the rest: %.1f%%%n",
            sourcePercent, cpuPercent - sourcePercent);
      }
      out.printf(Locale.ROOT, "%-26s %7s %9s %9s%n", "stage", "calls", "median_ms", "p90_ms");
      for (PipelineStage stage : PipelineStage.values()) {
        out.printf(Locale.ROOT, "%-26s %7d %9.2f %9.2f%n", stage.label(), stats.count(stage),
            stats.percentileMillis(stage, 50), stats.percentileMillis(stage, 90));
      }
      if (o.passes() > 1) {
        out.printf(Locale.ROOT, "BENCH-MEMORY passes=%d rss_after_first_mb=%s rss_after_last_mb=%s%n", o.passes(),
            mb(firstRssKb), mb(lastRssKb));
      }
      out.printf(Locale.ROOT, "BENCH frames=%d hands=%d detector_runs=%d median_ms=%.2f p90_ms=%.2f fps=%.1f"
              + " cpu_ms_per_frame=%.2f cpu_pct_one_core=%.1f source_thread_cpu_pct=%.1f dropped=%d realtime=%b"
              + " actions=%d action_p50_ms=%.2f action_p95_ms=%.2f action_p99_ms=%.2f%n",
          frames, withHand, detectorRuns, latency.percentileMillis(50), latency.percentileMillis(90), fps,
          cpuPerFrame, cpuPercent, sourcePercent, dropped, o.realtime(), actionLatency.size(),
          actionLatency.percentileMillis(50), actionLatency.percentileMillis(95), actionLatency.percentileMillis(99));
    }
    return ExitCodes.OK;
  }

  /** The daemon's chain after tracking, as a dry run, timing each action from its frame's capture. */
  private record TimedChain(HandsToActions chain, TimedActionSink sink) {}

  private static TimedChain chainAfterTracking(HandctlConfig config, List<GestureDefinition> gestures,
      List<Binding> bindings, NanoSamples actionLatency) {
    TimedActionSink sink = new TimedActionSink(new RecordingActionSink(DesktopBounds.ASSUMED, a -> { }, false),
        actionLatency::add);
    ActionDriver driver = new ActionDriver(bindings, gestures, config.pointer(), config.actions(),
        DesktopBounds.ASSUMED, false, sink, kind -> { });
    driver.keepHandsThroughGaps(config.tracker().rejoinMillis());
    GestureRecognizer recognizer = new GestureRecognizer(gestures, config.geometry(),
        config.gestures().holdIntervalMillis(), config.gestures().speedWindowMillis(), false,
        config.tracker().rejoinMillis());
    return new TimedChain(new HandsToActions(new TrackedHandSmoother(config.smoothing()), recognizer, driver), sink);
  }

  private static PassResult runPass(FrameSource source, HandTracker tracker, NanoSamples latency, TimedChain after) {
    long runs0 = tracker.detectorRuns();
    long[] withHand = {0};
    boolean live = source.live();
    TrackingLoop loop = new TrackingLoop(source, tracker, false);
    long cpu0 = processCpuNanos();
    long wall0 = System.nanoTime();
    long frames = loop.run(new TrackingLoop.Listener() {
      @Override
      public void onFrame(Frame frame, TrackedFrame hands, long startNanos, long doneNanos) {
        long captured = live ? frame.timestampNanos() : startNanos;
        latency.add(doneNanos - captured);
        withHand[0] += hands.hands().isEmpty() ? 0 : 1;
        after.sink().setCaptureNanos(captured);
        after.chain().onFrame(hands, frame.timestampNanos(), frame.image().width(), frame.image().height());
      }
    });
    after.chain().endOfStream();
    after.chain().close();
    long wall = System.nanoTime() - wall0;
    long cpu = processCpuNanos() - cpu0;
    return new PassResult(frames, withHand[0], tracker.detectorRuns() - runs0, source.droppedFrames(), wall, cpu,
        source.sourceThreadCpuNanos(), latency);
  }

  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /** Resident memory of this process in KiB from /proc (Linux), or -1 where there is none. */
  static long residentKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or /proc not mounted: memory is simply not reported.
    }
    return -1;
  }

  private static String mb(long kb) {
    return kb < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", kb / 1024.0);
  }
}
