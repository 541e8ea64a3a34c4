package dev.handctl.hand.track;

import dev.handctl.capture.RgbImage;
import dev.handctl.hand.HandChanges;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.PixelBox;
import dev.handctl.hand.TrackedFrame;
import dev.handctl.hand.TrackedHand;
import dev.handctl.hand.detect.PalmDetection;
import dev.handctl.hand.detect.PalmDetectorConfig;
import dev.handctl.hand.landmark.HandLandmarker;
import dev.handctl.hand.landmark.HandLandmarkerConfig;
import dev.handctl.hand.landmark.HandRegions;
import dev.handctl.hand.landmark.LandmarkEstimator;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows hands through a stream of frames the way MediaPipe Hands does in video mode, and saves
 * work while no hand is in view.
 *
 * <p><b>Tracking.</b> While a hand is tracked, its region in the next frame comes from its
 * keypoints in this frame ({@link HandRegions#fromLandmarks}) and the palm detector does not run:
 * one landmark call per hand and frame. A hand whose presence falls under the threshold is lost.
 * While fewer hands than the maximum are tracked, the detector looks for another at most every
 * {@link TrackerConfig#secondHandSearchMillis()}, one pass at a time (plain and mirror image in
 * turn); with a concurrent {@link PalmSearcher} that search runs beside the tracking and its palms
 * are taken up on the frame it finishes. Palms centred
 * inside a tracked hand are ignored, and a tracked hand that drifts onto another one is dropped,
 * so one hand is never reported twice.
 *
 * <p><b>Searching.</b> The first frame, and every frame right after the last hand is lost (for
 * {@link IdleConfig#afterLostMillis()}), is searched with all detector passes: the hand is probably
 * still there, moving fast.
 * After that the tracker is <i>idle</i>: one detector pass at most {@link IdleConfig#detectorHz()}
 * times a second, alternating between the plain and the mirror image, and none at all while the
 * scene stays as it was when both passes last looked at it ({@link StillSceneGate}). A found hand
 * is tracked on every frame again at once.
 *
 * <p><b>Time.</b> All scheduling uses the frames' own timestamps, so a video file processed faster
 * than real time behaves as it would live. Frames further apart than
 * {@link TrackerConfig#maxFrameGapMillis()}, going back in time, or of a new size start afresh.
 *
 * <p>Not thread-safe; one tracker per frame stream.
 */
public final class HandTracker {
  private final PalmSource searcher;
  private final LandmarkEstimator landmarker;
  /** Palm to hand, as the still-image finder does it, with the tracker's refinement. */
  private final PalmToHand palmToHand;
  private final TrackerConfig config;
  private final IdleConfig idle;
  private final StillSceneGate sceneGate;
  /**
   * An idle pass is due once this share of its period has passed: frame times jitter, and a 30
   * frames/s camera's 6th frame after a 5 Hz pass arrives a hair before 200 ms.
   */
  private static final double IDLE_PERIOD_ON_TIME = 0.95;
  private final HandMotions motions;
  /** The single detector passes idle searches take in turn. */
  private final List<PalmSearcher.Passes> idlePasses;
  private final List<TrackedHand> tracked = new ArrayList<>();
  private int nextId = 1;
  private boolean hasFrame;
  private long lastFrameNanos;
  private int lastWidth;
  private int lastHeight;
  private boolean searched;
  private long lastSearchNanos;
  private boolean handSeen;
  private long lastHandNanos;
  /** The passes a still scene gets ({@link #stillScenePasses}). */
  private final List<PalmSearcher.Passes> stillScenePasses;
  /** The idle passes that have looked at the scene since it last changed. */
  private final java.util.Set<PalmSearcher.Passes> passesOnScene = java.util.EnumSet.noneOf(PalmSearcher.Passes.class);
  private int nextPass;
  /**
   * Palms the landmark model turned down on the scene the idle search is looking at. The passes
   * that follow on the unchanged scene often find the same false palm (a face, a lamp) again; it
   * is not worth a second landmark run until the scene changes.
   */
  private final List<PixelBox> turnedDownOnScene = new ArrayList<>();
  private long detectorRuns;
  private long idleFramesSkipped;
  /** Turns each frame's hands into the report of which are new, kept and lost. */
  private final HandChanges changes;

  /**
   * Creates a tracker.
   *
   * @param searcher runs the palm detector, inline or beside the tracking ({@link PalmSearcher})
   * @param landmarker the landmark model ({@link HandLandmarker})
   * @param config how many hands, how often to search for another
   * @param idle how to save work while no hand is in view
   */
  public HandTracker(PalmSource searcher, LandmarkEstimator landmarker, TrackerConfig config, IdleConfig idle) {
    this.searcher = searcher;
    this.landmarker = landmarker;
    this.palmToHand = new PalmToHand(searcher.config(), landmarker, PalmToHand.Refinement.TRACKER);
    this.config = config;
    this.idle = idle;
    this.sceneGate = new StillSceneGate(idle.stillSceneLevels());
    this.idlePasses = idlePasses(searcher.config());
    this.stillScenePasses = stillScenePasses(searcher.config());
    this.motions = new HandMotions(config.predictMotion(), config.rejoinMillis(), config.rejoinMaxHandSizes());
    // The same window as the rejoining: a hand given back its id is always reported kept.
    this.changes = new HandChanges(config.rejoinMillis());
  }

  /**
   * Processes the next frame.
   *
   * @param frame the image; only read during the call
   * @param timestampNanos its capture time (any monotonic origin)
   * @param mirrored whether the frame is a mirrored (selfie) view; decides the handedness labels
   * @return the hands in this frame, oldest first
   */
  public List<TrackedHand> process(RgbImage frame, long timestampNanos, boolean mirrored) {
    return track(frame, timestampNanos, mirrored).hands();
  }

  /**
   * Processes the next frame and reports what changed: which hands are new, which were lost (a
   * hand rejoined within {@code tracker.rejoinMillis} keeps its id and counts as kept), which lost
   * ones will not come back.
   *
   * @param frame the image; only read during the call
   * @param timestampNanos its capture time (any monotonic origin)
   * @param mirrored whether the frame is a mirrored (selfie) view; decides the handedness labels
   * @return the hands in this frame, oldest first, and the changes
   */
  public TrackedFrame track(RgbImage frame, long timestampNanos, boolean mirrored) {
    if (hasFrame && (timestampNanos - lastFrameNanos > config.maxFrameGapMillis() * 1_000_000L
        || timestampNanos < lastFrameNanos || frame.width() != lastWidth || frame.height() != lastHeight)) {
      reset();
    }
    hasFrame = true;
    lastFrameNanos = timestampNanos;
    lastWidth = frame.width();
    lastHeight = frame.height();

    HandLandmarkerConfig lc = landmarker.config();
    List<TrackedHand> next = new ArrayList<>(config.maxHands());
    for (TrackedHand hand : tracked) {
      HandRegion region = HandRegions.fromLandmarks(hand.landmarks().keypoints(), lc.regionScale(),
          lc.regionShiftY());
      double[] shift = motions.predictedShift(hand.id(), timestampNanos);
      boolean predicted = shift[0] != 0 || shift[1] != 0;
      HandLandmarks lm = landmarker.estimate(frame, predicted ? region.shifted(shift[0], shift[1]) : region, mirrored);
      if (lm.presence() < lc.minPresence() && predicted) {
        // The hand stopped or turned: look again where it was before giving it up.
        HandLandmarks stayed = landmarker.estimate(frame, region, mirrored);
        lm = stayed.presence() > lm.presence() ? stayed : lm;
      }
      if (lm.presence() >= lc.minPresence() && !overlapsAny(next, lm.box(), lc.duplicateIou())) {
        next.add(new TrackedHand(hand.id(), lm));
        motions.observe(hand.id(), lm.keypoints(), timestampNanos);
      } else {
        motions.lose(hand.id(), hand.landmarks().handedness(), timestampNanos);
      }
    }
    List<PalmDetection> late = searcher.takeBackgroundResult();
    if (late != null) {
      addNewHands(late, frame, mirrored, next, false);
    }
    if (next.isEmpty()) {
      searchWithoutHands(frame, timestampNanos, mirrored, next);
    } else if (next.size() < config.maxHands() && !searcher.backgroundPending()
        && timestampNanos - lastSearchNanos >= config.secondHandSearchMillis() * 1_000_000L) {
      markSearch(timestampNanos);
      PalmSearcher.Passes passes = alternatePass();
      if (searcher.concurrent()) {
        searcher.startBackground(frame, passes);
      } else {
        addNewHands(searcher.search(frame, passes), frame, mirrored, next, false);
      }
    }
    if (!next.isEmpty()) {
      handSeen = true;
      lastHandNanos = timestampNanos;
      passesOnScene.clear();
      sceneGate.reset();
      turnedDownOnScene.clear();
    }
    tracked.clear();
    tracked.addAll(next);
    return changes.next(List.copyOf(next), timestampNanos);
  }

  private void searchWithoutHands(RgbImage frame, long nowNanos, boolean mirrored, List<TrackedHand> next) {
    // The first frame of a stream gets every pass too: a hand already in view is found at once.
    if (!searched || !isIdle(nowNanos)) {
      markSearch(nowNanos);
      turnedDownOnScene.clear();
      addNewHands(searcher.search(frame, PalmSearcher.Passes.ALL), frame, mirrored, next, true);
      sceneGate.changed(frame); // primes the gate: every pass has seen this scene now
      passesOnScene.addAll(idlePasses);
      return;
    }
    if (searched && nowNanos - lastSearchNanos < idle.periodNanos() * IDLE_PERIOD_ON_TIME) {
      idleFramesSkipped++;
      return;
    }
    PalmSearcher.Passes pass;
    if (sceneGate.changed(frame)) {
      passesOnScene.clear();
      turnedDownOnScene.clear();
      pass = alternatePass();
    } else {
      pass = stillScenePassNotRun();
      if (pass == null) {
        idleFramesSkipped++;
        return; // the passes a still scene gets have seen it, and it has not changed since
      }
    }
    passesOnScene.add(pass);
    markSearch(nowNanos);
    addNewHands(searcher.search(frame, pass), frame, mirrored, next, true);
  }

  /**
   * One detector pass, the configured passes in turn (plain, mirror image, zoomed out): the
   * searches that are not urgent pay for one pass, not all.
   */
  private PalmSearcher.Passes alternatePass() {
    PalmSearcher.Passes p = idlePasses.get(nextPass % idlePasses.size());
    nextPass = (nextPass + 1) % idlePasses.size();
    return p;
  }

  /** The first pass a still scene gets that has not looked at it yet, or null. */
  private PalmSearcher.Passes stillScenePassNotRun() {
    for (PalmSearcher.Passes p : stillScenePasses) {
      if (!passesOnScene.contains(p)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The passes a scene that holds still gets: the plain one and, when configured, the zoomed-out
   * one (a close hand, which nothing else finds), else the mirror image. While the scene moves,
   * every pass takes its turn; two passes per still scene keep an idle room as cheap as before
   * the zoomed-out pass was added.
   */
  private static List<PalmSearcher.Passes> stillScenePasses(PalmDetectorConfig c) {
    if (c.zoomOutPass()) {
      return List.of(PalmSearcher.Passes.PLAIN, PalmSearcher.Passes.ZOOMED_OUT);
    }
    return c.mirroredPass() ? List.of(PalmSearcher.Passes.PLAIN, PalmSearcher.Passes.MIRRORED)
        : List.of(PalmSearcher.Passes.PLAIN);
  }

  private static List<PalmSearcher.Passes> idlePasses(PalmDetectorConfig c) {
    List<PalmSearcher.Passes> passes = new ArrayList<>(3);
    passes.add(PalmSearcher.Passes.PLAIN);
    if (c.mirroredPass()) {
      passes.add(PalmSearcher.Passes.MIRRORED);
    }
    if (c.zoomOutPass()) {
      passes.add(PalmSearcher.Passes.ZOOMED_OUT);
    }
    return List.copyOf(passes);
  }

  private void markSearch(long nowNanos) {
    searched = true;
    lastSearchNanos = nowNanos;
    detectorRuns++;
  }

  /**
   * Runs the landmark model on the palms that are not hands already tracked and keeps the hands.
   *
   * @param onScene whether this is the idle search of one scene: palms turned down on it before
   *     are skipped, and those turned down now remembered
   */
  private void addNewHands(List<PalmDetection> palms, RgbImage frame, boolean mirrored, List<TrackedHand> next,
      boolean onScene) {
    HandLandmarkerConfig lc = landmarker.config();
    for (PalmDetection palm : palms) {
      if (next.size() >= config.maxHands()) {
        break;
      }
      if (next.stream().anyMatch(h -> palm.box().centredIn(h.landmarks().box()))) {
        continue; // a palm of a hand already tracked
      }
      if (onScene && turnedDown(palm.box())) {
        continue;
      }
      // The palm's box is rough; a pass on the keypoints' own region is what tracking will see next.
      HandLandmarks lm = palmToHand.landmarks(frame, palm, mirrored);
      // A hand just lost is most likely still there (blurred by a fast move): found again near its
      // path, it needs only the tracking threshold and keeps its id.
      boolean rejoinable = motions.anyLost(lastFrameNanos);
      double needed = rejoinable ? Math.min(config.newHandMinPresence(), lc.minPresence()) : config.newHandMinPresence();
      if (lm.presence() >= needed && !overlapsAny(next, lm.box(), lc.duplicateIou())) {
        int id = rejoinable ? motions.rejoin(lm.keypoints(), lm.handedness(), next.isEmpty(), lastFrameNanos) : -1;
        if (id < 0 && lm.presence() < config.newHandMinPresence()) {
          rememberTurnedDown(onScene, palm.box());
          continue; // not near a lost hand: a new hand must reach the acquisition threshold
        }
        next.add(new TrackedHand(id < 0 ? nextId++ : id, lm));
        motions.observe(next.get(next.size() - 1).id(), lm.keypoints(), lastFrameNanos);
      } else {
        rememberTurnedDown(onScene, palm.box());
      }
    }
  }

  private boolean turnedDown(PixelBox palm) {
    for (PixelBox b : turnedDownOnScene) {
      if (palm.centredIn(b) || b.centredIn(palm)) {
        return true;
      }
    }
    return false;
  }

  private void rememberTurnedDown(boolean onScene, PixelBox palm) {
    if (onScene) {
      turnedDownOnScene.add(palm);
    }
  }

  /**
   * Returns whether, as of the last frame, no hand is tracked and none was lost recently: the
   * detector then runs at the idle rate, and a live caller may fetch frames only that often.
   */
  public boolean idle() {
    return hasFrame && tracked.isEmpty() && isIdle(lastFrameNanos);
  }

  private boolean isIdle(long nowNanos) {
    return !handSeen || nowNanos - lastHandNanos > idle.afterLostMillis() * 1_000_000L;
  }

  /** Returns the shortest time between idle detector passes, in nanoseconds. */
  public long idlePeriodNanos() {
    return idle.periodNanos();
  }

  /** Returns on how many frames the palm detector has run since this tracker was created. */
  public long detectorRuns() {
    return detectorRuns;
  }

  /** Returns how many frames idle mode let pass without running the detector. */
  public long idleFramesSkipped() {
    return idleFramesSkipped;
  }

  /** Forgets all hands and search history, as after a camera change; the next frame searches. */
  public void reset() {
    tracked.clear();
    changes.reset();
    motions.clear();
    searcher.discardBackground();
    searched = false;
    handSeen = false;
    passesOnScene.clear();
    sceneGate.reset();
    turnedDownOnScene.clear();
  }

  /** True when the box overlaps a tracked hand's keypoint box by more than {@code iou}. */
  private static boolean overlapsAny(List<TrackedHand> hands, PixelBox box, double iou) {
    for (TrackedHand h : hands) {
      if (h.landmarks().box().iou(box) > iou) {
        return true;
      }
    }
    return false;
  }
}
