package dev.handctl.app.cli;

import dev.handctl.app.CommonOptions;
import dev.handctl.app.ExitCodes;
import dev.handctl.app.HandEngine;
import dev.handctl.app.StageStatistics;
import dev.handctl.capture.ImageFiles;
import dev.handctl.capture.ImageReadException;
import dev.handctl.capture.RgbImage;
import dev.handctl.capture.StillImageReader;
import dev.handctl.hand.PipelineStage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code handctl bench}: timings of the live pipeline on a video, or of hand finding on still images. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    header = "Time the pipeline on a video, or each stage on still images.",
    description = {"With a video: run the live tracking pipeline over it as fast as it can (or paced in real",
        "time with --realtime) and print frames, frames with a hand, detector runs, per-frame latency,",
        "throughput and process CPU time, ending with one machine-readable BENCH line.",
        "With images or folders: time each stage of hand finding on still images (median and p90 per call)."})
final class BenchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
      description = "Timed passes over all images (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
      description = "Untimed passes first, for TensorFlow's one-time graph optimisation (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--max-hands", paramLabel = "N", defaultValue = "2",
      description = "Most hands per image (default: ${DEFAULT-VALUE}).")
  int maxHands;

  @Option(names = "--realtime", description = "Video: deliver frames at the video's own frame rate, as a camera"
      + " would, dropping stale ones; report CPU use as a share of one core.")
  boolean realtime;

  @Option(names = "--fps", paramLabel = "FPS", defaultValue = "0",
      description = "Video with --realtime: deliver frames at this rate instead of the video's own, as a camera"
          + " of that rate would (default: the video's rate).")
  double fps;

  @Option(names = "--passes", paramLabel = "N", defaultValue = "1",
      description = "Video: timed passes over the video in one process; with more than one, resident memory is"
          + " printed after each (default: ${DEFAULT-VALUE}).")
  int passes;

  @Option(names = "--warmup-frames", paramLabel = "N", defaultValue = "30",
      description = "Video: untimed frames first, for TensorFlow's one-time optimisation (default: ${DEFAULT-VALUE}).")
  int warmupFrames;

  @Option(names = "--inline", description = "Video: run palm searches on the tracking thread instead of beside it.")
  boolean inline;

  @Parameters(paramLabel = "SOURCE", arity = "1..*",
      description = "One video file (any format FFmpeg reads), or image files and folders of images.")
  List<Path> inputs;

  @Override
  public Integer call() throws IOException, ImageReadException {
    if (!(fps >= 0 && fps <= 1000) || (fps > 0 && !realtime)) {
      throw new ParameterException(spec.commandLine(), "--fps takes a rate from 0 to 1000 and goes with --realtime");
    }
    if (passes < 1 || warmupFrames < 0 || rounds < 1 || warmup < 0) {
      throw new ParameterException(spec.commandLine(),
          "--passes and --rounds must be at least 1, --warmup-frames and --warmup at least 0");
    }
    if (inputs.size() == 1 && Files.isRegularFile(inputs.get(0)) && !ImageFiles.isImage(inputs.get(0))) {
      var config = common.config();
      var gestures = common.gestureDefinitions();
      return VideoBench.run(new VideoBench.Options(inputs.get(0).toString(), realtime, inline, passes, warmupFrames,
          30, fps), config, common.modelFiles(), gestures, common.bindings(gestures, config), spec.commandLine().getOut(),
          spec.commandLine().getErr());
    }
    if (realtime || passes != 1 || inline) {
      throw new ParameterException(spec.commandLine(),
          "--realtime, --passes and --inline apply to a video; " + inputs + " are images");
    }
    return benchStills();
  }

  private int benchStills() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<RgbImage> images = new ArrayList<>();
    StillImageReader reader = new StillImageReader();
    int failed = 0;
    for (Path p : ImageInputs.expand(inputs)) {
      try {
        images.add(reader.read(p));
      } catch (ImageReadException e) {
        failed++;
        err.println("handctl bench: cannot read image " + e.getMessage());
      }
    }
    if (images.isEmpty()) {
      err.println("handctl bench: no readable image among " + inputs);
      return ExitCodes.SOME_INPUTS_FAILED;
    }
    StageStatistics stats = new StageStatistics();
    var config = common.config();
    try (HandEngine engine = new HandEngine(config, common.modelFiles(), stats)) {
      stats.setRecording(false);
      for (int r = 0; r < warmup; r++) {
        images.forEach(img -> engine.finder().find(img, maxHands));
      }
      stats.setRecording(true);
      long wall0 = System.nanoTime();
      long cpu0 = processCpuNanos();
      int hands = 0;
      for (int r = 0; r < rounds; r++) {
        for (RgbImage img : images) {
          hands += engine.finder().find(img, maxHands).size();
        }
      }
      long wall = System.nanoTime() - wall0;
      long cpu = processCpuNanos() - cpu0;
      int calls = rounds * images.size();
      out.printf(Locale.ROOT, "handctl bench: %d images x %d rounds, models %s + %s, %d intra-op thread(s)%n",
          images.size(), rounds, config.models().detector(), config.models().landmarks(),
          config.models().intraOpThreads());
      out.printf(Locale.ROOT, "%-26s %7s %9s %9s %9s%n", "stage", "calls", "median_ms", "p90_ms", "mean_ms");
      for (PipelineStage stage : PipelineStage.values()) {
        out.printf(Locale.ROOT, "%-26s %7d %9.2f %9.2f %9.2f%n", stage.label(), stats.count(stage),
            stats.percentileMillis(stage, 50), stats.percentileMillis(stage, 90), stats.meanMillis(stage));
      }
      out.printf(Locale.ROOT, "per image: %.2f ms wall, %.2f ms CPU; %.2f hands per image%n",
          wall / 1e6 / calls, cpu < 0 ? Double.NaN : cpu / 1e6 / calls, hands / (double) calls);
      out.printf(Locale.ROOT, "BENCH-STAGES images=%d detector_median_ms=%.2f landmarks_median_ms=%.2f"
              + " detector_pre_median_ms=%.2f landmarks_pre_median_ms=%.2f%n",
          images.size(), stats.percentileMillis(PipelineStage.DETECTOR, 50),
          stats.percentileMillis(PipelineStage.LANDMARKS, 50),
          stats.percentileMillis(PipelineStage.DETECTOR_PRE, 50),
          stats.percentileMillis(PipelineStage.LANDMARKS_PRE, 50));
    }
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }

  private static long processCpuNanos() {
    return VideoBench.processCpuNanos();
  }

}
