package dev.handctl.gesture;

import dev.handctl.hand.Handedness;
import dev.handctl.hand.PixelPoint;
import dev.handctl.hand.TrackedHand;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
  private final long speedWindowNanos;
  private final boolean mirrored;
  private volatile List<GestureDefinition> definitions;
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
    this.definitions = List.copyOf(definitions);
    this.geometry = geometry;
    this.holdIntervalNanos = holdIntervalMillis * 1_000_000L;
    this.speedWindowNanos = speedWindowMillis * 1_000_000L;
    this.mirrored = mirrored;
  }

  /**
   * Swaps in new definitions (after a reload); poses under way whose gesture is gone end on the
   * next frame.
   *
   * @param newDefinitions the gestures
   */
  public void setDefinitions(List<GestureDefinition> newDefinitions) {
    this.definitions = List.copyOf(newDefinitions);
  }

  /**
   * Processes one frame.
   *
   * @param frameHands the tracked hands in it
   * @param timestampNanos its capture time
   * @return the events of this frame, hand by hand
   */
  public List<GestureEvent> update(List<TrackedHand> frameHands, long timestampNanos) {
    List<GestureDefinition> defs = definitions;
    List<GestureEvent> events = new ArrayList<>();
    // Hands that are gone end their pose.
    for (var it = hands.entrySet().iterator(); it.hasNext(); ) {
      var e = it.next();
      if (frameHands.stream().noneMatch(h -> h.id() == e.getKey())) {
        HandState s = e.getValue();
        if (s.active != null) {
          events.add(new GestureEvent(timestampNanos, s.active.name(), GesturePhase.END, e.getKey(), s.handedness, 0));
        }
        it.remove();
      }
    }
    for (TrackedHand hand : frameHands) {
      HandState s = hands.computeIfAbsent(hand.id(), id -> new HandState());
      s.handedness = hand.landmarks().handedness();
      HandGeometry g = HandGeometry.of(hand.landmarks(), mirrored, geometry);
      g = g.withSpeed(speed(s, g, timestampNanos));
      updatePose(s, hand.id(), g, defs, timestampNanos, events);
      updateMotion(s, hand.id(), g, defs, timestampNanos, events);
    }
    return events;
  }

  private void updatePose(HandState s, int id, HandGeometry g, List<GestureDefinition> defs, long t,
      List<GestureEvent> events) {
    GestureDefinition current = s.active == null ? null : find(defs, s.active.name());
    double currentScore = current == null ? 0 : current.score(g, true);
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
      double score = d.score(g, false);
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

  /**
   * The hand's speed in hand sizes per second: how far its palm centre moved since the newest of its
   * earlier frames that is at least the speed window old (or its oldest), over the time between.
   */
  private double speed(HandState s, HandGeometry g, long t) {
    PixelPoint c = g.palmCentre();
    Deque<double[]> past = s.centres;
    // Keep one frame at least a window old as the reference, and nothing older.
    while (past.size() >= 2 && t - (long) secondOldest(past)[0] >= speedWindowNanos) {
      past.removeFirst();
    }
    double speed = 0;
    double[] ref = past.peekFirst();
    if (ref != null && t > (long) ref[0]) {
      speed = Math.hypot(c.xPx() - ref[1], c.yPx() - ref[2]) / g.handSizePx() / ((t - (long) ref[0]) / 1e9);
    }
    past.addLast(new double[] {t, c.xPx(), c.yPx()});
    return speed;
  }

  private static double[] secondOldest(Deque<double[]> d) {
    var it = d.iterator();
    it.next();
    return it.next();
  }

  private void updateMotion(HandState s, int id, HandGeometry g, List<GestureDefinition> defs, long t,
      List<GestureEvent> events) {
    PixelPoint centre = g.palmCentre();
    double cx = centre.xPx();
    double cy = centre.yPx();
    for (GestureDefinition d : defs) {
      if (!d.isMotion()) {
        continue;
      }
      MotionRule m = d.motion();
      Deque<double[]> track = s.tracks.computeIfAbsent(d.name(), n -> new ArrayDeque<>());
      boolean poseHeld = m.pose() == null || (s.active != null && s.active.name().equals(m.pose()));
      if (!poseHeld || t < s.motionLockedUntilNanos) {
        track.clear();
        continue;
      }
      track.addLast(new double[] {t, cx, cy});
      while (!track.isEmpty() && t - (long) track.peekFirst()[0] > m.withinMillis() * 1_000_000L) {
        track.removeFirst();
      }
      double[] first = track.peekFirst();
      // Image x grows to the user's left in an ordinary camera picture, to the right in a mirror.
      double dx = (cx - first[1]) / g.handSizePx() * (mirrored ? 1 : -1);
      double dy = (cy - first[2]) / g.handSizePx();
      double along = switch (m.direction()) {
        case LEFT -> -dx;
        case RIGHT -> dx;
        case UP -> -dy;
        case DOWN -> dy;
      };
      double across = m.direction() == FingerDirection.LEFT || m.direction() == FingerDirection.RIGHT
          ? Math.abs(dy) : Math.abs(dx);
      if (along >= m.minDistance() && across <= along / 2) {
        events.add(new GestureEvent(t, d.name(), GesturePhase.START, id, s.handedness, 1.0));
        s.motionLockedUntilNanos = t + m.lockoutMillis() * 1_000_000L;
        s.tracks.values().forEach(Deque::clear);
      }
    }
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
    Handedness handedness;
    GestureDefinition active;
    long lastHoldNanos;
    GestureDefinition candidate;
    long candidateSinceNanos;
    final Map<String, Long> endedAtNanos = new HashMap<>();
    final Map<String, Deque<double[]>> tracks = new HashMap<>();
    /** Earlier palm centres as {t, x, y}, oldest first, for the speed. */
    final Deque<double[]> centres = new ArrayDeque<>();
    long motionLockedUntilNanos = Long.MIN_VALUE;
  }
}
