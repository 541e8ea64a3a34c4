package dev.handctl.action;

import dev.handctl.hand.HandChanges;
import dev.handctl.hand.TrackedFrame;
import dev.handctl.hand.TrackedHand;
import dev.handctl.action.Engagement.EndReason;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hands the {@link ActionDriver} knows, in the order they came into view, kept up to date from
 * each frame's {@link TrackedFrame} report: a lost hand ends what it was doing and is dropped; one
 * that comes back kept (the tracker rejoined it) before the report forgets it keeps its settle
 * time; a new one starts settling.
 *
 * <p>Not thread-safe; the driver serialises all calls.
 */
final class HandRoster {
  private final LastingBindings lasting;
  private final Map<Integer, HandRecord> hands = new LinkedHashMap<>();
  /** Lost hands that may still come back with their id: id to when first seen. */
  private final Map<Integer, Long> recentlyLost = new HashMap<>();
  private boolean keepLost;
  /** Which hands are new, lost and forgotten, frame by frame; outlives the chains that feed it. */
  private HandChanges changes = new HandChanges(0);

  HandRoster(LastingBindings lasting) {
    this.lasting = lasting;
  }

  /** Sets the rejoin time: how long a lost hand may come back and keep its settle time (0: never). */
  void keepThroughGaps(long millis) {
    keepLost = millis > 0;
    changes = new HandChanges(Math.max(0, millis));
  }

  HandChanges changes() {
    return changes;
  }

  /** Takes in a frame's hands (the report's, or worked out here when the frame has none). */
  void update(HandFrame frame, long nowNanos) {
    TrackedFrame report = frame.changes() != null ? frame.changes() : changes.next(frame.hands(), nowNanos);
    if (!report.lostIds().isEmpty()) {
      // Hands that are gone end whatever they were doing (in the order they came into view).
      for (Iterator<HandRecord> it = hands.values().iterator(); it.hasNext(); ) {
        HandRecord h = it.next();
        if (report.lostIds().contains(h.id)) {
          lasting.end(h, EndReason.HAND_LOST, null);
          it.remove();
          if (keepLost) {
            recentlyLost.put(h.id, h.firstSeenNanos);
          }
        }
      }
    }
    for (Integer id : report.forgottenIds()) {
      recentlyLost.remove(id);
    }
    for (TrackedHand t : frame.hands()) {
      HandRecord h = hands.get(t.id());
      if (h == null) {
        // A hand the tracker rejoined after a short gap (kept, not new) has settled already.
        Long firstSeen = report.isNew(t.id()) ? null : recentlyLost.remove(t.id());
        h = new HandRecord(t.id(), firstSeen != null ? firstSeen : nowNanos);
        h.settleSeen = firstSeen != null; // a rejoined hand settled before it was lost
        hands.put(t.id(), h);
      }
      h.handedness = t.landmarks().handedness();
      h.keypoints = t.landmarks().keypoints();
      h.rawKeypoints = h.keypoints;
      if (!h.settleSeen) {
        h.measureSettleTravel();
      }
    }
    for (TrackedHand t : frame.rawHands()) {
      HandRecord h = hands.get(t.id());
      if (h != null) {
        h.rawKeypoints = t.landmarks().keypoints();
      }
    }
  }

  /** Returns a hand by its id, or null. */
  HandRecord get(int id) {
    return hands.get(id);
  }

  /** Returns the hands, the one in view longest first. */
  Collection<HandRecord> all() {
    return hands.values();
  }

  /** Returns the primary hand's id (the one in view longest); only while there are hands. */
  int primaryId() {
    return hands.keySet().iterator().next();
  }

  /** Forgets every hand at once (their bindings were ended); lost ones may still come back. */
  void clear() {
    hands.clear();
  }
}
