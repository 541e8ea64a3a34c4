package dev.handctl.action;

import dev.handctl.gesture.FingerClosures;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.action.Engagement.DragState;
import dev.handctl.action.Engagement.EndReason;

/**
 * Clicks and the drag state machine of the {@link ActionDriver}.
 *
 * <p>A drag pose (a pinch) is <i>armed</i> when it starts: the pointer goes back to where the user
 * aimed before the fingers closed ({@link PointerSteering#aim()}) and stays there. Once the hand
 * has moved {@code dragStartHandSizes} or held the pose {@code dragStartMillis}, it is
 * <i>dragging</i>: the button goes down and the pointer follows the hand while the fingers stay
 * closed. Released while armed it is one click at the aim; lost or paused while armed it is
 * nothing; ended while dragging, the button goes up.
 *
 * <p>Not thread-safe; the driver serialises all calls.
 */
final class ClickDrag {
  private final PointerSteering pointer;
  private final PressLedger ledger;
  private SafetySettings safety;
  /** This frame's fingers-closing signal, from the recognizer. */
  private FingerClosures closures = FingerClosures.NONE;
  private long nowNanos;

  ClickDrag(PointerSteering pointer, PressLedger ledger, SafetySettings safety) {
    this.pointer = pointer;
    this.ledger = ledger;
    this.safety = safety;
  }

  void setSafety(SafetySettings newSafety) {
    this.safety = newSafety;
  }

  void beginFrame(long timestampNanos, FingerClosures frameClosures) {
    nowNanos = timestampNanos;
    closures = frameClosures;
  }

  /**
   * Clicks, unless the rate limit drops it.
   *
   * @param button which button
   * @param count 1, or 2 for a double click
   * @param at where (the pointer goes there first), or null for wherever it is
   */
  void click(MouseButton button, int count, DesktopPoint at) {
    if (!ledger.takeClick(nowNanos, safety.minClickIntervalMillis())) {
      return;
    }
    if (at != null) {
      pointer.moveTo(at);
    }
    for (int i = 0; i < count; i++) {
      ledger.press(button);
      ledger.release(button);
    }
  }

  /**
   * Arms a drag pose that just started.
   *
   * @param h the hand
   * @param g its new engagement
   * @return false when another hand steers the pointer (the pose does nothing)
   */
  boolean arm(HandRecord h, Engagement g) {
    if (pointer.steeredByOther(h.id)) {
      return false;
    }
    boolean wasSteering = pointer.steeredUntilNow(h.id);
    if (!pointer.owned()) {
      pointer.take(h.id);
    }
    g.drag = DragState.ARMED;
    g.aim = wasSteering ? pointer.aim() : pointer.position();
    pointer.moveRealPointer(g.aim); // back to where the user aimed before the fingers closed
    pointer.place(g.aim);
    PointerController c = pointer.controller();
    g.startAnchorX = c.anchorX(h.keypoints);
    g.startAnchorY = c.anchorY(h.keypoints);
    return true;
  }

  /**
   * One frame of a drag pose: arms turn into drags once the hand moved or held long enough; a drag
   * follows the hand.
   *
   * @param h the hand
   * @param g the engagement
   */
  void advance(HandRecord h, Engagement g) {
    if (g.drag == DragState.ARMED) {
      PointerController c = pointer.controller();
      // Travel in hand sizes, so the threshold is the same near and far from the camera.
      boolean moved = Math.hypot(c.anchorX(h.keypoints) - g.startAnchorX,
          c.anchorY(h.keypoints) - g.startAnchorY) / HandLandmarks.sizePx(h.keypoints)
          >= c.settings().dragStartHandSizes();
      boolean held = nowNanos - g.startNanos >= c.settings().dragStartMillis() * 1_000_000L;
      if (moved || held) {
        g.drag = DragState.DRAGGING;
        ledger.press(g.binding.button());
        c.release(); // follow from here, so the pointer does not jump by the distance moved
      }
    }
    if (g.drag == DragState.DRAGGING) {
      // Fingers opening (no longer within the pose's own bounds, on the model's keypoints: smoothing
      // would tell a frame or two late): the pointer holds still, so the drop lands where the drag was.
      if (closures.within(h.id, g.binding.gesture(), 1)) {
        pointer.follow(h.rawKeypoints);
      } else {
        pointer.hold(h.rawKeypoints);
      }
    }
  }

  /**
   * Ends a drag pose: a click if it was still armed and the pose ended (not lost or paused), the
   * button up if it was dragging.
   *
   * @param g the engagement
   * @param reason why it ends
   */
  void end(Engagement g, EndReason reason) {
    if (g.drag == DragState.ARMED && reason == EndReason.POSE_ENDED) {
      click(g.binding.button(), 1, g.aim);
    } else if (g.drag == DragState.DRAGGING) {
      ledger.release(g.binding.button());
    }
  }
}
