package dev.handctl.action;

/**
 * A lasting binding under way on one hand, from its pose's start to its end. A drag binding's
 * fields belong to {@link ClickDrag}, a rate scroll's to the {@link ActionDriver}.
 */
final class Engagement {
  /** What a drag binding is doing: aiming (a click if released now), or holding the button. */
  enum DragState { ARMED, DRAGGING }

  /** Why a lasting binding ends. */
  enum EndReason { POSE_ENDED, HAND_LOST, PAUSED }

  final Binding binding;
  final long startNanos;
  /** Null unless this is a drag binding. */
  DragState drag;
  DesktopPoint aim;
  /** Where the anchor was when a drag pose started, image pixels. */
  double startAnchorX;
  double startAnchorY;
  double scrollCarry;
  long lastNanos;

  Engagement(Binding binding, long startNanos) {
    this.binding = binding;
    this.startNanos = startNanos;
    this.lastNanos = startNanos;
  }
}
