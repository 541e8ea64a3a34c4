package dev.handctl.action;

import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GestureEvent;
import dev.handctl.gesture.GesturePhase;
import dev.handctl.hand.HandLandmark;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.Handedness;
import dev.handctl.hand.PixelPoint;
import dev.handctl.hand.TrackedHand;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns gesture events into mouse and keyboard input through an {@link ActionSink}, by the
 * bindings, with the rules that make it safe to leave running:
 *
 * <ul>
 *   <li>A hand that comes into view does nothing for {@code handSettleMillis}; a pose under way
 *       when it settles may move the pointer but never presses anything (a button or key needs a
 *       pose that starts after the hand settled), unless the hand held still all that time
 *       ({@code foundStillHandSizes}): a hand found where it already was, not one coming into
 *       view, and its pose counts as starting when it settles.
 *   <li>Bindings listen to the primary hand (the one in view longest) unless they say otherwise,
 *       and only one hand steers the pointer at a time.
 *   <li>A drag pose (a pinch) freezes the pointer where it was {@code clickRewindMillis} before
 *       the pose started; released before it moves or lasts long enough to drag, it is one click
 *       there. Lost or paused before that, it does nothing.
 *   <li>Every button and key this driver pressed is released when its pose ends, when the hand is
 *       lost, on pause and on {@link #close()}.
 *   <li>Clicks closer together than {@code minClickIntervalMillis} are dropped.
 * </ul>
 *
 * <p>All methods are synchronized: frames come from the pipeline thread, pause and quit from the
 * tray or hotkey thread, and a pause takes effect (buttons released) at once, between frames.
 */
public final class ActionDriver implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ActionDriver.class);

  /** What a drag binding is doing. */
  private enum DragState { ARMED, DRAGGING }

  /** A lasting binding under way on one hand. */
  private static final class Engagement {
    final Binding binding;
    final long startNanos;
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

  /** What the driver knows of one tracked hand. */
  private static final class HandRecord {
    final int id;
    final long firstSeenNanos;
    Handedness handedness;
    /** Smoothed keypoints, as the gestures saw them. */
    List<HandLandmark> keypoints;
    /** The model's keypoints, which the pointer filters itself. */
    List<HandLandmark> rawKeypoints;
    /** The static pose under way (from its start to its end event), or null. */
    String pose;
    /** The pose started after the hand settled and while running, so it may press buttons and keys. */
    boolean poseFresh;
    /** Whether the hand's settling was seen (and a still hand's pose under way made fresh). */
    boolean settleSeen;
    /** Where the palm centre was when the hand was found, in image pixels. */
    double foundXPx = Double.NaN;
    double foundYPx;
    /** How far the palm went from there during the settle time, in hand sizes. */
    double settleTravelHandSizes;
    final List<Engagement> engaged = new ArrayList<>();

    HandRecord(int id, long firstSeenNanos) {
      this.id = id;
      this.firstSeenNanos = firstSeenNanos;
    }
  }

  /** Why a lasting binding ends. */
  private enum EndReason { POSE_ENDED, HAND_LOST, PAUSED }

  private final ActionSink sink;
  private final Consumer<ActionKind> pauseRequests;
  private final boolean mirrored;
  private List<Binding> bindings;
  private Set<String> motionGestures;
  /** For each gesture, its distance rules with an upper bound (fingers that close to make it). */
  private Map<String, List<GestureDefinition.DistanceRule>> closingRules;
  /**
   * Fingers that have been closing for longer than this are not aiming a click any more (a hand
   * resting half-closed): the click lands where the pointer is, not where it was when they began.
   */
  private static final long APPROACH_MAX_NANOS = 1_000_000_000L;
  /** When the pointer owner's fingers began closing into a click or drag pose, or MIN_VALUE. */
  private long approachSinceNanos = Long.MIN_VALUE;
  private SafetySettings safety;
  private PointerController pointer;
  private DesktopBounds desktop;
  private final Map<Integer, HandRecord> hands = new LinkedHashMap<>();
  private final Set<MouseButton> pressedButtons = EnumSet.noneOf(MouseButton.class);
  private final Deque<String> pressedKeys = new ArrayDeque<>();
  private Integer pointerOwner;
  /** The hand that steered the pointer last, and when it let go. */
  private int lastPointerHand = -1;
  private long pointerLetGoNanos = Long.MIN_VALUE;
  private boolean paused;
  /** Hands lost within {@link #keepLostNanos}: id to {first seen, lost at}. */
  private final Map<Integer, long[]> recentlyLost = new java.util.HashMap<>();
  private long keepLostNanos;
  private long lastClickNanos = Long.MIN_VALUE / 2;
  private long nowNanos;
  private int frameWidthPx = 1;
  private int frameHeightPx = 1;

  /**
   * Creates a driver.
   *
   * @param bindings what gestures do
   * @param gestures the gestures in use: motion gestures (swipes) fire once and do not replace the
   *     pose under way; the distance rules of click and drag poses tell when their fingers close
   * @param pointerSettings how the hand drives the pointer
   * @param safety settle time and click rate
   * @param desktop the virtual desktop
   * @param mirrored whether the camera picture is a mirrored (selfie) view
   * @param sink where input goes
   * @param pauseRequests receives pause, resume and toggle_pause actions (the owner of the
   *     running state decides and calls {@link #pause()} / {@link #resume()})
   */
  public ActionDriver(List<Binding> bindings, List<GestureDefinition> gestures, PointerSettings pointerSettings,
      SafetySettings safety, DesktopBounds desktop, boolean mirrored, ActionSink sink,
      Consumer<ActionKind> pauseRequests) {
    this.bindings = List.copyOf(bindings);
    setGestures(gestures);
    this.safety = safety;
    this.desktop = desktop;
    this.mirrored = mirrored;
    this.sink = sink;
    this.pauseRequests = pauseRequests;
    this.pointer = new PointerController(pointerSettings, desktop, mirrored);
  }

  /**
   * Swaps in new bindings and settings (after a reload). Whatever is under way ends first, with
   * every button and key released, as on a pause.
   *
   * @param newBindings the bindings
   * @param gestures the gestures in use
   * @param pointerSettings the pointer settings
   * @param newSafety the safety settings
   */
  public synchronized void reconfigure(List<Binding> newBindings, List<GestureDefinition> gestures,
      PointerSettings pointerSettings, SafetySettings newSafety) {
    endAll(EndReason.PAUSED);
    this.bindings = List.copyOf(newBindings);
    setGestures(gestures);
    this.safety = newSafety;
    this.pointer = new PointerController(pointerSettings, desktop, mirrored);
    hands.values().forEach(h -> h.poseFresh = false);
  }

  /**
   * Lets a hand that comes back with its id within this long after it was lost (the tracker
   * rejoined it after motion blur) keep its settle time instead of starting it again. Whatever it
   * held was released when it was lost, as always.
   *
   * @param millis the tracker's rejoin time ({@code tracker.rejoinMillis}); 0 to forget at once
   */
  public synchronized void keepHandsThroughGaps(long millis) {
    this.keepLostNanos = Math.max(0, millis) * 1_000_000L;
  }

  /**
   * Changes the desktop (monitors added or removed).
   *
   * @param newDesktop the virtual desktop
   */
  public synchronized void setDesktop(DesktopBounds newDesktop) {
    this.desktop = newDesktop;
    pointer.setDesktop(newDesktop);
  }

  /**
   * Processes one frame.
   *
   * @param frame the hands and gesture events
   */
  public synchronized void onFrame(HandFrame frame) {
    nowNanos = frame.timestampNanos();
    frameWidthPx = Math.max(1, frame.widthPx());
    frameHeightPx = Math.max(1, frame.heightPx());
    sink.beginFrame(nowNanos);
    // Hands that are gone end whatever they were doing.
    for (Iterator<HandRecord> it = hands.values().iterator(); it.hasNext(); ) {
      HandRecord h = it.next();
      if (frame.hands().stream().noneMatch(t -> t.id() == h.id)) {
        endEngagements(h, EndReason.HAND_LOST, null);
        it.remove();
        if (keepLostNanos > 0) {
          recentlyLost.put(h.id, new long[] {h.firstSeenNanos, nowNanos});
        }
      }
    }
    recentlyLost.values().removeIf(l -> nowNanos - l[1] > keepLostNanos || nowNanos < l[1]);
    for (TrackedHand t : frame.hands()) {
      // A hand the tracker rejoined after a short gap (same id) has settled already.
      HandRecord h = hands.computeIfAbsent(t.id(), id -> {
        long[] lost = recentlyLost.remove(id);
        HandRecord r = new HandRecord(id, lost != null ? lost[0] : nowNanos);
        r.settleSeen = lost != null; // a rejoined hand settled before it was lost
        return r;
      });
      h.handedness = t.landmarks().handedness();
      h.keypoints = t.landmarks().keypoints();
      h.rawKeypoints = h.keypoints;
      if (!h.settleSeen) {
        measureSettleTravel(h);
      }
    }
    for (TrackedHand t : frame.rawHands()) {
      HandRecord h = hands.get(t.id());
      if (h != null) {
        h.rawKeypoints = t.landmarks().keypoints();
      }
    }
    for (GestureEvent e : frame.events()) {
      HandRecord h = hands.get(e.handId());
      if (h != null) {
        onEvent(h, e);
      }
    }
    for (HandRecord h : hands.values()) {
      if (!h.settleSeen && settled(h)) {
        onSettled(h);
      }
    }
    if (!paused) {
      for (HandRecord h : hands.values()) {
        engagePose(h);
      }
      for (HandRecord h : hands.values()) {
        for (Engagement g : h.engaged) {
          advance(h, g);
        }
      }
    }
  }

  private void onEvent(HandRecord h, GestureEvent e) {
    // A motion gesture (a swipe) fires once and leaves the pose under way alone.
    boolean motion = motionGestures.contains(e.name());
    if (!motion && e.phase() == GesturePhase.START) {
      endEngagements(h, EndReason.POSE_ENDED, null); // a new pose replaces the old one
      h.pose = e.name();
      h.poseFresh = settled(h) && !paused;
    } else if (e.phase() == GesturePhase.END && e.name().equals(h.pose)) {
      endEngagements(h, EndReason.POSE_ENDED, e.name());
      h.pose = null;
      h.poseFresh = false;
    }
    for (Binding b : bindings) {
      if (b.lasting() || !b.gesture().equals(e.name()) || b.on() != e.phase() || !matches(b, h)) {
        continue;
      }
      boolean pauseControl = b.action() == ActionKind.PAUSE || b.action() == ActionKind.RESUME
          || b.action() == ActionKind.TOGGLE_PAUSE;
      if (!settled(h) || (paused && !pauseControl)) {
        continue;
      }
      fire(b);
    }
  }

  private void setGestures(List<GestureDefinition> gestures) {
    Set<String> motion = new java.util.HashSet<>();
    Map<String, List<GestureDefinition.DistanceRule>> closing = new java.util.HashMap<>();
    for (GestureDefinition g : gestures) {
      if (g.isMotion()) {
        motion.add(g.name());
      }
      List<GestureDefinition.DistanceRule> rules =
          g.distances().stream().filter(r -> !Double.isNaN(r.below())).toList();
      if (!rules.isEmpty()) {
        closing.put(g.name(), rules);
      }
    }
    this.motionGestures = Set.copyOf(motion);
    this.closingRules = Map.copyOf(closing);
  }

  private void fire(Binding b) {
    switch (b.action()) {
      case CLICK -> click(b.button(), 1, clickAim());
      case DOUBLE_CLICK -> click(b.button(), 2, clickAim());
      case SCROLL -> scroll(b, (int) b.scrollSteps());
      case KEY -> {
        pressKeys(b.keys());
        releaseKeys(b.keys());
      }
      case PAUSE, RESUME, TOGGLE_PAUSE -> pauseRequests.accept(b.action());
      default -> LOG.debug("{} is a lasting action; it is not fired on a phase", b.action().key());
    }
  }

  /** Starts the lasting bindings of a hand's pose that are not under way yet. */
  private void engagePose(HandRecord h) {
    if (h.pose == null || !settled(h)) {
      return;
    }
    for (Binding b : bindings) {
      if (!b.lasting() || !b.gesture().equals(h.pose) || !matches(b, h) || isEngaged(h, b)) {
        continue;
      }
      boolean pointerOnly = b.action() == ActionKind.MOVE || b.action() == ActionKind.CLUTCH;
      if (!pointerOnly && !h.poseFresh) {
        continue; // never press anything for a pose that started before the hand settled or while paused
      }
      engage(h, b);
    }
  }

  private void engage(HandRecord h, Binding b) {
    Engagement g = new Engagement(b, nowNanos);
    switch (b.action()) {
      case MOVE -> {
        if (pointerOwner != null && pointerOwner != h.id) {
          return; // another hand steers; this one may take over when it lets go
        }
        takePointer(h);
      }
      case CLUTCH -> {
        if (pointerOwner != null && pointerOwner == h.id) {
          pointerOwner = null;
        }
        pointer.release();
      }
      case DRAG -> {
        if (pointerOwner != null && pointerOwner != h.id) {
          return;
        }
        boolean wasSteering = steeredUntilNow(h);
        if (pointerOwner == null) {
          takePointer(h);
        }
        g.drag = DragState.ARMED;
        g.aim = wasSteering ? aim() : pointer.position();
        if (!g.aim.equals(pointer.position())) {
          sink.moveTo(g.aim.xPx(), g.aim.yPx()); // back to where the user aimed before the fingers closed
        }
        pointer.place(g.aim, nowNanos);
        g.startAnchorX = pointer.anchorX(h.keypoints);
        g.startAnchorY = pointer.anchorY(h.keypoints);
      }
      case KEY -> pressKeys(b.keys());
      default -> {
        // Rate scrolling accumulates from now on.
      }
    }
    h.engaged.add(g);
  }

  /** Whether this hand steered the pointer until this very frame (a pointing pose that just ended). */
  private boolean steeredUntilNow(HandRecord h) {
    return (pointerOwner != null && pointerOwner == h.id)
        || (pointerOwner == null && lastPointerHand == h.id && pointerLetGoNanos == nowNanos);
  }

  private void takePointer(HandRecord h) {
    if (lastPointerHand != h.id) {
      approachSinceNanos = Long.MIN_VALUE;
    }
    pointerOwner = h.id;
    lastPointerHand = h.id;
    pointer.release();
    DesktopPoint real = sink.pointerPosition();
    pointer.place(real != null ? real : pointer.position(), nowNanos);
  }

  /** Per-frame work of a lasting binding: following the hand, starting a drag, scrolling at a rate. */
  private void advance(HandRecord h, Engagement g) {
    Binding b = g.binding;
    switch (b.action()) {
      case MOVE -> {
        if (pointerOwner == null) {
          takePointer(h);
        }
        if (pointerOwner == h.id) {
          if (approaching(h)) {
            if (approachSinceNanos == Long.MIN_VALUE) {
              approachSinceNanos = nowNanos;
            }
            pointer.hold(h.rawKeypoints, nowNanos);
          } else {
            approachSinceNanos = Long.MIN_VALUE;
            follow(h);
          }
        }
      }
      case DRAG -> {
        if (g.drag == DragState.ARMED) {
          // Travel in hand sizes, so the threshold is the same near and far from the camera.
          boolean moved = Math.hypot(pointer.anchorX(h.keypoints) - g.startAnchorX,
              pointer.anchorY(h.keypoints) - g.startAnchorY) / HandLandmarks.sizePx(h.keypoints)
              >= pointer.settings().dragStartHandSizes();
          boolean held = nowNanos - g.startNanos >= pointer.settings().dragStartMillis() * 1_000_000L;
          if (moved || held) {
            g.drag = DragState.DRAGGING;
            press(b.button());
            pointer.release(); // follow from here, so the pointer does not jump by the distance moved
          }
        }
        if (g.drag == DragState.DRAGGING) {
          if (within(h, b.gesture(), 1)) {
            follow(h);
          } else {
            pointer.hold(h.rawKeypoints, nowNanos); // the fingers are opening: drop where the drag was
          }
        }
      }
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

  private void follow(HandRecord h) {
    if (pointer.follow(h.rawKeypoints, nowNanos, frameWidthPx, frameHeightPx)) {
      DesktopPoint p = pointer.position();
      sink.moveTo(p.xPx(), p.yPx());
    }
  }

  /** Ends a hand's lasting bindings (all of them, or those of one gesture). */
  private void endEngagements(HandRecord h, EndReason reason, String gesture) {
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
          if (g.drag == DragState.ARMED && reason == EndReason.POSE_ENDED) {
            click(b.button(), 1, g.aim);
          } else if (g.drag == DragState.DRAGGING) {
            release(b.button());
          }
        }
        if (pointerOwner != null && pointerOwner == h.id) {
          // approachSinceNanos stays: the pinch that ends a pointing pose still needs to know when
          // its fingers began to close, and where the pointer was then.
          pointerOwner = null;
          pointerLetGoNanos = nowNanos;
        }
      }
      case KEY -> releaseKeys(b.keys());
      default -> {
        // Clutch and rate scrolling leave nothing to undo.
      }
    }
  }

  private DesktopPoint clickAim() {
    return pointerOwner != null ? aim() : null;
  }

  /**
   * Where the user aimed a click: the pointer's place {@code clickRewindMillis} before the fingers
   * began to close (the pointer has held still since), or before now for poses that have no
   * closing fingers.
   */
  private DesktopPoint aim() {
    long from = approachSinceNanos != Long.MIN_VALUE && nowNanos - approachSinceNanos < APPROACH_MAX_NANOS
        ? approachSinceNanos : nowNanos;
    return pointer.positionAt(from - pointer.settings().clickRewindMillis() * 1_000_000L);
  }

  /**
   * Whether a hand's fingers are closing into one of the click or drag poses bound for it: every
   * upper-bounded distance rule of the pose within {@code approachFactor} times its bound.
   */
  private boolean approaching(HandRecord h) {
    for (Binding b : bindings) {
      boolean clicks = b.action() == ActionKind.DRAG || b.action() == ActionKind.CLICK
          || b.action() == ActionKind.DOUBLE_CLICK;
      if (clicks && matches(b, h) && within(h, b.gesture(), pointer.settings().approachFactor())) {
        return true;
      }
    }
    return false;
  }

  /** Whether every upper-bounded distance rule of a gesture is under {@code factor} times its bound. */
  private boolean within(HandRecord h, String gesture, double factor) {
    List<GestureDefinition.DistanceRule> rules = closingRules.get(gesture);
    if (rules == null) {
      return false;
    }
    // The model's own keypoints: smoothing would tell of closing or opening fingers a frame or two
    // late, and the hand slips meanwhile.
    List<HandLandmark> k = h.rawKeypoints;
    double size = HandLandmarks.sizePx(k);
    for (GestureDefinition.DistanceRule r : rules) {
      HandLandmark p = k.get(r.from());
      HandLandmark q = k.get(r.to());
      if (Math.hypot(p.xPx() - q.xPx(), p.yPx() - q.yPx()) / size >= r.below() * factor) {
        return false;
      }
    }
    return true;
  }

  private void click(MouseButton button, int count, DesktopPoint at) {
    if (nowNanos - lastClickNanos < safety.minClickIntervalMillis() * 1_000_000L) {
      LOG.info("click dropped: {} ms after the previous one (actions.minClickIntervalMillis {})",
          (nowNanos - lastClickNanos) / 1_000_000, safety.minClickIntervalMillis());
      return;
    }
    lastClickNanos = nowNanos;
    if (at != null && !at.equals(pointer.position())) {
      sink.moveTo(at.xPx(), at.yPx());
      pointer.place(at, nowNanos);
    }
    for (int i = 0; i < count; i++) {
      press(button);
      release(button);
    }
  }

  private void press(MouseButton button) {
    if (pressedButtons.add(button)) {
      sink.press(button);
    }
  }

  private void release(MouseButton button) {
    if (pressedButtons.remove(button)) {
      sink.release(button);
    }
  }

  private void pressKeys(KeyChord keys) {
    for (String k : keys.keys()) {
      if (!pressedKeys.contains(k)) {
        pressedKeys.push(k);
        sink.keyPress(k);
      }
    }
  }

  private void releaseKeys(KeyChord keys) {
    List<String> reversed = new ArrayList<>(keys.keys());
    java.util.Collections.reverse(reversed);
    for (String k : reversed) {
      if (pressedKeys.remove(k)) {
        sink.keyRelease(k);
      }
    }
  }

  private void scroll(Binding b, int steps) {
    sink.scroll(b.scrollDirection().y() * steps, b.scrollDirection().x() * steps);
  }

  private boolean isEngaged(HandRecord h, Binding b) {
    for (Engagement g : h.engaged) {
      if (g.binding == b) {
        return true;
      }
    }
    return false;
  }

  private void measureSettleTravel(HandRecord h) {
    PixelPoint c = HandLandmarks.palmCentre(h.keypoints);
    if (Double.isNaN(h.foundXPx)) {
      h.foundXPx = c.xPx();
      h.foundYPx = c.yPx();
    }
    double travel = Math.hypot(c.xPx() - h.foundXPx, c.yPx() - h.foundYPx) / HandLandmarks.sizePx(h.keypoints);
    h.settleTravelHandSizes = Math.max(h.settleTravelHandSizes, travel);
  }

  /**
   * A hand just settled. A pose under way that began before (a pinch held as the hand was found)
   * counts as starting now if the hand held still all along: it was found where it already was.
   */
  private void onSettled(HandRecord h) {
    h.settleSeen = true;
    if (h.pose == null || h.poseFresh || paused
        || h.settleTravelHandSizes > safety.foundStillHandSizes() || safety.foundStillHandSizes() <= 0) {
      return;
    }
    h.poseFresh = true;
    for (Binding b : bindings) {
      if (!b.lasting() && b.gesture().equals(h.pose) && b.on() == GesturePhase.START && matches(b, h)) {
        fire(b);
      }
    }
  }

  private boolean settled(HandRecord h) {
    return nowNanos - h.firstSeenNanos >= safety.handSettleMillis() * 1_000_000L;
  }

  private boolean matches(Binding b, HandRecord h) {
    int primary = hands.keySet().iterator().next();
    return switch (b.hand()) {
      case PRIMARY -> h.id == primary;
      case SECONDARY -> h.id != primary;
      case LEFT -> h.handedness == Handedness.LEFT;
      case RIGHT -> h.handedness == Handedness.RIGHT;
      case ANY -> true;
    };
  }


  private void endAll(EndReason reason) {
    for (HandRecord h : hands.values()) {
      endEngagements(h, reason, null);
    }
    // Whatever is still down (nothing, unless a binding was changed under it) goes up too.
    for (MouseButton b : List.copyOf(pressedButtons)) {
      release(b);
    }
    while (!pressedKeys.isEmpty()) {
      sink.keyRelease(pressedKeys.pop());
    }
    pointerOwner = null;
    pointer.release();
  }

  /** Stops all actions: every button and key is released, the pointer stays where it is. */
  public synchronized void pause() {
    if (!paused) {
      paused = true;
      endAll(EndReason.PAUSED);
      hands.values().forEach(h -> h.poseFresh = false);
    }
  }

  /** Resumes: poses under way may move the pointer again; buttons and keys need a fresh pose. */
  public synchronized void resume() {
    paused = false;
  }

  /** Returns whether actions are paused. */
  public synchronized boolean paused() {
    return paused;
  }

  /**
   * Returns what the pointer is doing, for the preview: {@code paused}, {@code dragging},
   * {@code aiming} (a drag pose before it drags), {@code moving}, or {@code idle}.
   */
  public synchronized String pointerMode() {
    if (paused) {
      return "paused";
    }
    for (HandRecord h : hands.values()) {
      for (Engagement g : h.engaged) {
        if (g.drag == DragState.DRAGGING) {
          return "dragging";
        }
        if (g.drag == DragState.ARMED) {
          return "aiming";
        }
      }
    }
    return pointerOwner != null ? "moving" : "idle";
  }

  /**
   * Releases every button and key and forgets every hand, as if all were lost at once: after a
   * pipeline failure, whatever the failed frame left half done. Frames may follow.
   */
  public synchronized void releaseAll() {
    endAll(EndReason.HAND_LOST);
    hands.clear();
  }

  /** Releases every button and key (on quit); the driver may not be used afterwards. */
  @Override
  public synchronized void close() {
    releaseAll();
  }
}
