package dev.handctl.eval;

import dev.handctl.action.RecordedAction;
import dev.handctl.gesture.GestureEvent;
import dev.handctl.gesture.GesturePhase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Matches what handctl did on a clip against the clip's labels. The rules:
 *
 * <ul>
 *   <li>A label's window is its interval widened by the tolerance on both sides (0.4 s: the labels
 *       were set by eye from frames, about ±0.2 s, and a pinch is recognised as it closes).
 *   <li>A certain pinch label is <b>recognised</b> when a pinch gesture starts in its window, and
 *       <b>acted on</b> when a button press falls in it: a <b>click</b> when the button is released
 *       before the pointer moves, else a <b>drag</b>. A pinch lasting at least the hold time is
 *       expected to drag.
 *   <li>A certain swipe label is recognised when a swipe of its direction fires in its window, and
 *       scrolled when that frame's swipe also scrolled.
 *   <li>Each observed event matches at most one label and each label at most one event of a kind,
 *       earliest first. An event matched to no certain label is <b>false</b> (a second press for
 *       one pinch is a false click; a swipe of the wrong direction is a false swipe), except inside
 *       the window of an uncertain label of its kind, where it counts neither way.
 *   <li>A static pose other than the pinch that ends within the flash time of its start is a
 *       <b>flash</b>: a shape passed through, which a binding would have fired on.
 * </ul>
 */
public final class EventScorer {
  /** Swipe gestures and the label types that name them. */
  public static final Set<String> SWIPES = Set.of("swipe_left", "swipe_right", "swipe_up", "swipe_down");

  private final double toleranceSeconds;
  private final double holdSeconds;
  private final String pinchGesture;
  private final long flashNanos;

  /**
   * Creates a scorer.
   *
   * @param toleranceSeconds how far outside a label's interval an event still matches it
   * @param holdSeconds a pinch label at least this long expects a drag rather than a click
   * @param pinchGesture the gesture name that is a pinch
   */
  public EventScorer(double toleranceSeconds, double holdSeconds, String pinchGesture) {
    this(toleranceSeconds, holdSeconds, pinchGesture, 300);
  }

  /**
   * Creates a scorer.
   *
   * @param toleranceSeconds how far outside a label's interval an event still matches it
   * @param holdSeconds a pinch label at least this long expects a drag rather than a click
   * @param pinchGesture the gesture name that is a pinch
   * @param flashMillis a pose that lasts less than this is a flash
   */
  public EventScorer(double toleranceSeconds, double holdSeconds, String pinchGesture, long flashMillis) {
    this.flashNanos = flashMillis * 1_000_000L;
    this.toleranceSeconds = toleranceSeconds;
    this.holdSeconds = holdSeconds;
    this.pinchGesture = pinchGesture;
  }

  /**
   * Scores one clip.
   *
   * @param labels the clip's labels
   * @param gestures the gesture events handctl produced, timestamps in nanoseconds from the clip's start
   * @param actions the actions they caused, same clock
   * @return the counts
   */
  public EventScore score(List<EventLabels.Label> labels, List<GestureEvent> gestures, List<RecordedAction> actions) {
    List<EventLabels.Label> pinchLabels = labels.stream().filter(l -> l.type().equals("pinch")).toList();
    List<EventLabels.Label> swipeLabels = labels.stream().filter(l -> SWIPES.contains(l.type())).toList();

    List<Double> pinchStarts = new ArrayList<>();
    List<Double> swipeTimes = new ArrayList<>();
    List<String> swipeNames = new ArrayList<>();
    Map<Long, String> swipeAtFrame = new HashMap<>();
    for (GestureEvent e : gestures) {
      if (e.phase() != GesturePhase.START) {
        continue;
      }
      if (e.name().equals(pinchGesture)) {
        pinchStarts.add(seconds(e.timestampNanos()));
      } else if (SWIPES.contains(e.name())) {
        swipeTimes.add(seconds(e.timestampNanos()));
        swipeNames.add(e.name());
        swipeAtFrame.putIfAbsent(e.timestampNanos(), e.name());
      }
    }
    List<Double> pressTimes = new ArrayList<>();
    List<Boolean> pressDragged = new ArrayList<>();
    List<Double> scrollTimes = new ArrayList<>();
    List<String> scrollFrom = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      RecordedAction a = actions.get(i);
      if (a.action().equals("press")) {
        pressTimes.add(seconds(a.timestampNanos()));
        pressDragged.add(movedBeforeRelease(actions, i));
      } else if (a.action().equals("scroll")) {
        scrollTimes.add(seconds(a.timestampNanos()));
        scrollFrom.add(swipeAtFrame.getOrDefault(a.timestampNanos(), ""));
      }
    }

    // Pinches.
    int[] pinchMatch = match(pinchLabels, pinchStarts, null, null);
    int[] pressMatch = match(pinchLabels, pressTimes, null, null);
    int certainPinches = 0;
    int recognised = 0;
    int acted = 0;
    int clicks = 0;
    int drags = 0;
    int held = 0;
    int heldDragged = 0;
    for (int i = 0; i < pinchLabels.size(); i++) {
      EventLabels.Label l = pinchLabels.get(i);
      if (l.uncertain()) {
        continue;
      }
      certainPinches++;
      boolean isHeld = l.endSeconds() - l.startSeconds() >= holdSeconds;
      held += isHeld ? 1 : 0;
      if (pinchMatch[i] >= 0) {
        recognised++;
      }
      if (pressMatch[i] >= 0) {
        acted++;
        boolean dragged = pressDragged.get(pressMatch[i]);
        clicks += dragged ? 0 : 1;
        drags += dragged ? 1 : 0;
        heldDragged += isHeld && dragged ? 1 : 0;
      }
    }
    int falsePinches = unmatched(pinchLabels, pinchStarts, pinchMatch);
    int falseClicks = unmatched(pinchLabels, pressTimes, pressMatch);

    // Swipes.
    List<String> labelTypes = swipeLabels.stream().map(EventLabels.Label::type).toList();
    int[] swipeMatch = match(swipeLabels, swipeTimes, swipeNames, labelTypes);
    int[] scrollMatch = match(swipeLabels, scrollTimes, scrollFrom, labelTypes);
    Map<String, Integer> perDirection = new TreeMap<>();
    Map<String, Integer> recognisedPerDirection = new TreeMap<>();
    int scrolled = 0;
    for (int i = 0; i < swipeLabels.size(); i++) {
      EventLabels.Label l = swipeLabels.get(i);
      if (l.uncertain()) {
        continue;
      }
      perDirection.merge(l.type(), 1, Integer::sum);
      recognisedPerDirection.merge(l.type(), swipeMatch[i] >= 0 ? 1 : 0, Integer::sum);
      scrolled += scrollMatch[i] >= 0 ? 1 : 0;
    }
    // A swipe or scroll inside an uncertain swipe label's window counts neither way, whatever its
    // direction: the label could not be sure of the movement.
    int falseSwipes = unmatched(swipeLabels, swipeTimes, swipeMatch);
    int falseScrolls = unmatched(swipeLabels, scrollTimes, scrollMatch);
    int[] poses = poses(gestures);
    return new EventScore(certainPinches, recognised, acted, clicks, drags, held, heldDragged, falsePinches,
        falseClicks, perDirection, recognisedPerDirection, scrolled, falseSwipes, falseScrolls, poses[0], poses[1]);
  }

  /** Counts static poses (not the pinch) that started, and those that ended within the flash time. */
  private int[] poses(List<GestureEvent> gestures) {
    Map<String, Long> started = new HashMap<>();
    int starts = 0;
    int flashes = 0;
    for (GestureEvent e : gestures) {
      if (SWIPES.contains(e.name()) || e.name().equals(pinchGesture)) {
        continue;
      }
      String key = e.handId() + "/" + e.name();
      if (e.phase() == GesturePhase.START) {
        started.put(key, e.timestampNanos());
        starts++;
      } else if (e.phase() == GesturePhase.END) {
        Long t = started.remove(key);
        flashes += t != null && e.timestampNanos() - t < flashNanos ? 1 : 0;
      }
    }
    return new int[] {starts, flashes};
  }

  /**
   * Matches events to certain labels one to one, earliest event first, each to the earliest
   * unmatched label whose window holds it (and whose type equals the event's kind, when kinds are
   * given).
   *
   * @return per label, the index of its event, or -1
   */
  private int[] match(List<EventLabels.Label> labels, List<Double> times, List<String> kinds, List<String> labelKinds) {
    int[] matched = new int[labels.size()];
    java.util.Arrays.fill(matched, -1);
    for (int e = 0; e < times.size(); e++) {
      for (int l = 0; l < labels.size(); l++) {
        EventLabels.Label label = labels.get(l);
        if (matched[l] < 0 && !label.uncertain() && inWindow(label, times.get(e))
            && (kinds == null || kinds.get(e).equals(labelKinds.get(l)))) {
          matched[l] = e;
          break;
        }
      }
    }
    return matched;
  }

  /** Counts events matched to no label and outside every uncertain label's window. */
  private int unmatched(List<EventLabels.Label> labels, List<Double> times, int[] matched) {
    boolean[] used = new boolean[times.size()];
    for (int m : matched) {
      if (m >= 0) {
        used[m] = true;
      }
    }
    int n = 0;
    for (int e = 0; e < times.size(); e++) {
      if (used[e]) {
        continue;
      }
      double t = times.get(e);
      boolean excused = labels.stream().anyMatch(l -> l.uncertain() && inWindow(l, t));
      n += excused ? 0 : 1;
    }
    return n;
  }

  private boolean inWindow(EventLabels.Label l, double t) {
    return t >= l.startSeconds() - toleranceSeconds && t <= l.endSeconds() + toleranceSeconds;
  }

  /** Whether the pointer moved between the press at {@code i} and the release of its button. */
  private static boolean movedBeforeRelease(List<RecordedAction> actions, int i) {
    RecordedAction press = actions.get(i);
    for (int j = i + 1; j < actions.size(); j++) {
      RecordedAction a = actions.get(j);
      if (a.action().equals("release") && a.button() == press.button()) {
        return false;
      }
      if (a.action().equals("move")) {
        return true;
      }
    }
    return false;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
