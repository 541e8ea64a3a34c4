package dev.handctl.action;

import dev.handctl.hand.PixelKeypoint;
import java.util.List;

/**
 * The pointer part of the {@link ActionDriver}: which hand steers (one at a time), moving the
 * pointer after it through the {@link PointerController}, holding it still while that hand's
 * fingers close into a click or drag pose, and where such a click was aimed.
 *
 * <p>The driver tells it each frame's time and size ({@link #beginFrame}); a pause or reload
 * between frames works with the last frame's time, as the driver does. Not thread-safe; the
 * driver serialises all calls.
 */
final class PointerSteering {
  /**
   * Fingers that have been closing for longer than this are not aiming a click any more (a hand
   * resting half-closed): the click lands where the pointer is, not where it was when they began.
   */
  private static final long APPROACH_MAX_NANOS = 1_000_000_000L;

  private final boolean mirrored;
  private final ActionSink sink;
  private PointerController pointer;
  private DesktopBounds desktop;
  private Integer owner;
  /** The hand that steered the pointer last, and when it let go. */
  private int lastHand = -1;
  private long letGoNanos = Long.MIN_VALUE;
  /** When the owner's fingers began closing into a click or drag pose, or MIN_VALUE. */
  private long approachSinceNanos = Long.MIN_VALUE;
  private long nowNanos;
  private int frameWidthPx = 1;
  private int frameHeightPx = 1;

  PointerSteering(PointerSettings settings, DesktopBounds desktop, boolean mirrored, ActionSink sink) {
    this.mirrored = mirrored;
    this.sink = sink;
    this.desktop = desktop;
    this.pointer = new PointerController(settings, desktop, mirrored);
  }

  /** New pointer settings (a reload): the filter starts afresh. */
  void reconfigure(PointerSettings settings) {
    pointer = new PointerController(settings, desktop, mirrored);
  }

  void setDesktop(DesktopBounds newDesktop) {
    desktop = newDesktop;
    pointer.setDesktop(newDesktop);
  }

  void beginFrame(long timestampNanos, int widthPx, int heightPx) {
    nowNanos = timestampNanos;
    frameWidthPx = widthPx;
    frameHeightPx = heightPx;
  }

  PointerController controller() {
    return pointer;
  }

  PointerSettings settings() {
    return pointer.settings();
  }

  /** Whether some hand steers. */
  boolean owned() {
    return owner != null;
  }

  /** The hand that steers; only when {@link #owned()}. */
  int ownerId() {
    return owner;
  }

  /** Whether this hand steers. */
  boolean steers(int handId) {
    return owner != null && owner == handId;
  }

  /** Whether another hand than this one steers. */
  boolean steeredByOther(int handId) {
    return owner != null && owner != handId;
  }

  /** Whether this hand steered the pointer until this very frame (a pointing pose that just ended). */
  boolean steeredUntilNow(int handId) {
    return steers(handId) || (owner == null && lastHand == handId && letGoNanos == nowNanos);
  }

  /** A hand takes the pointer, from where the pointer really is (the user may have moved the mouse). */
  void take(int handId) {
    if (lastHand != handId) {
      approachSinceNanos = Long.MIN_VALUE;
    }
    owner = handId;
    lastHand = handId;
    pointer.release();
    DesktopPoint real = sink.pointerPosition();
    pointer.place(real != null ? real : pointer.position(), nowNanos);
  }

  /** A clutch pose: the hand lets go and the pointer stays, so the hand can move back. */
  void clutch(int handId) {
    if (steers(handId)) {
      owner = null;
    }
    pointer.release();
  }

  /** A steering pose ended. */
  void letGo(int handId) {
    if (steers(handId)) {
      // approachSinceNanos stays: the pinch that ends a pointing pose still needs to know when its
      // fingers began to close, and where the pointer was then.
      owner = null;
      letGoNanos = nowNanos;
    }
  }

  /** Nobody steers any more (pause, reload, everything released); the pointer stays where it is. */
  void letGoAll() {
    owner = null;
    pointer.release();
  }

  /**
   * One frame of the steering hand's move binding: the pointer follows it, or holds still while
   * its fingers close into a click or drag pose (and the time they began to is kept for the aim).
   *
   * @param h the hand that steers
   * @param closing whether its fingers are closing into a click or drag pose bound for it
   */
  void steer(HandRecord h, boolean closing) {
    if (closing) {
      if (approachSinceNanos == Long.MIN_VALUE) {
        approachSinceNanos = nowNanos;
      }
      pointer.hold(h.rawKeypoints, nowNanos);
    } else {
      approachSinceNanos = Long.MIN_VALUE;
      follow(h.rawKeypoints);
    }
  }

  /** The pointer follows these keypoints (the model's own: the controller filters them itself). */
  void follow(List<PixelKeypoint> rawKeypoints) {
    if (pointer.follow(rawKeypoints, nowNanos, frameWidthPx, frameHeightPx)) {
      DesktopPoint p = pointer.position();
      sink.moveTo(p.xPx(), p.yPx());
    }
  }

  /** The pointer holds still while the hand moves (its filter keeps up with the hand). */
  void hold(List<PixelKeypoint> rawKeypoints) {
    pointer.hold(rawKeypoints, nowNanos);
  }

  /** Puts the pointer at a point, moving the real one if it is elsewhere. */
  void moveTo(DesktopPoint at) {
    if (!at.equals(pointer.position())) {
      sink.moveTo(at.xPx(), at.yPx());
      pointer.place(at, nowNanos);
    }
  }

  /** Moves the real pointer to a point if it is elsewhere, without telling the controller. */
  void moveRealPointer(DesktopPoint at) {
    if (!at.equals(pointer.position())) {
      sink.moveTo(at.xPx(), at.yPx());
    }
  }

  /** Tells the controller the pointer is at a point (the caller moved the real one). */
  void place(DesktopPoint at) {
    pointer.place(at, nowNanos);
  }

  DesktopPoint position() {
    return pointer.position();
  }

  /** Where a click fired now lands: the aim while a hand steers, else wherever the pointer is (null). */
  DesktopPoint clickAim() {
    return owner != null ? aim() : null;
  }

  /**
   * Where the user aimed a click: the pointer's place {@code clickRewindMillis} before the fingers
   * began to close (the pointer has held still since), or before now for poses that have no
   * closing fingers.
   */
  DesktopPoint aim() {
    long from = approachSinceNanos != Long.MIN_VALUE && nowNanos - approachSinceNanos < APPROACH_MAX_NANOS
        ? approachSinceNanos : nowNanos;
    return pointer.positionAt(from - pointer.settings().clickRewindMillis() * 1_000_000L);
  }
}
