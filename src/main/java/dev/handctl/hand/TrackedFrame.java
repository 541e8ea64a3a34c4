package dev.handctl.hand;

import java.util.List;

/**
 * One frame's hands and what changed since the frame before, so that whoever keeps per-hand state
 * reads the changes instead of working them out from the ids (BoofCV's PointTracker reports new,
 * active and dropped tracks the same way).
 *
 * <p>A hand is <i>new</i> the frame it is first reported. A hand that leaves the picture is
 * <i>lost</i> that frame; if it comes back with its id (the tracker rejoined it after a short gap,
 * within {@code tracker.rejoinMillis}) it is <i>kept</i>, not new, and whoever held its state may
 * take it up again. A lost hand is <i>forgotten</i> once it can no longer come back: its state may
 * go. A hand lost with no rejoin window is lost and forgotten in the same frame.
 *
 * @param hands the hands in this frame, oldest first
 * @param newHands those of them first seen in this frame (a rejoined hand is not among them)
 * @param lostIds the ids of hands in the previous frame that are not in this one
 * @param forgottenIds the ids of lost hands that will not come back (their rejoin time is over)
 */
public record TrackedFrame(List<TrackedHand> hands, List<TrackedHand> newHands, List<Integer> lostIds,
    List<Integer> forgottenIds) {
  private static final TrackedFrame EMPTY = new TrackedFrame(List.of(), List.of(), List.of(), List.of());

  /** Copies the lists (the empty ones are shared: a frame with no change allocates nothing here). */
  public TrackedFrame {
    hands = List.copyOf(hands);
    newHands = List.copyOf(newHands);
    lostIds = List.copyOf(lostIds);
    forgottenIds = List.copyOf(forgottenIds);
  }

  /** Returns a frame with no hands and no change. */
  public static TrackedFrame empty() {
    return EMPTY;
  }

  /** Returns whether the hand with this id was first seen in this frame. */
  public boolean isNew(int id) {
    for (TrackedHand h : newHands) {
      if (h.id() == id) {
        return true;
      }
    }
    return false;
  }
}
