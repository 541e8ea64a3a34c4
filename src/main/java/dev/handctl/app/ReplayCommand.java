package dev.handctl.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handctl.capture.CameraRetry;
import dev.handctl.capture.FrameSource;
import dev.handctl.capture.FrameSources;
import dev.handctl.capture.ImageReadException;
import dev.handctl.config.HandctlConfig;
import dev.handctl.filter.TrackedHandSmoother;
import dev.handctl.gesture.GestureEvent;
import dev.handctl.gesture.GestureRecognizer;
import dev.handctl.hand.HandLandmark;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.Handedness;
import dev.handctl.hand.StageTimer;
import dev.handctl.hand.TrackedHand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code handctl replay}: gesture events over a video, an image folder or a recorded landmark stream. */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {"Run tracking and gesture recognition over a video, a folder of images, or the JSON lines",
        "of `handctl track --jsonl` (a recorded landmark stream, file ending in .jsonl), and print the gesture",
        "events: poses starting, holding and ending, motion gestures firing."})
final class ReplayCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--jsonl", description = "One JSON line per event.")
  boolean jsonl;

  @Option(names = "--mirrored", description = "The frames are a mirrored (selfie) view (directions and handedness).")
  boolean mirrored;

  @Option(names = "--folder-fps", paramLabel = "FPS", defaultValue = "30",
      description = "Frame rate assumed for a folder of images (default: ${DEFAULT-VALUE}).")
  double folderFps;

  @Parameters(paramLabel = "SOURCE", description = "A video file, a folder of images, or a .jsonl landmark stream.")
  String source;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    HandctlConfig config = common.config();
    GestureRecognizer recognizer = new GestureRecognizer(common.gestureDefinitions(), config.geometry(),
        config.gestures().holdIntervalMillis(), config.gestures().speedWindowMillis(), mirrored);
    long[] events = {0};
    long[] firstNanos = {Long.MIN_VALUE};
    long[] lastNanos = {0};
    java.util.function.BiConsumer<List<TrackedHand>, Long> onFrame = (hands, t) -> {
      if (firstNanos[0] == Long.MIN_VALUE) {
        firstNanos[0] = t;
      }
      lastNanos[0] = t;
      for (GestureEvent e : recognizer.update(hands, t)) {
        events[0]++;
        print(out, e, (e.timestampNanos() - firstNanos[0]) / 1e6);
      }
    };
    if (source.endsWith(".jsonl")) {
      try (BufferedReader in = Files.newBufferedReader(Path.of(source), StandardCharsets.UTF_8)) {
        int lineNo = 0;
        for (String line; (line = in.readLine()) != null; ) {
          lineNo++;
          if (line.isBlank()) {
            continue;
          }
          try {
            JsonNode frame = HandJson.MAPPER.readTree(line);
            onFrame.accept(handsOf(frame), Math.round(frame.get("timestampMs").asDouble() * 1e6));
          } catch (IOException | RuntimeException e) {
            err.println("handctl replay: " + source + ":" + lineNo + ": expected a frame line of handctl track --jsonl"
                + " ({\"frame\", \"timestampMs\", \"hands\": [{\"id\", \"handedness\", \"keypoints\": 21 x [x, y, z]}]}): "
                + e.getMessage());
            return ExitCodes.SOME_INPUTS_FAILED;
          }
        }
      } catch (IOException e) {
        err.println("handctl replay: cannot read " + source + " (" + e.getMessage() + ")");
        return ExitCodes.SOME_INPUTS_FAILED;
      }
    } else {
      FrameSource frames;
      try {
        frames = FrameSources.open(source, folderFps, false,
            new CameraRetry(config.camera().retryInitialMillis(), config.camera().retryMaxMillis()));
      } catch (ImageReadException e) {
        err.println("handctl replay: cannot open " + e.getMessage());
        return ExitCodes.SOME_INPUTS_FAILED;
      }
      try (frames; HandEngine engine = new HandEngine(config, common.modelFiles(), StageTimer.NONE)) {
        TrackingLoop loop = new TrackingLoop(frames, engine.tracker(frames.live()),
            new TrackedHandSmoother(config.smoothing()), mirrored);
        loop.run((frame, hands, start, done) -> onFrame.accept(hands, frame.timestampNanos()));
      }
    }
    if (firstNanos[0] != Long.MIN_VALUE) {
      onFrame.accept(List.of(), lastNanos[0]); // the stream ends: so do the poses under way
    }
    err.printf(Locale.ROOT, "handctl replay: %d gesture events%n", events[0]);
    return ExitCodes.OK;
  }

  private void print(PrintWriter out, GestureEvent e, double tMillis) {
    if (jsonl) {
      ObjectNode n = HandJson.MAPPER.createObjectNode();
      n.put("t", HandJson.round(tMillis, 1));
      n.put("type", "gesture");
      n.put("name", e.name());
      n.put("phase", e.phase().key());
      n.put("hand", e.handId());
      n.put("handedness", e.handedness().label());
      n.put("score", HandJson.round(e.score(), 3));
      out.println(n);
    } else {
      out.printf(Locale.ROOT, "%9.1f ms  hand %d (%s)  %-10s %s  %.2f%n", tMillis, e.handId(), e.handedness().label(),
          e.name(), e.phase().key(), e.score());
    }
  }

  /** The hands of one recorded frame line. */
  static List<TrackedHand> handsOf(JsonNode frame) {
    List<TrackedHand> hands = new ArrayList<>();
    for (JsonNode h : frame.get("hands")) {
      List<HandLandmark> k = new ArrayList<>(21);
      JsonNode points = h.get("keypoints");
      if (points == null || points.size() != 21) {
        throw new IllegalArgumentException("a hand needs 21 keypoints");
      }
      for (JsonNode p : points) {
        k.add(new HandLandmark(p.get(0).asDouble(), p.get(1).asDouble(), p.get(2).asDouble()));
      }
      Handedness handedness = "Right".equals(h.get("handedness").asText()) ? Handedness.RIGHT : Handedness.LEFT;
      double presence = h.has("presence") ? h.get("presence").asDouble() : 1;
      hands.add(new TrackedHand(h.get("id").asInt(), new HandLandmarks(k, List.of(), presence, handedness, 1,
          new HandRegion(0, 0, 1, 0))));
    }
    return hands;
  }
}
