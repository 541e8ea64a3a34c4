package dev.handctl.action;

import dev.handctl.gesture.FingerClosures;
import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GestureEvent;
import dev.handctl.gesture.GesturePhase;
import dev.handctl.hand.HandChanges;
import dev.handctl.hand.Handedness;
import dev.handctl.action.Engagement.DragState;
import dev.handctl.action.Engagement.EndReason;
import java.util.HashSet;
import java.util.List;
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
 * <p>The driver decides which bindings fire and start, when, for which hand, and wires its parts: a
 * {@link HandRoster} (the hands, kept up to date from each frame's changes), a {@link PressLedger} in
 * front of the sink (what is held down, the click rate), a {@link PointerSteering} (which hand
 * steers, aiming), {@link ClickDrag} (clicks and the drag state machine) and {@link LastingBindings}
 * (what each lasting binding does when it starts, on every frame and when it ends). Whether a click or
 * drag pose's fingers are closing is the gestures' business: the recognizer's signal in each frame ({@link HandFrame#closures()}).
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
  private final LastingBindings lasting;
  private List<Binding> bindings;
  private Set<String> motionGestures;
  private final DwellClick dwell;
  private final FocusedApp focus = new FocusedApp();
  /** Let go for the real mouse (a hand-off), apart from the user's pause. */
  private boolean yieldedToMouse;
  /** This frame's fingers-closing signal. */
  private FingerClosures closures = FingerClosures.NONE;
  private SafetySettings safety;
  private final HandRoster roster;
  /** {@link #matches}, made once: the feedback reads it every frame. */
  private final java.util.function.BiPredicate<Binding, HandRecord> matcher = this::matches;
  private boolean paused;
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
    this.clicks = new ClickDrag(pointer, ledger, safety);
    this.dwell = new DwellClick(clicks, ledger, safety.dwell());
    this.lasting = new LastingBindings(pointer, clicks, ledger);
    this.roster = new HandRoster(lasting);
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
    dwell.setSettings(newSafety.dwell());
    pointer.reconfigure(pointerSettings);
    roster.all().forEach(h -> h.poseFresh = false);
  }

  /**
   * Lets a hand that comes back with its id within this long after it was lost (the tracker
   * rejoined it after motion blur) keep its settle time instead of starting it again. Whatever it
   * held was released when it was lost, as always.
   *
   * @param millis the tracker's rejoin time ({@code tracker.rejoinMillis}); 0 to forget at once
   */
  public synchronized void keepHandsThroughGaps(long millis) {
    roster.keepThroughGaps(millis);
  }

  /**
   * Returns the report of which hands are new and lost that this driver follows for hands with no
   * tracker's report (a landmark recording): the chain in front of it works each frame's changes
   * out with it and hands them on in the {@link HandFrame} (the gestures read the same report), so
   * it lives as long as the driver does, through reloads that rebuild the chain. Frames the tracker
   * reported carry the tracker's report instead and leave this one alone. Its rejoin time is
   * {@link #keepHandsThroughGaps}'s.
   *
   * @return the driver's hand changes; call its {@code next} once per frame, for this driver's frames only
   */
  public synchronized HandChanges handChanges() {
    return roster.changes();
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
    closures = frame.closures();
    clicks.beginFrame(nowNanos, closures);
    ledger.beginFrame(nowNanos);
    roster.update(frame, nowNanos);
    for (GestureEvent e : frame.events()) {
      HandRecord h = roster.get(e.handId());
      if (h != null) {
        onEvent(h, e);
      }
    }
    for (HandRecord h : roster.all()) {
      if (!h.settleSeen && settled(h)) {
        onSettled(h);
      }
    }
    if (!paused && !yieldedToMouse) {
      for (HandRecord h : roster.all()) {
        engagePose(h);
      }
      for (HandRecord h : roster.all()) {
        for (Engagement g : h.engaged) {
          if (g.binding.action() == ActionKind.MOVE) {
            steer(h, g);
          } else {
            lasting.advance(h, g, nowNanos);
          }
        }
      }
      // Only while a hand moves the pointer (not while a drag pose holds it: that clicks itself).
      dwell.advance(nowNanos, pointer.position(), "moving".equals(pointerMode()));
    } else {
      dwell.letGo();
    }
  }

  private void onEvent(HandRecord h, GestureEvent e) {
    // A motion gesture (a swipe) fires once and leaves the pose under way alone.
    boolean motion = motionGestures.contains(e.name());
    if (!motion && e.phase() == GesturePhase.START) {
      lasting.end(h, EndReason.POSE_ENDED, null); // a new pose replaces the old one
      h.pose = e.name();
      h.poseFresh = settled(h) && !paused;
    } else if (e.phase() == GesturePhase.END && e.name().equals(h.pose)) {
      lasting.end(h, EndReason.POSE_ENDED, e.name());
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
  }

  private void fire(Binding b) {
    switch (b.action()) {
      case CLICK -> clicks.click(b.button(), 1, pointer.clickAim());
      case DOUBLE_CLICK -> clicks.click(b.button(), 2, pointer.clickAim());
      case SCROLL -> lasting.scroll(b, (int) b.scrollSteps());
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
      if (!b.lasting() || !b.gesture().equals(h.pose) || !matches(b, h) || LastingBindings.isEngaged(h, b)) {
        continue;
      }
      boolean pointerOnly = b.action() == ActionKind.MOVE || b.action() == ActionKind.CLUTCH;
      if (!pointerOnly && !h.poseFresh) {
        continue; // never press anything for a pose that started before the hand settled or while paused
      }
      lasting.engage(h, b, nowNanos);
    }
  }

  /** One frame of a move binding: the hand takes the pointer if it is free and steers it. */
  private void steer(HandRecord h, Engagement g) {
    if (!pointer.owned()) {
      pointer.take(h.id);
    }
    if (pointer.steers(h.id)) {
      pointer.steer(h, approaching(h));
    }
    g.lastNanos = nowNanos;
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
      if (click && matches(b, h) && closures.within(h.id, b.gesture(), pointer.settings().approachFactor())) {
        return true;
      }
    }
    return false;
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
    if (!focus.allows(b, bindings)) {
      return false;
    }
    int primary = roster.primaryId();
    return switch (b.hand()) {
      case PRIMARY -> h.id == primary;
      case SECONDARY -> h.id != primary;
      case LEFT -> h.handedness == Handedness.LEFT;
      case RIGHT -> h.handedness == Handedness.RIGHT;
      case ANY -> true;
    };
  }

  /**
   * Says which application is in front, for bindings limited to some ({@code apps:}).
   *
   * @param names its names (X11 class and instance, lower case), or empty when not known
   */
  public synchronized void setFocusedApp(List<String> names) {
    focus.set(names);
  }

  private void endAll(EndReason reason) {
    for (HandRecord h : roster.all()) {
      lasting.end(h, reason, null);
    }
    // Whatever is still down (nothing, unless a binding was changed under it) goes up too.
    ledger.releaseEverything();
    pointer.letGoAll();
  }

  /** Stops all actions: every button and key is released, the pointer stays where it is. */
  public synchronized void pause() {
    if (!paused) {
      paused = true;
      letGoOfEverything();
    }
  }

  /** Yields to the real mouse (true) or takes back (false), like a pause but apart from the user's ({@link HandOff}). */
  public synchronized void yieldToMouse(boolean yield) {
    if (yield && !yieldedToMouse) {
      letGoOfEverything();
    }
    yieldedToMouse = yield;
  }

  private void letGoOfEverything() {
    dwell.letGo();
    endAll(EndReason.PAUSED);
    roster.all().forEach(h -> h.poseFresh = false);
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
    for (HandRecord h : roster.all()) {
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
   * Fills in what the pointer is doing, for the feedback at the pointer; allocates nothing.
   *
   * @param into filled in place
   */
  public synchronized void feedback(PointerFeedback into) {
    FeedbackReading.fill(into, paused, roster, pointer, ledger, bindings, closures, matcher, dwell.progress(nowNanos));
  }

  /**
   * Releases every button and key and forgets every hand, as if all were lost at once: after a
   * pipeline failure, whatever the failed frame left half done. Frames may follow.
   */
  public synchronized void releaseAll() {
    endAll(EndReason.HAND_LOST);
    // Not told to the hand changes: a hand still in view is kept by them, and with no record here it
    // starts afresh all the same; a hand lost before may still come back.
    roster.clear();
  }

  /** Releases every button and key (on quit); the driver may not be used afterwards. */
  @Override
  public synchronized void close() {
    releaseAll();
  }
}
