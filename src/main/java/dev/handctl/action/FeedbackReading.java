package dev.handctl.action;

import dev.handctl.action.Engagement.DragState;
import dev.handctl.gesture.FingerClosures;
import java.util.List;
import java.util.function.BiPredicate;

/** Reads the {@link ActionDriver}'s parts into a {@link PointerFeedback}; the driver holds its lock meanwhile. */
final class FeedbackReading {
  private FeedbackReading() {}

  static void fill(PointerFeedback into, boolean paused, HandRoster roster, PointerSteering pointer,
      PressLedger ledger, List<Binding> bindings, FingerClosures closures, BiPredicate<Binding, HandRecord> matches,
      double dwellProgress) {
    PointerFeedback.Mode mode = paused ? PointerFeedback.Mode.PAUSED : null;
    int handId = pointer.owned() ? pointer.ownerId() : -1;
    for (HandRecord h : roster.all()) {
      for (Engagement g : h.engaged) {
        if (mode == null && g.drag == DragState.DRAGGING) {
          mode = PointerFeedback.Mode.DRAGGING;
          handId = h.id;
        } else if (mode == null && g.drag == DragState.ARMED) {
          mode = PointerFeedback.Mode.AIMING;
          handId = h.id;
        }
      }
    }
    if (mode == null) {
      mode = pointer.owned() ? PointerFeedback.Mode.MOVING
          : roster.all().isEmpty() ? PointerFeedback.Mode.IDLE : PointerFeedback.Mode.LIFTED;
    }
    if (handId < 0 && !roster.all().isEmpty()) {
      handId = roster.primaryId();
    }
    HandRecord h = handId < 0 ? null : roster.get(handId);
    double approach = pointer.settings().approachFactor();
    double closure = paused || h == null ? Double.POSITIVE_INFINITY : nearestClosure(h, bindings, closures, matches);
    if (!paused && dwellProgress > 0) {
      // A dwell under way fills the same ring, as if fingers were closing: from the approach factor
      // (empty) down to 1 (full, the click).
      closure = Math.min(closure, approach - dwellProgress * (approach - 1));
    }
    into.set(mode, closure, approach, ledger.clicks(), ledger.scrolls(), ledger.lastScrollX(),
        ledger.lastScrollY());
  }

  /** The smallest closure of the click and drag poses bound for a hand (what the driver holds the pointer on). */
  private static double nearestClosure(HandRecord h, List<Binding> bindings, FingerClosures closures,
      BiPredicate<Binding, HandRecord> matches) {
    double nearest = Double.POSITIVE_INFINITY;
    for (Binding b : bindings) {
      boolean click = b.action() == ActionKind.DRAG || b.action() == ActionKind.CLICK
          || b.action() == ActionKind.DOUBLE_CLICK;
      if (click && matches.test(b, h)) {
        nearest = Math.min(nearest, closures.closure(h.id, b.gesture()));
      }
    }
    return nearest;
  }
}
