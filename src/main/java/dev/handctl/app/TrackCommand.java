package dev.handctl.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handctl.capture.Frame;
import dev.handctl.capture.FrameSource;
import dev.handctl.capture.ImageFolderSource;
import dev.handctl.capture.ImageReadException;
import dev.handctl.capture.VideoFileSource;
import dev.handctl.config.HandctlConfig;
import dev.handctl.filter.LandmarkSmoother;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.HandTracker;
import dev.handctl.hand.StageTimer;
import dev.handctl.hand.TrackedHand;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code handctl track}: hands followed through a video or a folder of images. */
@Command(name = "track", mixinStandardHelpOptions = true,
    description = {"Follow hands through a video file or a folder of images (camera sources are not there yet).",
        "The palm detector runs only while a hand is missing; tracked hands keep their id."})
final class TrackCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--jsonl", description = "Print one JSON line per frame.")
  boolean jsonl;

  @Option(names = "--mirrored", description = "The frames are a mirrored (selfie) view; swaps handedness labels.")
  boolean mirrored;

  @Option(names = "--smooth", description = "Smooth keypoints with the One Euro filter (settings: smoothing.* in the config).")
  boolean smooth;

  @Option(names = "--folder-fps", paramLabel = "FPS", defaultValue = "30",
      description = "Frame rate assumed for a folder of images (default: ${DEFAULT-VALUE}).")
  double folderFps;

  @Parameters(paramLabel = "SOURCE", description = "A video file (any format FFmpeg reads) or a folder of images.")
  Path source;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    HandctlConfig config = common.config();
    long frames = 0;
    long withHand = 0;
    int failed = 0;
    try (FrameSource frames0 = open(source);
        HandEngine engine = new HandEngine(config, common.modelFiles(), StageTimer.NONE)) {
      HandTracker tracker = engine.tracker(false);
      Map<Integer, LandmarkSmoother> smoothers = new HashMap<>();
      long start = System.nanoTime();
      while (true) {
        Frame frame;
        try {
          frame = frames0.next();
        } catch (ImageReadException e) {
          failed++;
          err.println("handctl track: skipping a frame: " + e.getMessage());
          continue;
        }
        if (frame == null) {
          break;
        }
        List<TrackedHand> hands = tracker.process(frame.image(), frame.timestampNanos(), mirrored);
        if (smooth) {
          hands = smoothed(hands, smoothers, config, frame.timestampNanos());
        }
        frames++;
        withHand += hands.isEmpty() ? 0 : 1;
        if (jsonl) {
          out.println(frameJson(frame, hands));
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      err.printf(Locale.ROOT, "handctl track: %d frames, %d with a hand, detector on %d, %.1f frames/s%n", frames,
          withHand, tracker.detectorRuns(), frames / Math.max(seconds, 1e-9));
      err.flush();
    } catch (ImageReadException e) {
      err.println("handctl track: cannot open " + e.getMessage());
      return ExitCodes.SOME_INPUTS_FAILED;
    }
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }

  /** Smooths each hand with its own filter state; a hand that is gone takes its state with it. */
  private static List<TrackedHand> smoothed(List<TrackedHand> hands, Map<Integer, LandmarkSmoother> smoothers,
      HandctlConfig config, long timestampNanos) {
    smoothers.keySet().retainAll(hands.stream().map(TrackedHand::id).toList());
    List<TrackedHand> out = new ArrayList<>(hands.size());
    for (TrackedHand h : hands) {
      LandmarkSmoother s = smoothers.computeIfAbsent(h.id(), id -> new LandmarkSmoother(config.smoothing()));
      HandLandmarks lm = h.landmarks();
      out.add(new TrackedHand(h.id(), new HandLandmarks(s.smooth(lm.keypoints(), timestampNanos),
          lm.worldKeypoints(), lm.presence(), lm.handedness(), lm.handednessScore(), lm.region())));
    }
    return out;
  }

  private FrameSource open(Path path) throws ImageReadException {
    if (Files.isDirectory(path)) {
      return new ImageFolderSource(path, folderFps);
    }
    return new VideoFileSource(path);
  }

  static ObjectNode frameJson(Frame frame, List<TrackedHand> hands) {
    ObjectNode node = HandJson.MAPPER.createObjectNode();
    node.put("frame", frame.index());
    node.put("timestampMs", HandJson.round(frame.timestampNanos() / 1e6, 3));
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
