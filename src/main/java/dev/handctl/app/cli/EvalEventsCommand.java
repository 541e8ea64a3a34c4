package dev.handctl.app.cli;

import dev.handctl.app.CommonOptions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handctl.action.ActionDriver;
import dev.handctl.action.DesktopBounds;
import dev.handctl.action.RecordedAction;
import dev.handctl.action.RecordingActionSink;
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
import dev.handctl.eval.EventLabels;
import dev.handctl.eval.EventScore;
import dev.handctl.eval.EventScorer;
import dev.handctl.filter.TrackedHandSmoother;
import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GestureEvent;
import dev.handctl.gesture.GestureRecognizer;
import dev.handctl.hand.StageTimer;
import dev.handctl.hand.TrackedFrame;
import dev.handctl.hand.TrackedHand;
import dev.handctl.pipeline.HandsToActions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code handctl eval events}: pinches, clicks, swipes and scrolls on labelled clips, against the labels. */
@Command(name = "events", mixinStandardHelpOptions = true,
    header = "Match pinches, clicks, swipes and scrolls on labelled clips against the labels.",
    description = {"Run every clip of a labels file through the whole pipeline (tracking, gestures, the bindings",
        "as a dry run) and match the pinches, clicks, drags, swipes and scrolls against the labels: per clip and",
        "in total, what was recognised and what fired where nobody did it. See the README for the rules."})
final class EvalEventsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(paramLabel = "LABELS", description = "The labels file (JSON; the format of real-gestures/labels.json).")
  Path labelsFile;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Option(names = "--clips", split = ",", paramLabel = "NAME",
      description = "Only these clips (names as in the labels file).")
  List<String> only;

  @Option(names = "--tolerance", paramLabel = "SECONDS", defaultValue = "0.4",
      description = "How far outside a label's interval an event still matches it (default: ${DEFAULT-VALUE}).")
  double toleranceSeconds;

  @Option(names = "--hold", paramLabel = "SECONDS", defaultValue = "1.0",
      description = "A pinch label at least this long expects a drag, not a click (default: ${DEFAULT-VALUE}).")
  double holdSeconds;

  @Option(names = "--landmarks", paramLabel = "DIR",
      description = {"Read each clip's hands from DIR/NAME.jsonl (written by --save-landmarks or",
          "`handctl track --jsonl`) instead of running the models: quick for gesture and binding changes."})
  Path landmarksDir;

  @Option(names = "--save-landmarks", paramLabel = "DIR", description = "Write each clip's tracked hands to DIR/NAME.jsonl.")
  Path saveLandmarksDir;

  @Option(names = "--threads", paramLabel = "N", description = "Clips run side by side (default: 2, or 1 on one core).")
  Integer threads;

  @Option(names = "--verbose", description = "Also print each clip's pinch and swipe events and presses, with times.")
  boolean verbose;

  /** What one clip gave. */
  private record ClipRun(EventLabels.Clip clip, int frames, int framesWithHand, List<GestureEvent> gestures,
      List<RecordedAction> actions, EventScore score, String error) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!(toleranceSeconds >= 0 && toleranceSeconds <= 10) || !(holdSeconds > 0 && holdSeconds <= 60)) {
      err.println("handctl eval events: --tolerance must be 0..10 s and --hold 0..60 s");
      return ExitCodes.USAGE;
    }
    List<EventLabels.Clip> clips;
    try {
      clips = EventLabels.read(labelsFile);
    } catch (EventLabels.LabelException e) {
      err.println("handctl eval events: " + e.getMessage());
      return ExitCodes.SOME_INPUTS_FAILED;
    }
    if (only != null) {
      for (String name : only) {
        if (clips.stream().noneMatch(c -> c.name().equals(name))) {
          err.println("handctl eval events: no clip '" + name + "' in " + labelsFile + "; it has "
              + clips.stream().map(EventLabels.Clip::name).toList());
          return ExitCodes.USAGE;
        }
      }
      clips = clips.stream().filter(c -> only.contains(c.name())).toList();
    }
    if (saveLandmarksDir != null) {
      Files.createDirectories(saveLandmarksDir);
    }
    HandctlConfig config = common.config();
    List<GestureDefinition> gestures = common.gestureDefinitions();
    var bindings = common.bindings(gestures, config);
    EventScorer scorer = new EventScorer(toleranceSeconds, holdSeconds, "pinch");
    int n = threads != null ? Math.max(1, threads) : Math.min(2, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "eval");
      t.setDaemon(true);
      return t;
    });
    List<Future<ClipRun>> futures = new ArrayList<>();
    for (EventLabels.Clip clip : clips) {
      futures.add(pool.submit(() -> run(clip, config, gestures, bindings, scorer)));
    }
    List<ClipRun> runs = new ArrayList<>();
    try {
      for (Future<ClipRun> f : futures) {
        runs.add(f.get());
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception ex ? ex : e;
    } finally {
      pool.shutdownNow();
    }
    EventScore total = runs.stream().map(ClipRun::score).reduce(EventScore.zero(), EventScore::plus);
    boolean failed = runs.stream().anyMatch(r -> r.error() != null);
    runs.stream().filter(r -> r.error() != null)
        .forEach(r -> err.println("handctl eval events: " + r.clip().name() + ": " + r.error()));
    if (json) {
      ObjectNode root = HandJson.MAPPER.createObjectNode();
      root.put("labels", labelsFile.toString());
      root.put("toleranceSeconds", toleranceSeconds);
      root.put("holdSeconds", holdSeconds);
      ObjectNode perClip = root.putObject("clips");
      for (ClipRun r : runs) {
        ObjectNode c = EvalEventsTable.json(r.score());
        c.put("frames", r.frames());
        c.put("framesWithHand", r.framesWithHand());
        if (r.error() != null) {
          c.put("error", r.error());
        }
        perClip.set(r.clip().name(), c);
      }
      root.set("total", EvalEventsTable.json(total));
      out.println(root);
    } else {
      List<String> names = runs.stream().map(r -> r.clip().name()).toList();
      EvalEventsTable.print(out, names, runs.stream().map(ClipRun::score).toList(), total);
      if (verbose) {
        runs.forEach(r -> printEvents(out, r));
      }
    }
    return failed ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
  }

  private ClipRun run(EventLabels.Clip clip, HandctlConfig config, List<GestureDefinition> gestures,
      List<dev.handctl.action.Binding> bindings, EventScorer scorer) {
    GestureRecognizer recognizer = new GestureRecognizer(gestures, config.geometry(),
        config.gestures().holdIntervalMillis(), config.gestures().speedWindowMillis(), clip.mirrored(),
        config.tracker().rejoinMillis());
    RecordingActionSink sink = new RecordingActionSink(DesktopBounds.ASSUMED);
    ActionDriver driver = new ActionDriver(bindings, gestures, config.pointer(), config.actions(),
        DesktopBounds.ASSUMED, clip.mirrored(), sink, kind -> { });
    driver.keepHandsThroughGaps(config.tracker().rejoinMillis());
    List<GestureEvent> events = new ArrayList<>();
    int[] counts = {0, 0};
    String error = null;
    try (HandsToActions chain = new HandsToActions(new TrackedHandSmoother(config.smoothing()), recognizer, driver);
        BufferedWriter save = saveLandmarksDir == null ? null
            : Files.newBufferedWriter(saveLandmarksDir.resolve(clip.name() + ".jsonl"), StandardCharsets.UTF_8)) {
      FrameListener onFrame = (report, hands, t, w, h) -> {
        if (save != null) {
          try {
            save.write(TrackCommand.frameJson(counts[0], t, w, h, hands).toString());
            save.newLine();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        counts[0]++;
        counts[1] += hands.isEmpty() ? 0 : 1;
        events.addAll(report != null ? chain.onFrame(report, t, w, h) : chain.onFrame(hands, t, w, h));
      };
      Path recorded = landmarksDir == null ? null : landmarksDir.resolve(clip.name() + ".jsonl");
      if (recorded != null && Files.isRegularFile(recorded)) {
        try (LandmarkRecording recording = LandmarkRecording.open(recorded)) {
          for (LandmarkRecording.RecordedFrame f; (f = recording.next()) != null; ) {
            onFrame.accept(null, f.hands(), f.timestampNanos(), f.widthPx(), f.heightPx());
          }
        }
      } else {
        runVideo(clip, config, onFrame);
      }
      events.addAll(chain.endOfStream());
    } catch (IOException | UncheckedIOException | ImageReadException e) {
      error = e.getMessage();
    }
    EventScore score = scorer.score(clip.labels(), events, sink.actions());
    return new ClipRun(clip, counts[0], counts[1], events, sink.actions(), score, error);
  }

  /** Receives one frame's hands: the tracker's report of them, or null for recorded hands. */
  private interface FrameListener {
    void accept(TrackedFrame report, List<TrackedHand> hands, long timestampNanos, int widthPx, int heightPx);
  }

  private void runVideo(EventLabels.Clip clip, HandctlConfig config, FrameListener onFrame) throws ImageReadException {
    if (!Files.isRegularFile(clip.video())) {
      throw new ImageReadException("no video at " + clip.video());
    }
    FrameSource frames = FrameSources.open(clip.video().toString(), 30, false,
        new CameraRetry(config.camera().retryInitialMillis(), config.camera().retryMaxMillis()));
    try (frames; HandEngine engine = new HandEngine(config, common.modelFiles(), StageTimer.NONE)) {
      TrackingLoop loop = new TrackingLoop(frames, engine.tracker(false), clip.mirrored());
      loop.run((frame, hands, start, done) ->
          onFrame.accept(hands, hands.hands(), frame.timestampNanos(), frame.image().width(), frame.image().height()));
    }
  }

  private static void printEvents(PrintWriter out, ClipRun r) {
    out.println();
    out.println(r.clip().name() + " (" + r.frames() + " frames, " + r.framesWithHand() + " with a hand):");
    for (EventLabels.Label l : r.clip().labels()) {
      if (l.type().equals("pinch") || EventScorer.SWIPES.contains(l.type())) {
        out.printf(Locale.ROOT, "  label  %6.2f-%6.2f s  %s%s%n", l.startSeconds(), l.endSeconds(), l.type(),
            l.uncertain() ? " (uncertain)" : "");
      }
    }
    for (GestureEvent e : r.gestures()) {
      if (e.phase() == dev.handctl.gesture.GesturePhase.START
          && (e.name().equals("pinch") || EventScorer.SWIPES.contains(e.name()))) {
        out.printf(Locale.ROOT, "  event  %6.2f s  %s (hand %d)%n", e.timestampNanos() / 1e9, e.name(), e.handId());
      }
    }
    for (RecordedAction a : r.actions()) {
      if (!a.action().equals("move")) {
        out.printf(Locale.ROOT, "  action %6.2f s  %s%s%n", a.timestampNanos() / 1e9, a.action(),
            a.button() != null ? " " + a.button().key() : a.action().equals("scroll")
                ? " dx " + a.scrollX() + " dy " + a.scrollY() : a.key() != null ? " " + a.key() : "");
      }
    }
  }
}
