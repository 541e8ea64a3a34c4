package dev.handctl.app.cli;

import dev.handctl.app.CommonOptions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handctl.action.ActionDriver;
import dev.handctl.action.Binding;
import dev.handctl.action.DesktopBounds;
import dev.handctl.action.RecordedAction;
import dev.handctl.action.RecordingActionSink;
import dev.handctl.app.ActionJson;
import dev.handctl.app.ExitCodes;
import dev.handctl.app.HandEngine;
import dev.handctl.app.HandJson;
import dev.handctl.app.LandmarkRecording;
import dev.handctl.app.TrackingLoop;
import dev.handctl.capture.CameraRetry;
import dev.handctl.capture.FrameSource;
import dev.handctl.capture.FrameSources;
import dev.handctl.capture.ImageReadException;
import dev.handctl.config.HandctlConfig;
import dev.handctl.filter.TrackedHandSmoother;
import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GestureEvent;
import dev.handctl.gesture.GestureRecognizer;
import dev.handctl.hand.StageTimer;
import dev.handctl.hand.TrackedHand;
import dev.handctl.pipeline.HandsToActions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
    header = "Print the gesture events (and actions) of a video, image folder or landmark stream.",
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

  @Option(names = "--actions", description = {"Also run the bindings and print the mouse and keyboard actions they",
      "would cause (a dry run: nothing is touched), after each frame's gesture events."})
  boolean actions;

  @Option(names = "--desktop", paramLabel = "WxH", defaultValue = "1920x1080",
      description = "Desktop size the dry-run pointer lives on, with --actions (default: ${DEFAULT-VALUE}).")
  String desktopSize;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    HandctlConfig config = common.config();
    List<GestureDefinition> gestures = common.gestureDefinitions();
    GestureRecognizer recognizer = new GestureRecognizer(gestures, config.geometry(),
        config.gestures().holdIntervalMillis(), config.gestures().speedWindowMillis(), mirrored,
        config.tracker().rejoinMillis());
    long[] counts = {0, 0};
    long[] firstNanos = {Long.MIN_VALUE};
    ActionDriver driver = null;
    if (actions) {
      DesktopBounds desktop = parseDesktop(desktopSize);
      List<Binding> bindings = common.bindings(gestures, config);
      RecordingActionSink sink = new RecordingActionSink(desktop, a -> {
        counts[1]++;
        print(out, a, (a.timestampNanos() - firstNanos[0]) / 1e6);
      }, false);
      driver = new ActionDriver(bindings, gestures, config.pointer(), config.actions(),
          desktop, mirrored, sink, kind -> err.println("handctl replay: a gesture asked to " + kind.key()
              + " (ignored in a replay)"));
      driver.keepHandsThroughGaps(config.tracker().rejoinMillis());
    }
    int[] size = {1, 1};
    HandsToActions chain = new HandsToActions(new TrackedHandSmoother(config.smoothing()), recognizer, driver);
    java.util.function.Consumer<List<GestureEvent>> printEvents = events -> {
      for (GestureEvent e : events) {
        counts[0]++;
        print(out, e, (e.timestampNanos() - firstNanos[0]) / 1e6);
      }
    };
    java.util.function.BiConsumer<List<TrackedHand>, Long> onFrame = (rawHands, t) -> {
      if (firstNanos[0] == Long.MIN_VALUE) {
        firstNanos[0] = t;
      }
      printEvents.accept(chain.onFrame(rawHands, t, size[0], size[1]));
    };
    if (source.endsWith(".jsonl")) {
      try (LandmarkRecording recording = LandmarkRecording.open(Path.of(source))) {
        for (LandmarkRecording.RecordedFrame f; (f = recording.next()) != null; ) {
          size[0] = f.widthPx();
          size[1] = f.heightPx();
          onFrame.accept(f.hands(), f.timestampNanos());
        }
      } catch (IOException e) {
        err.println("handctl replay: " + (e.getMessage().startsWith(source) ? e.getMessage()
            : "cannot read " + source + " (" + e.getMessage() + ")"));
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
        TrackingLoop loop = new TrackingLoop(frames, engine.tracker(frames.live()), mirrored);
        loop.run((frame, report, start, done) -> {
          size[0] = frame.image().width();
          size[1] = frame.image().height();
          if (firstNanos[0] == Long.MIN_VALUE) {
            firstNanos[0] = frame.timestampNanos();
          }
          printEvents.accept(chain.onFrame(report, frame.timestampNanos(), size[0], size[1]));
        });
      }
    }
    printEvents.accept(chain.endOfStream()); // the stream ends: so do the poses under way
    chain.close();
    err.printf(Locale.ROOT, "handctl replay: %d gesture events%s%n", counts[0],
        actions ? ", " + counts[1] + " actions" : "");
    return ExitCodes.OK;
  }

  private DesktopBounds parseDesktop(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,5})x(\\d{1,5})").matcher(text.strip());
    if (!m.matches()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--desktop: expected WIDTHxHEIGHT such as 1920x1080, got '" + text + "'");
    }
    return new DesktopBounds(0, 0, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  private void print(PrintWriter out, RecordedAction a, double tMillis) {
    if (jsonl) {
      out.println(ActionJson.line(a, tMillis));
    } else {
      out.printf(Locale.ROOT, "%9.1f ms  %-11s %5d %5d%s%n", tMillis, a.action(), a.xPx(), a.yPx(),
          a.button() != null ? "  " + a.button().key() : a.key() != null ? "  " + a.key()
              : a.action().equals("scroll") ? "  dx " + a.scrollX() + " dy " + a.scrollY() : "");
    }
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
}
