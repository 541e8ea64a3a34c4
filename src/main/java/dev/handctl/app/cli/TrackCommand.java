package dev.handctl.app.cli;

import dev.handctl.app.CommonOptions;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handctl.app.ExitCodes;
import dev.handctl.app.HandEngine;
import dev.handctl.app.HandJson;
import dev.handctl.app.TrackingLoop;
import dev.handctl.capture.CameraRetry;
import dev.handctl.capture.CameraSpec;
import dev.handctl.capture.Frame;
import dev.handctl.capture.FrameSource;
import dev.handctl.capture.FrameSources;
import dev.handctl.capture.ImageReadException;
import dev.handctl.capture.SourceState;
import dev.handctl.config.HandctlConfig;
import dev.handctl.filter.TrackedHandSmoother;
import dev.handctl.hand.StageTimer;
import dev.handctl.hand.TrackedFrame;
import dev.handctl.hand.TrackedHand;
import dev.handctl.hand.track.HandTracker;
import dev.handctl.shell.preview.AnnotatedVideoWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code handctl track}: hands followed through a camera, a video file or a folder of images. */
@Command(name = "track", mixinStandardHelpOptions = true,
    header = "Follow hands through a camera, a video file or a folder of images.",
    description = {"Follow hands through a camera (camera:N or camera:NAME), a video file or a folder of images.",
        "The palm detector runs only while a hand is missing; tracked hands keep their id.",
        "A camera runs until Ctrl-C (or --max-frames); a missing camera is waited for."})
final class TrackCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--jsonl", description = "Print one JSON line per frame.")
  boolean jsonl;

  @Option(names = "--annotate", paramLabel = "OUT.mp4",
      description = "Write a video with each hand's skeleton, box and id drawn (mp4, mov, mkv or avi).")
  Path annotate;

  @Option(names = "--mirrored", negatable = true,
      description = "The frames are a mirrored (selfie) view; decides the handedness labels."
          + " Default: camera.mirrored from the config for cameras, not mirrored for files.")
  Boolean mirrored;

  @Option(names = "--smooth", description = "Smooth keypoints with the One Euro filter (settings: smoothing.* in the config).")
  boolean smooth;

  @Option(names = "--realtime", description = "Play a video file at its own frame rate, as a camera would deliver it"
      + " (stale frames dropped, palm search on a second thread), instead of every frame as fast as possible.")
  boolean realtime;

  @Option(names = "--max-frames", paramLabel = "N", description = "Stop after N frames (for cameras).")
  Long maxFrames;

  @Option(names = "--folder-fps", paramLabel = "FPS", defaultValue = "30",
      description = "Frame rate assumed for a folder of images (default: ${DEFAULT-VALUE}).")
  double folderFps;

  @Parameters(paramLabel = "SOURCE",
      description = "camera:N or camera:NAME, a video file (any format FFmpeg reads) or a folder of images.")
  String source;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (maxFrames != null && maxFrames < 1) {
      throw new ParameterException(spec.commandLine(), "--max-frames must be at least 1, got " + maxFrames);
    }
    if (!(folderFps > 0)) {
      throw new ParameterException(spec.commandLine(), "--folder-fps must be positive, got " + folderFps);
    }
    HandctlConfig config = common.config();
    HandctlConfig.CameraConfig camera = config.camera();
    boolean isCamera = CameraSpec.isCamera(source);
    boolean selfie = mirrored != null ? mirrored : isCamera && camera.mirrored();
    FrameSources.Options options = new FrameSources.Options(folderFps, realtime,
        new CameraRetry(camera.retryInitialMillis(), camera.retryMaxMillis()), camera.widthPx(), camera.heightPx(),
        camera.fps(), 0);
    FrameSource frames;
    try {
      frames = FrameSources.open(source, options);
    } catch (ImageReadException e) {
      err.println("handctl track: cannot open " + e.getMessage());
      return ExitCodes.SOME_INPUTS_FAILED;
    }
    Run run = new Run(out, err);
    try (frames; HandEngine engine = new HandEngine(config, common.modelFiles(), StageTimer.NONE)) {
      SourceState[] shown = {SourceState.RUNNING};
      frames.addStatusListener(status -> {
        // One line per change of state, not one per retry.
        if (status.state() != shown[0] && status.state() != SourceState.STOPPED) {
          shown[0] = status.state();
          err.println("handctl track: " + status.state().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": "
              + status.message());
          err.flush();
        }
      });
      // Live sources run with the palm search beside the tracking; files stay on one thread, so that
      // the same file always gives the same output.
      HandTracker tracker = engine.tracker(frames.live());
      TrackingLoop loop = new TrackingLoop(frames, tracker, selfie);
      run.smoother = smooth ? new TrackedHandSmoother(config.smoothing()) : null;
      CountDownLatch finished = new CountDownLatch(1);
      Thread onCtrlC = new Thread(() -> {
        loop.stop();
        try {
          finished.await(5, TimeUnit.SECONDS); // let the annotated video be finished properly
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "handctl-track-shutdown");
      Runtime.getRuntime().addShutdownHook(onCtrlC);
      long start = System.nanoTime();
      try {
        run.loop = loop;
        run.live = frames.live();
        run.frameRate = frames.frameRate();
        loop.run(run);
      } finally {
        run.closeWriter();
        finished.countDown();
        try {
          Runtime.getRuntime().removeShutdownHook(onCtrlC);
        } catch (IllegalStateException e) {
          // Already shutting down: the hook is running and waits for the latch released above.
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      err.printf(Locale.ROOT, "handctl track: %d frames, %d with a hand, detector on %d, %.1f frames/s%s%n",
          run.frames, run.withHand, tracker.detectorRuns(), run.frames / Math.max(seconds, 1e-9),
          frames.live() ? ", " + frames.droppedFrames() + " dropped as stale" : "");
      err.flush();
    }
    if (run.writeError != null) {
      err.println("handctl track: " + run.writeError.getMessage());
      return ExitCodes.SOME_INPUTS_FAILED;
    }
    return run.readErrors == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }

  /** The per-frame side of a run: JSON lines, the annotated video, counts. */
  private final class Run implements TrackingLoop.Listener {
    private final PrintWriter out;
    private final PrintWriter err;
    TrackingLoop loop;
    /** Smooths the keypoints printed, or null for the model's own. */
    TrackedHandSmoother smoother;
    boolean live;
    double frameRate;
    long frames;
    long withHand;
    int readErrors;
    long firstTimestampNanos;
    AnnotatedVideoWriter writer;
    IOException writeError;

    Run(PrintWriter out, PrintWriter err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public void onFrame(Frame frame, TrackedFrame report, long startNanos, long doneNanos) {
      List<TrackedHand> hands = smoother != null ? smoother.smooth(report.hands(), frame.timestampNanos())
          : report.hands();
      if (frames == 0) {
        firstTimestampNanos = frame.timestampNanos();
      }
      frames++;
      withHand += hands.isEmpty() ? 0 : 1;
      // A live source stamps frames with the system clock; print time since the first frame instead.
      long timestampNanos = live ? frame.timestampNanos() - firstTimestampNanos : frame.timestampNanos();
      if (jsonl) {
        out.println(frameJson(frame.index(), timestampNanos, frame.image().width(), frame.image().height(), hands));
      }
      if (annotate != null && writeError == null) {
        try {
          if (writer == null) {
            writer = AnnotatedVideoWriter.open(annotate, frame.image().width(), frame.image().height(),
                frameRate > 0 ? frameRate : 30);
          }
          writer.write(frame.image(), hands, frame.timestampNanos());
        } catch (IOException e) {
          writeError = e;
          loop.stop();
        }
      }
      if (maxFrames != null && frames >= maxFrames) {
        loop.stop();
      }
    }

    @Override
    public void onReadError(ImageReadException error) {
      readErrors++;
      err.println("handctl track: skipping a frame: " + error.getMessage());
    }

    void closeWriter() {
      if (writer != null) {
        try {
          writer.close();
        } catch (IOException e) {
          writeError = writeError == null ? e : writeError;
        }
      }
    }
  }

  static ObjectNode frameJson(long index, long timestampNanos, int widthPx, int heightPx, List<TrackedHand> hands) {
    ObjectNode node = HandJson.MAPPER.createObjectNode();
    node.put("frame", index);
    node.put("timestampMs", HandJson.round(timestampNanos / 1e6, 3));
    node.put("width", widthPx);
    node.put("height", heightPx);
    ArrayNode array = node.putArray("hands");
    for (TrackedHand h : hands) {
      ObjectNode hand = array.addObject();
      hand.put("id", h.id());
      hand.put("handedness", h.landmarks().handedness().label());
      hand.put("presence", HandJson.round(h.landmarks().presence(), 4));
      hand.set("keypoints", HandJson.keypoints(h.landmarks().keypoints()));
    }
    return node;
  }
}
