package dev.handctl.gesture;

import dev.handctl.hand.HandChanges;
import dev.handctl.hand.Handedness;
import dev.handctl.hand.TrackedFrame;
import dev.handctl.hand.TrackedHand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns each frame's tracked hands into gesture events, with the timing that keeps gestures from
 * flickering: a pose must hold for its {@code confirmMillis} before it starts; once started it
 * lasts until its score falls under its {@code exitScore} (hysteresis, and distance rules switch to
 * their release bounds); after it ends it cannot start again within its {@code refractoryMillis}.
 * Each hand has one pose at a time and its own state, so one hand never blocks the other. Motion
 * gestures watch the hand's centre while it holds their pose and fire once when it has travelled
 * far and fast enough, then lock that hand's motion gestures out for a while. Each hand's speed (for
 * {@code speed} rules) is measured from its palm centre over the frames' real timestamps.
 *
 * <p>Directions are as the user sees them: with an ordinary (not mirrored) camera picture, a hand
 * moving to the user's left moves to the right of the image. Not thread-safe; one per stream.
 */
public final class GestureRecognizer {
  private final GeometryConfig geometry;
  private final long holdIntervalNanos;
  private final boolean mirrored;
  /** Speeds and swipe strokes, hand by hand; the poses are timed here. */
  private final MotionStrokes motion;
  private final long keepLostMillis;
  /** Works out the changes for callers that give plain lists of hands. */
  private final HandChanges listChanges;
  /**
   * The gestures, how far back their rules look and the closing-fingers signal they define, swapped
   * together on a reload.
   */
  private record Definitions(List<GestureDefinition> list, long historyNanos, FingerClosures closures) {
    static Definitions of(List<GestureDefinition> defs) {
      return new Definitions(List.copyOf(defs), GestureRecognizer.historyNanos(defs), new FingerClosures(defs));
    }
  }

  private volatile Definitions definitions;
  /** The last frame's closing-fingers signal (of the definitions that frame was read with). */
  private FingerClosures closures = FingerClosures.NONE;
  private final Map<Integer, HandState> hands = new HashMap<>();

  /**
   * Creates a recognizer.
   *
   * @param definitions the gestures, static and motion
   * @param geometry curl and palm thresholds
   * @param holdIntervalMillis at most one hold event per gesture and hand this often
   * @param speedWindowMillis a hand's speed is measured against its position at least this long ago
   *     (0: the previous frame)
   * @param mirrored whether frames are a mirrored (selfie) view (directions, and the side of the
   *     hand shown)
   */
  public GestureRecognizer(List<GestureDefinition> definitions, GeometryConfig geometry, long holdIntervalMillis,
      long speedWindowMillis, boolean mirrored) {
    this(definitions, geometry, holdIntervalMillis, speedWindowMillis, mirrored, 0);
  }

  /**
   * Creates a recognizer that remembers a hand's motion through short gaps in its tracking.
   *
   * @param definitions the gestures, static and motion
   * @param geometry curl and palm thresholds
   * @param holdIntervalMillis at most one hold event per gesture and hand this often
   * @param speedWindowMillis a hand's speed is measured against its position at least this long ago
   * @param mirrored whether frames are a mirrored (selfie) view
   * @param keepLostMillis for frames given as plain lists: a hand missing from the frames for up to
   *     this long and then back (with its id: the tracker rejoined it) keeps its strokes and speed
   *     history; its pose ends at once. Frames given with their {@link TrackedFrame} report follow
   *     the report instead (the tracker's {@code rejoinMillis})
   */
  public GestureRecognizer(List<GestureDefinition> definitions, GeometryConfig geometry, long holdIntervalMillis,
      long speedWindowMillis, boolean mirrored, long keepLostMillis) {
    this.keepLostMillis = keepLostMillis;
    this.listChanges = new HandChanges(keepLostMillis);
    this.definitions = Definitions.of(definitions);
    this.geometry = geometry;
    this.holdIntervalNanos = holdIntervalMillis * 1_000_000L;
    this.mirrored = mirrored;
    this.motion = new MotionStrokes(mirrored, speedWindowMillis * 1_000_000L);
  }

  /**
   * Swaps in new definitions (after a reload); poses under way whose gesture is gone end on the
   * next frame.
   *
   * @param newDefinitions the gestures
   */
  public void setDefinitions(List<GestureDefinition> newDefinitions) {
    this.definitions = Definitions.of(newDefinitions);
  }

  /**
   * Processes one frame.
   *
   * @param frameHands the tracked hands in it
   * @param timestampNanos its capture time
   * @return the events of this frame, hand by hand
   */
  public List<GestureEvent> update(List<TrackedHand> frameHands, long timestampNanos) {
    return update(frameHands, timestampNanos, 0, 0);
  }

  /**
   * Processes one frame whose size is known: a hand whose palm is partly outside the picture
   * (coming in or going out) makes no stroke for a motion gesture.
   *
   * @param frameHands the tracked hands in it
   * @param timestampNanos its capture time
   * @param widthPx the frame's width (0: unknown)
   * @param heightPx the frame's height (0: unknown)
   * @return the events of this frame, hand by hand
   */
  public List<GestureEvent> update(List<TrackedHand> frameHands, long timestampNanos, int widthPx, int heightPx) {
    return update(listChanges.next(frameHands, timestampNanos), timestampNanos, widthPx, heightPx);
  }

  /**
   * Returns the last frame's "fingers closing" signal: how far each hand's fingers are from each
   * gesture made by closing them (a pinch). Valid until the next frame; read on the thread that
   * calls {@code update}.
   *
   * @return the signal, measured on the hands of the last frame's report (the model's keypoints)
   */
  public FingerClosures fingerClosures() {
    return closures;
  }

  /** Returns how long a lost hand may come back and keep its history, for plain lists of hands. */
  public long keepLostMillis() {
    return keepLostMillis;
  }

  /**
   * Processes one frame whose changes are known (the tracker's report): a lost hand ends its pose
   * at once and keeps its strokes and speed history until it is forgotten; back before that (kept,
   * with its id) it takes them up again. Give every frame this way or every frame as a list.
   *
   * @param frame the tracked hands and what changed
   * @param timestampNanos its capture time
   * @param widthPx the frame's width (0: unknown)
   * @param heightPx the frame's height (0: unknown)
   * @return the events of this frame, hand by hand
   */
  public List<GestureEvent> update(TrackedFrame frame, long timestampNanos, int widthPx, int heightPx) {
    return update(frame.hands(), frame, timestampNanos, widthPx, heightPx);
  }

  /**
   * Processes one frame whose changes are known, with the hands as the gestures should see them
   * (smoothed: the same hands, with other keypoints, so the report holds for them).
   *
   * @param frameHands the tracked hands in it, smoothed
   * @param frame what changed (its hands are not read)
   * @param timestampNanos its capture time
   * @param widthPx the frame's width (0: unknown)
   * @param heightPx the frame's height (0: unknown)
   * @return the events of this frame, hand by hand
   */
  public List<GestureEvent> update(List<TrackedHand> frameHands, TrackedFrame frame, long timestampNanos,
      int widthPx, int heightPx) {
    motion.frameSize(widthPx, heightPx);
    Definitions rules = definitions;
    List<GestureDefinition> defs = rules.list();
    // On the frame's own hands (the model's keypoints, when the caller smoothed the others).
    closures = rules.closures();
    closures.measure(frame.hands());
    List<GestureEvent> events = new ArrayList<>();
    // Hands that are gone end their pose at once; their motion is remembered until they are
    // forgotten (the tracker will not rejoin them any more).
    if (!frame.lostIds().isEmpty() || !frame.forgottenIds().isEmpty()) {
      for (var it = hands.entrySet().iterator(); it.hasNext(); ) {
        var e = it.next();
        if (frame.lostIds().contains(e.getKey())) {
          HandState s = e.getValue();
          if (s.active != null) {
            events.add(new GestureEvent(timestampNanos, s.active.name(), GesturePhase.END, e.getKey(), s.handedness,
                0));
            s.endedAtNanos.put(s.active.name(), timestampNanos);
            s.active = null;
            s.candidate = null;
          }
        }
        if (frame.forgottenIds().contains(e.getKey())) {
          it.remove();
        }
      }
    }
    for (TrackedHand hand : frameHands) {
      HandState s = hands.computeIfAbsent(hand.id(), id -> new HandState(timestampNanos));
      s.handedness = hand.landmarks().handedness();
      HandGeometry g = HandGeometry.of(hand.landmarks(), mirrored, geometry);
      g = g.withSpeed(motion.speed(s.motion, g, timestampNanos));
      s.history.remember(g, timestampNanos, rules.historyNanos());
      updatePose(s, hand.id(), g, defs, timestampNanos, events);
      motion.update(s.motion, hand.id(), s.handedness, s.active == null ? null : s.active.name(), g,
          hand.landmarks().presence(), defs, timestampNanos, events);
    }
    return events;
  }

  private void updatePose(HandState s, int id, HandGeometry g, List<GestureDefinition> defs, long t,
      List<GestureEvent> events) {
    GestureDefinition current = s.active == null ? null : find(defs, s.active.name());
    double currentScore = current == null ? 0 : current.score(g, true, s.history);
    boolean holding = current != null && currentScore >= current.exitScore();
    // The best pose that could start now; while one holds, only a higher-priority one (a pinch
    // made with an open hand) may take over.
    GestureDefinition best = null;
    double bestScore = -1;
    for (GestureDefinition d : defs) {
      if (d.isMotion() || (s.active != null && d.name().equals(s.active.name()))) {
        continue;
      }
      if (holding && d.priority() <= current.priority()) {
        continue;
      }
      Long ended = s.endedAtNanos.get(d.name());
      if (ended != null && t - ended < d.refractoryMillis() * 1_000_000L) {
        continue;
      }
      double score = d.score(g, false, s.history);
      if (score >= d.enterScore() && (score > bestScore || (score == bestScore && d.priority() > best.priority()))) {
        best = d;
        bestScore = score;
      }
    }
    if (best == null) {
      s.candidate = null;
    } else if (s.candidate == null || !s.candidate.name().equals(best.name())) {
      s.candidate = best;
      s.candidateSinceNanos = t;
    }
    boolean confirmed = best != null && t - s.candidateSinceNanos >= best.confirmMillis() * 1_000_000L;
    if (holding && !confirmed) {
      s.active = current;
      if (t - s.lastHoldNanos >= holdIntervalNanos) {
        s.lastHoldNanos = t;
        events.add(new GestureEvent(t, current.name(), GesturePhase.HOLD, id, s.handedness, currentScore));
      }
      return;
    }
    if (s.active != null) {
      events.add(new GestureEvent(t, s.active.name(), GesturePhase.END, id, s.handedness, currentScore));
      s.endedAtNanos.put(s.active.name(), t);
      s.active = null;
    }
    if (confirmed) {
      s.active = best;
      s.candidate = null;
      s.lastHoldNanos = t;
      events.add(new GestureEvent(t, best.name(), GesturePhase.START, id, s.handedness, bestScore));
    }
  }

  /** How far back the rules in use look: the longest closing or steady window. */
  private static long historyNanos(List<GestureDefinition> defs) {
    long millis = 0;
    for (GestureDefinition d : defs) {
      for (GestureDefinition.DistanceRule r : d.distances()) {
        millis = r.closing() != null ? Math.max(millis, r.closing().withinMillis()) : millis;
      }
      millis = d.steady() != null ? Math.max(millis, d.steady().withinMillis()) : millis;
      for (GestureDefinition.FingerRule r : d.fingers()) {
        millis = Math.max(millis, r.recentMillis());
      }
    }
    return millis * 1_000_000L;
  }

  private static GestureDefinition find(List<GestureDefinition> defs, String name) {
    for (GestureDefinition d : defs) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    return null;
  }

  /** What the recognizer remembers of one hand. */
  private static final class HandState {
    /** The hand's recent frames, for the rules that look back. */
    final HandHistory history = new HandHistory();
    /** Its speed and strokes, which outlive a pose (they are kept while the hand may be rejoined). */
    final MotionStrokes.Hand motion;
    Handedness handedness;
    GestureDefinition active;
    long lastHoldNanos;
    GestureDefinition candidate;
    long candidateSinceNanos;
    final Map<String, Long> endedAtNanos = new HashMap<>();

    HandState(long firstSeenNanos) {
      this.motion = new MotionStrokes.Hand(firstSeenNanos);
    }
  }
}
