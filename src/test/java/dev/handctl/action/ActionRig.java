package dev.handctl.action;

import dev.handctl.config.ConfigLoader;
import dev.handctl.config.HandctlConfig;
import dev.handctl.filter.TrackedHandSmoother;
import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GestureEvent;
import dev.handctl.gesture.GestureRecognizer;
import dev.handctl.gesture.file.GestureFileLoader;
import dev.handctl.hand.TrackedHand;
import dev.handctl.pipeline.HandsToActions;
import dev.handctl.testing.LandmarkScript;
import dev.handctl.testing.RealHands;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The daemon's chain after tracking ({@link HandsToActions}), as it runs it: keypoint smoothing, the shipped gestures, the
 * shipped bindings and the default settings, into a recording sink on a 1920x1080 desktop.
 */
final class ActionRig {
  static final DesktopBounds DESKTOP = new DesktopBounds(0, 0, 1920, 1080);

  final HandctlConfig config = ConfigLoader.defaults();
  final List<GestureDefinition> gestures = GestureFileLoader.load(List.of(Path.of("gestures"))).definitions();
  final RecordingActionSink sink = new RecordingActionSink(DESKTOP);
  final List<GestureEvent> events = new ArrayList<>();
  final List<ActionKind> pauseRequests = new ArrayList<>();
  final ActionDriver driver;
  private final HandsToActions chain;

  ActionRig(boolean mirrored) {
    this(mirrored, Path.of("gestures", "bindings.yaml"));
  }

  ActionRig(boolean mirrored, Path bindingsFile) {
    this(mirrored, bindingsFile, null);
  }

  /** With other pointer settings (null: the defaults). */
  ActionRig(boolean mirrored, Path bindingsFile, PointerSettings pointer) {
    this(mirrored, bindingsFile, pointer, null);
  }

  /** With other pointer and safety settings (null: the defaults). */
  ActionRig(boolean mirrored, Path bindingsFile, PointerSettings pointer, SafetySettings safety) {
    GestureRecognizer recognizer = new GestureRecognizer(gestures, config.geometry(),
        config.gestures().holdIntervalMillis(), config.gestures().speedWindowMillis(), mirrored,
        config.tracker().rejoinMillis());
    BindingFileLoader.Result r = BindingFileLoader.load(bindingsFile, gestures, config.hotkey().pause());
    if (!r.clean()) {
      throw new IllegalStateException(r.problemReport());
    }
    driver = new ActionDriver(r.bindings(), gestures, pointer != null ? pointer : config.pointer(),
        safety != null ? safety : config.actions(), DESKTOP, mirrored, sink,
        pauseRequests::add);
    driver.keepHandsThroughGaps(config.tracker().rejoinMillis());
    chain = new HandsToActions(new TrackedHandSmoother(config.smoothing()), recognizer, driver);
  }

  /** Runs frames [from, to) of the scripts (their hands together), calling {@code each} before each frame. */
  void run(int from, int to, IntConsumer each, LandmarkScript... scripts) {
    for (int i = from; i < to; i++) {
      each.accept(i);
      List<TrackedHand> hands = new ArrayList<>();
      for (LandmarkScript s : scripts) {
        if (i < s.size()) {
          hands.addAll(s.hands(i));
        }
      }
      long t = LandmarkScript.timestampNanos(i);
      events.addAll(chain.onFrame(hands, t, RealHands.WIDTH_PX, RealHands.HEIGHT_PX));
    }
  }

  void run(LandmarkScript script) {
    run(0, script.size(), i -> { }, script);
  }

  List<RecordedAction> actions(String kind) {
    return sink.actions().stream().filter(a -> a.action().equals(kind)).toList();
  }

  /** The pointer's position at the last action at or before frame i (the desktop's middle before any). */
  DesktopPoint pointerAtFrame(int i) {
    DesktopPoint p = new DesktopPoint(DESKTOP.widthPx() / 2, DESKTOP.heightPx() / 2);
    for (RecordedAction a : sink.actions()) {
      if (a.timestampNanos() <= LandmarkScript.timestampNanos(i)) {
        p = new DesktopPoint(a.xPx(), a.yPx());
      }
    }
    return p;
  }
}
