package dev.handctl.action;

import dev.handctl.action.Engagement.DragState;
import dev.handctl.action.Engagement.EndReason;
import dev.handctl.gesture.ClosingFingers;
import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GestureEvent;
import dev.handctl.gesture.GesturePhase;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.HandChanges;
import dev.handctl.hand.Handedness;
import dev.handctl.hand.PixelPoint;
import dev.handctl.hand.TrackedFrame;
import dev.handctl.hand.TrackedHand;
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>The driver keeps the hands and their poses and wires three parts: a {@link PressLedger} in
 * front of the sink (what is held down, the click rate), a {@link PointerSteering} (which hand
 * steers, aiming) and {@link ClickDrag} (clicks and the drag state machine). Whether a click or
 * drag pose's fingers are closing is the gestures' business ({@link ClosingFingers}).
 *
 * <p>All methods are synchronized: frames come from the pipeline thread, pause and quit from the
 * tray or hotkey thread, and a pause takes effect (buttons released) at once, between frames.
 */
public final class ActionDriver implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ActionDriver.class);

  private final PressLedger ledger;
  private final Consumer<ActionKind> pauseRequests;
  private final PointerSteering pointer;
  private final ClickDrag clicks;
  private List<Binding> bindings;
  private Set<String> motionGestures;
  private ClosingFingers closing;
  private SafetySettings safety;
  private final Map<Integer, HandRecord> hands = new LinkedHashMap<>();
  private boolean paused;
  /** Lost hands that may still come back with their id: id to when first seen. */
  private final Map<Integer, Long> recentlyLost = new HashMap<>();
  private long keepLostNanos;
  /** Which hands are new, lost and forgotten, frame by frame; outlives the chains that feed it. */
  private HandChanges changes = new HandChanges(0);
  private long nowNanos;

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
    this.ledger = new PressLedger(sink);
    this.pauseRequests = pauseRequests;
    this.pointer = new PointerSteering(pointerSettings, desktop, mirrored, ledger);
    this.clicks = new ClickDrag(pointer, ledger, safety, closing);
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
    clicks.setSafety(newSafety);
    pointer.reconfigure(pointerSettings);
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
    this.changes = new HandChanges(Math.max(0, millis));
  }

  /**
   * Returns the report of which hands are new and lost that this driver follows: the chain in
   * front of it works each frame's changes out with it and hands them on in the {@link HandFrame}
   * (the gestures read the same report), so it lives as long as the driver does, through reloads
   * that rebuild the chain. Its rejoin time is {@link #keepHandsThroughGaps}'s.
   *
   * @return the driver's hand changes; call its {@code next} once per frame, for this driver's frames only
   */
  public synchronized HandChanges handChanges() {
    return changes;
  }

  /**
   * Changes the desktop (monitors added or removed).
   *
   * @param newDesktop the virtual desktop
   */
  public synchronized void setDesktop(DesktopBounds newDesktop) {
    pointer.setDesktop(newDesktop);
  }

  /**
   * Processes one frame.
   *
   * @param frame the hands and gesture events
   */
  public synchronized void onFrame(HandFrame frame) {
    nowNanos = frame.timestampNanos();
    pointer.beginFrame(nowNanos, Math.max(1, frame.widthPx()), Math.max(1, frame.heightPx()));
    clicks.beginFrame(nowNanos);
    ledger.beginFrame(nowNanos);
    TrackedFrame report = frame.changes() != null ? frame.changes() : changes.next(frame.hands(), nowNanos);
    if (!report.lostIds().isEmpty()) {
      // Hands that are gone end whatever they were doing (in the order they came into view).
      for (Iterator<HandRecord> it = hands.values().iterator(); it.hasNext(); ) {
        HandRecord h = it.next();
        if (report.lostIds().contains(h.id)) {
          endEngagements(h, EndReason.HAND_LOST, null);
          it.remove();
          if (keepLostNanos > 0) {
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
    Set<String> motion = new HashSet<>();
    for (GestureDefinition g : gestures) {
      if (g.isMotion()) {
        motion.add(g.name());
      }
    }
    this.motionGestures = Set.copyOf(motion);
    this.closing = ClosingFingers.of(gestures);
    if (clicks != null) {
      clicks.setClosing(closing);
    }
  }

  private void fire(Binding b) {
    switch (b.action()) {
      case CLICK -> clicks.click(b.button(), 1, pointer.clickAim());
      case DOUBLE_CLICK -> clicks.click(b.button(), 2, pointer.clickAim());
      case SCROLL -> scroll(b, (int) b.scrollSteps());
      case KEY -> {
        ledger.pressKeys(b.keys());
        ledger.releaseKeys(b.keys());
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

  /** Per-frame work of a lasting binding: following the hand, starting a drag, scrolling at a rate. */
  private void advance(HandRecord h, Engagement g) {
    Binding b = g.binding;
    switch (b.action()) {
      case MOVE -> {
        if (!pointer.owned()) {
          pointer.take(h.id);
        }
        if (pointer.steers(h.id)) {
          pointer.steer(h, approaching(h));
        }
      }
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

  /**
   * Whether a hand's fingers are closing into one of the click or drag poses bound for it: every
   * upper-bounded distance rule of the pose within {@code approachFactor} times its bound (on the
   * model's own keypoints: smoothing would tell of closing fingers a frame or two late).
   */
  private boolean approaching(HandRecord h) {
    for (Binding b : bindings) {
      boolean click = b.action() == ActionKind.DRAG || b.action() == ActionKind.CLICK
          || b.action() == ActionKind.DOUBLE_CLICK;
      if (click && matches(b, h) && closing.within(b.gesture(), h.rawKeypoints, pointer.settings().approachFactor())) {
        return true;
      }
    }
    return false;
  }

  private void scroll(Binding b, int steps) {
    ledger.scroll(b.scrollDirection().y() * steps, b.scrollDirection().x() * steps);
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
    ledger.releaseEverything();
    pointer.letGoAll();
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
    return pointer.owned() ? "moving" : "idle";
  }

  /**
   * Releases every button and key and forgets every hand, as if all were lost at once: after a
   * pipeline failure, whatever the failed frame left half done. Frames may follow.
   */
  public synchronized void releaseAll() {
    endAll(EndReason.HAND_LOST);
    // Not told to the hand changes: a hand still in view is kept by them, and with no record here it
    // starts afresh all the same; a hand lost before may still come back.
    hands.clear();
  }

  /** Releases every button and key (on quit); the driver may not be used afterwards. */
  @Override
  public synchronized void close() {
    releaseAll();
  }
}
