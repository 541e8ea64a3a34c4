package dev.handctl.action;

import dev.handctl.action.Engagement.EndReason;
import java.util.Iterator;

/**
 * The lasting bindings of the {@link ActionDriver} (move, clutch, drag, held keys, rate scrolling)
 * from their pose's start to its end: what each does when it starts, on every frame, and when it
 * ends. Pointer work goes to {@link PointerSteering}, clicks and drags to {@link ClickDrag}, keys to
 * the {@link PressLedger}. Which bindings start, and when, is the driver's decision.
 *
 * <p>Not thread-safe; the driver serialises all calls.
 */
final class LastingBindings {
  private final PointerSteering pointer;
  private final ClickDrag clicks;
  private final PressLedger ledger;

  LastingBindings(PointerSteering pointer, ClickDrag clicks, PressLedger ledger) {
    this.pointer = pointer;
    this.clicks = clicks;
    this.ledger = ledger;
  }

  /** Starts a binding on a hand, unless another hand steers the pointer it needs. */
  void engage(HandRecord h, Binding b, long nowNanos) {
    Engagement g = new Engagement(b, nowNanos);
    switch (b.action()) {
      case MOVE -> {
        if (pointer.steeredByOther(h.id)) {
          return; // another hand steers; this one may take over when it lets go
        }
        pointer.take(h.id);
      }
      case CLUTCH -> pointer.clutch(h.id);
      case DRAG -> {
        if (!clicks.arm(h, g)) {
          return;
        }
      }
      case KEY -> ledger.pressKeys(b.keys());
      default -> {
        // Rate scrolling accumulates from now on.
      }
    }
    h.engaged.add(g);
  }

  /**
   * Per-frame work of a binding other than a move (the driver steers, since whether fingers are
   * closing depends on the bindings): starting and following a drag, scrolling at a rate.
   */
  void advance(HandRecord h, Engagement g, long nowNanos) {
    Binding b = g.binding;
    switch (b.action()) {
      case DRAG -> clicks.advance(h, g);
      case SCROLL -> {
        double seconds = (nowNanos - g.lastNanos) * 1e-9;
        g.scrollCarry += b.scrollSteps() * seconds;
        int steps = (int) Math.floor(g.scrollCarry);
        if (steps > 0) {
          g.scrollCarry -= steps;
          scroll(b, steps);
        }
      }
      default -> {
        // Clutch and held keys do nothing per frame.
      }
    }
    g.lastNanos = nowNanos;
  }

  /** Ends a hand's lasting bindings (all of them, or those of one gesture). */
  void end(HandRecord h, EndReason reason, String gesture) {
    for (Iterator<Engagement> it = h.engaged.iterator(); it.hasNext(); ) {
      Engagement g = it.next();
      if (gesture != null && !g.binding.gesture().equals(gesture)) {
        continue;
      }
      end(h, g, reason);
      it.remove();
    }
  }

  private void end(HandRecord h, Engagement g, EndReason reason) {
    Binding b = g.binding;
    switch (b.action()) {
      case MOVE, DRAG -> {
        if (b.action() == ActionKind.DRAG) {
          clicks.end(g, reason);
        }
        pointer.letGo(h.id);
      }
      case KEY -> ledger.releaseKeys(b.keys());
      default -> {
        // Clutch and rate scrolling leave nothing to undo.
      }
    }
  }

  /** Turns the wheel by a binding's direction. */
  void scroll(Binding b, int steps) {
    ledger.scroll(b.scrollDirection().y() * steps, b.scrollDirection().x() * steps);
  }

  /** Whether a binding is under way on a hand. */
  static boolean isEngaged(HandRecord h, Binding b) {
    for (Engagement g : h.engaged) {
      if (g.binding == b) {
        return true;
      }
    }
    return false;
  }
}
