package dev.handctl.gesture;

import dev.handctl.hand.Handedness;
import dev.handctl.hand.PixelPoint;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The motion half of {@link GestureRecognizer}: each hand's speed and the strokes of its motion
 * gestures (swipes). Kept apart from the pose timing because a stroke is judged over the hand's
 * path, not frame by frame, and has its own lockouts. Not thread-safe; one per recognizer.
 */
final class MotionStrokes {
  private static final Finger[] NON_THUMB = {Finger.INDEX, Finger.MIDDLE, Finger.RING, Finger.PINKY};

  private final boolean mirrored;
  private final long speedWindowNanos;
  private int frameWidthPx;
  private int frameHeightPx;

  MotionStrokes(boolean mirrored, long speedWindowNanos) {
    this.mirrored = mirrored;
    this.speedWindowNanos = speedWindowNanos;
  }

  /** Sets the size of the frame being processed (0: unknown). */
  void frameSize(int widthPx, int heightPx) {
    frameWidthPx = widthPx;
    frameHeightPx = heightPx;
  }

  /**
   * The hand's speed in hand sizes per second: how far its palm centre moved since the newest of its
   * earlier frames that is at least the speed window old (or its oldest), over the time between.
   */
  double speed(Hand s, HandGeometry g, long t) {
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

  /**
   * Follows the hand's strokes for each motion gesture and adds a START event for one that is made.
   *
   * @param s the hand's motion state
   * @param id the hand's id
   * @param handedness the hand's side, for the events
   * @param activePose the name of the hand's pose under way, or null
   * @param g the hand's geometry this frame
   * @param presence the tracker's presence score for the hand
   * @param defs the gestures (only the motion ones are read)
   * @param t the frame's time
   * @param events receives the events
   */
  void update(Hand s, int id, Handedness handedness, String activePose, HandGeometry g, double presence,
      List<GestureDefinition> defs, long t, List<GestureEvent> events) {
    PixelPoint centre = g.palmCentre();
    double cx = centre.xPx();
    double cy = centre.yPx();
    int open = openFingers(g);
    for (GestureDefinition d : defs) {
      if (!d.isMotion()) {
        continue;
      }
      MotionRule m = d.motion();
      Deque<double[]> track = s.tracks.computeIfAbsent(d.name(), n -> new ArrayDeque<>());
      boolean poseHeld = m.pose() == null || (activePose != null && activePose.equals(m.pose()));
      boolean excepted = activePose != null && m.except().contains(activePose);
      if (!poseHeld || excepted || t < s.motionLockedUntilNanos || t - s.firstSeenNanos < m.settleMillis() * 1_000_000L
          || (m.pose() == null && !palmInside(g))) {
        track.clear();
        s.armed.remove(d.name());
        continue;
      }
      double[] previous = track.peekLast();
      track.addLast(new double[] {t, cx, cy, open >= m.openFingers() && presence >= m.minPresence() ? 1 : 0});
      while (!track.isEmpty() && t - (long) track.peekFirst()[0] > m.withinMillis() * 1_000_000L) {
        track.removeFirst();
      }
      double[] armed = s.armed.get(d.name());
      if (armed != null) {
        // The distance is covered; fire when the stroke ends (the hand slows down).
        double dt = previous == null ? 0 : (t - (long) previous[0]) / 1e9;
        double speed = dt <= 0 ? 0 : Math.hypot(cx - previous[1], cy - previous[2]) / g.handSizePx() / dt;
        if (speed <= m.endSpeedShare() * armed[1]) {
          fire(s, id, handedness, d, t, events);
        } else if (t - (long) armed[0] > 2 * m.withinMillis() * 1_000_000L) {
          s.armed.remove(d.name()); // it never stopped: passing through, not a swipe
          track.clear();
        }
        continue;
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
      long shaped = track.stream().filter(e -> e[3] > 0).count();
      boolean goingBack = s.lastMotion != null && s.lastMotion == opposite(m.direction())
          && t - s.lastMotionNanos < m.returnLockoutMillis() * 1_000_000L;
      if (along >= m.minDistance() && across <= along / 2 && 2 * shaped >= track.size() && !goingBack) {
        if (m.endSpeedShare() <= 0) {
          fire(s, id, handedness, d, t, events);
        } else {
          double seconds = Math.max(1e-3, (t - (long) first[0]) / 1e9);
          s.armed.put(d.name(), new double[] {t, along / seconds});
        }
      }
    }
  }

  private static void fire(Hand s, int id, Handedness handedness, GestureDefinition d, long t,
      List<GestureEvent> events) {
    events.add(new GestureEvent(t, d.name(), GesturePhase.START, id, handedness, 1.0));
    s.motionLockedUntilNanos = t + d.motion().lockoutMillis() * 1_000_000L;
    s.lastMotion = d.motion().direction();
    s.lastMotionNanos = t;
    s.tracks.values().forEach(Deque::clear);
    s.armed.clear();
  }

  /**
   * Whether the palm centre is inside the picture (true when its size is unknown): a hand coming in
   * or going out, with most of its palm beyond the edge, makes no stroke.
   */
  private boolean palmInside(HandGeometry g) {
    if (frameWidthPx <= 0 || frameHeightPx <= 0) {
      return true;
    }
    PixelPoint c = g.palmCentre();
    return c.xPx() >= 0 && c.yPx() >= 0 && c.xPx() < frameWidthPx && c.yPx() < frameHeightPx;
  }

  /** How many of index, middle, ring and pinky are not curled: 4 for a flat hand, 1 for pointing. */
  private static int openFingers(HandGeometry g) {
    int n = 0;
    for (Finger f : NON_THUMB) {
      n += g.curls().get(f) != FingerCurl.CURLED ? 1 : 0;
    }
    return n;
  }

  private static FingerDirection opposite(FingerDirection d) {
    return switch (d) {
      case LEFT -> FingerDirection.RIGHT;
      case RIGHT -> FingerDirection.LEFT;
      case UP -> FingerDirection.DOWN;
      case DOWN -> FingerDirection.UP;
    };
  }

  /** What one hand's strokes and speed remember; kept while a lost hand may still be rejoined. */
  static final class Hand {
    /** When the hand was first seen, so that a new hand settles before it can swipe. */
    final long firstSeenNanos;
    /** Per motion gesture: the stroke's recent frames as {t, x, y, shaped (1) or not (0)}. */
    final Map<String, Deque<double[]>> tracks = new HashMap<>();
    /** Earlier palm centres as {t, x, y}, oldest first, for the speed. */
    final Deque<double[]> centres = new ArrayDeque<>();
    long motionLockedUntilNanos = Long.MIN_VALUE;
    /** Per motion gesture whose distance is covered: {when, the stroke's mean speed in hand sizes/s}. */
    final Map<String, double[]> armed = new HashMap<>();
    FingerDirection lastMotion;
    long lastMotionNanos;

    Hand(long firstSeenNanos) {
      this.firstSeenNanos = firstSeenNanos;
    }
  }
}
