package dev.handctl.app.cli;

import dev.handctl.app.ExitCodes;
import dev.handctl.capture.CameraRetry;
import dev.handctl.capture.CameraSpec;
import dev.handctl.capture.ClipRecorder;
import dev.handctl.capture.FrameSource;
import dev.handctl.capture.FrameSources;
import dev.handctl.capture.ImageReadException;
import dev.handctl.capture.SourceState;
import dev.handctl.capture.VideoFileWriter;
import dev.handctl.config.ConfigLoader;
import dev.handctl.config.HandctlConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code handctl record}: a clip from the camera into a video file, for users to record and label
 * their own test footage. The camera is opened here and nowhere else; the recording itself is
 * {@link ClipRecorder}'s, which works on any frame source.
 */
@Command(name = "record", mixinStandardHelpOptions = true,
    header = "Record a clip from the camera to a video file.",
    description = {"Record a clip from the camera to a video file (H.264 if available, else MPEG-4), to label",
        "and evaluate your own gestures. Ctrl-C ends it early; the clip so far is kept."})
final class RecordCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  // Only the camera settings matter here: no models, gestures or bindings.
  @Option(names = "--config", paramLabel = "FILE",
      description = "YAML file whose keys override the built-in defaults (camera.*).")
  Path configFile;

  @Option(names = "--camera", paramLabel = "N|NAME", defaultValue = "0",
      description = "The camera: its number, or part of its name (Linux) (default: ${DEFAULT-VALUE}).")
  String camera;

  @Option(names = "--seconds", paramLabel = "N", defaultValue = "10",
      description = "Length of the clip in seconds (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--fps", paramLabel = "F",
      description = "Frame rate asked of the camera and of the file (default: camera.fps of the config, 30).")
  Double fps;

  @Option(names = "--size", paramLabel = "WxH",
      description = "Frame size asked of the camera (default: camera.widthPx x camera.heightPx, 640x480);"
          + " the camera may give another, which the file then has.")
  String size;

  @Option(names = "--wait", paramLabel = "S", defaultValue = "10",
      description = "How long to wait for a missing or busy camera before giving up (default: ${DEFAULT-VALUE} s).")
  double waitSeconds;

  @Option(names = "--force", description = "Replace OUT if it exists.")
  boolean force;

  @Parameters(paramLabel = "OUT.mp4", description = "The video to write (mp4, mov, mkv or avi).")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!(seconds > 0 && seconds <= 24 * 3600) || !(waitSeconds >= 0)) {
      throw new ParameterException(spec.commandLine(), "--seconds must be in (0, 86400] and --wait not negative");
    }
    if (fps != null && !(fps > 0 && fps <= 240)) {
      throw new ParameterException(spec.commandLine(), "--fps must be in (0, 240], got " + fps);
    }
    HandctlConfig.CameraConfig cameraConfig = ConfigLoader.load(configFile).camera();
    int[] wh = size == null ? new int[] {cameraConfig.widthPx(), cameraConfig.heightPx()} : parseSize(size);
    double rate = fps != null ? fps : cameraConfig.fps() > 0 ? cameraConfig.fps() : 30;
    String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.matches(".*\\.(mp4|mov|mkv|avi)")) {
      throw new ParameterException(spec.commandLine(), "OUT must end in .mp4, .mov, .mkv or .avi, got " + out);
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      err.println("handctl record: " + out + ": the folder " + parent + " does not exist; nothing written");
      return ExitCodes.SOME_INPUTS_FAILED;
    }
    if (Files.exists(out) && !force) {
      err.println("handctl record: " + out + " exists; give --force to replace it");
      return ExitCodes.SOME_INPUTS_FAILED;
    }
    String source = CameraSpec.PREFIX + camera;
    FrameSource frames;
    try {
      frames = FrameSources.open(source, new FrameSources.Options(30, false,
          new CameraRetry(cameraConfig.retryInitialMillis(), cameraConfig.retryMaxMillis()), wh[0], wh[1], rate, 0));
    } catch (ImageReadException e) {
      err.println("handctl record: cannot open " + e.getMessage());
      return ExitCodes.SOME_INPUTS_FAILED;
    }
    String[] codec = {"?"};
    ClipRecorder recorder = new ClipRecorder(frames, (w, h) -> {
      VideoFileWriter writer = VideoFileWriter.open(out, w, h, rate);
      codec[0] = writer.codec();
      err.printf(Locale.ROOT, "handctl record: recording %s into %s for %s s; Ctrl-C ends it early%n",
          frames.description(), out, trim(seconds));
      err.flush();
      return writer;
    }, seconds, Math.round(waitSeconds * 1000));
    SourceState[] shown = {SourceState.RUNNING};
    frames.addStatusListener(status -> {
      // One line per change of state, as track prints them.
      if (status.state() != shown[0] && status.state() != SourceState.STOPPED
          && status.state() != SourceState.STARTING) {
        shown[0] = status.state();
        err.println("handctl record: " + status.state().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": "
            + status.message());
        err.flush();
      }
    });
    CountDownLatch finished = new CountDownLatch(1);
    Thread onCtrlC = new Thread(() -> {
      recorder.stop();
      try {
        finished.await(5, TimeUnit.SECONDS); // let the file be finished properly
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "handctl-record-shutdown");
    Runtime.getRuntime().addShutdownHook(onCtrlC);
    ClipRecorder.Result result;
    try (frames) {
      result = recorder.record();
    } catch (IOException | ImageReadException e) {
      err.println("handctl record: " + e.getMessage());
      return ExitCodes.SOME_INPUTS_FAILED;
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onCtrlC);
      } catch (IllegalStateException e) {
        // Already shutting down: the hook runs and waits for the latch released above.
      }
    }
    if (result.noFrameReason() != null) {
      err.println("handctl record: " + source + ": " + result.noFrameReason() + "; nothing written");
      return ExitCodes.SOME_INPUTS_FAILED;
    }
    stdout.printf(Locale.ROOT, "wrote %s: %d frames (%d from the camera), %dx%d, %.1f s, %s at %s frames/s%n", out,
        result.framesWritten(), result.framesRead(), result.widthPx(), result.heightPx(), result.seconds(), codec[0],
        trim(rate));
    stdout.flush();
    return ExitCodes.OK;
  }

  private int[] parseSize(String s) {
    String[] p = s.toLowerCase(Locale.ROOT).split("x");
    try {
      int w = Integer.parseInt(p[0].strip());
      int h = Integer.parseInt(p[1].strip());
      if (p.length == 2 && w >= 16 && h >= 16 && w <= 4096 && h <= 4096 && w % 2 == 0 && h % 2 == 0) {
        return new int[] {w, h};
      }
    } catch (RuntimeException e) {
      // reported below
    }
    throw new ParameterException(spec.commandLine(), "--size: expected WIDTHxHEIGHT with even sides from 16 to"
        + " 4096, such as 640x480, got " + s);
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
