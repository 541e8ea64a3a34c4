package dev.handctl.hand;

import dev.handctl.hand.track.HandTracker;
import java.util.ArrayList;
import java.util.List;

/**
 * Works out each frame's {@link TrackedFrame} report from the ids of its hands: the
 * {@link HandTracker} uses it on its own output, and so does a stream of hands that comes from
 * elsewhere (a landmark recording replayed). A hand missing and back with its id within
 * {@code rejoinMillis} of the frame it went missing is kept; later it is new. The tracker itself
 * only gives a lost hand's id back within that time ({@code tracker.rejoinMillis}), so on its
 * output every rejoined hand is kept.
 *
 * <p>Steady frames (no hand found or lost) allocate nothing here. Not thread-safe; one per stream.
 */
public final class HandChanges {
  private final long rejoinNanos;
  /** The ids of the previous frame's hands. */
  private int[] previousIds = new int[4];
  private int previousCount;
  /** Lost hands that may still come back: {id, lost at}. */
  private final List<long[]> gone = new ArrayList<>();
  /** Set by {@link #reset()}: the next frame forgets every lost hand. */
  private boolean restart;

  /**
   * Creates a report with no hands seen.
   *
   * @param rejoinMillis how long a lost hand may come back with its id and count as kept (0: never)
   */
  public HandChanges(long rejoinMillis) {
    this.rejoinNanos = Math.max(0, rejoinMillis) * 1_000_000L;
  }

  /**
   * Reports a frame.
   *
   * @param hands the frame's hands
   * @param timestampNanos its capture time
   * @return the hands and what changed
   */
  public TrackedFrame next(List<TrackedHand> hands, long timestampNanos) {
    List<Integer> forgotten = List.of();
    for (int i = gone.size() - 1; i >= 0; i--) {
      long[] g = gone.get(i);
      if (restart || timestampNanos - g[1] > rejoinNanos || timestampNanos < g[1]) {
        forgotten = add(forgotten, (int) g[0]);
        gone.remove(i);
      }
    }
    List<Integer> lost = List.of();
    for (int i = 0; i < previousCount; i++) {
      int id = previousIds[i];
      if (restart || !contains(hands, id)) {
        lost = add(lost, id);
        if (rejoinNanos > 0 && !restart) {
          gone.add(new long[] {id, timestampNanos});
        } else {
          forgotten = add(forgotten, id);
        }
      }
    }
    List<TrackedHand> fresh = List.of();
    for (TrackedHand h : hands) {
      if (restart || (!wasPrevious(h.id()) && !rejoined(h.id()))) {
        if (fresh.isEmpty()) {
          fresh = new ArrayList<>(2);
        }
        fresh.add(h);
      }
    }
    restart = false;
    if (previousIds.length < hands.size()) {
      previousIds = new int[hands.size()];
    }
    previousCount = hands.size();
    for (int i = 0; i < previousCount; i++) {
      previousIds[i] = hands.get(i).id();
    }
    if (hands.isEmpty() && fresh.isEmpty() && lost.isEmpty() && forgotten.isEmpty()) {
      return TrackedFrame.empty();
    }
    return new TrackedFrame(hands, fresh, lost, forgotten);
  }

  /**
   * Starts afresh (the tracker forgot its hands): the next frame reports the previous frame's hands
   * lost and every lost hand forgotten, and none of them may come back as kept.
   */
  public void reset() {
    restart = true;
  }

  private boolean wasPrevious(int id) {
    for (int i = 0; i < previousCount; i++) {
      if (previousIds[i] == id) {
        return true;
      }
    }
    return false;
  }

  /** Whether a lost hand came back in time; it is not lost any more. */
  private boolean rejoined(int id) {
    for (int i = 0; i < gone.size(); i++) {
      if (gone.get(i)[0] == id) {
        gone.remove(i);
        return true;
      }
    }
    return false;
  }

  private static boolean contains(List<TrackedHand> hands, int id) {
    for (TrackedHand h : hands) {
      if (h.id() == id) {
        return true;
      }
    }
    return false;
  }

  private static List<Integer> add(List<Integer> ids, int id) {
    List<Integer> out = ids.isEmpty() ? new ArrayList<>(2) : ids;
    out.add(id);
    return out;
  }
}
