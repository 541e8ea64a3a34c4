package dev.handctl.hand;

import dev.handctl.capture.RgbImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows hands through a stream of frames the way MediaPipe Hands does in video mode.
 *
 * <p>While a hand is tracked, its region in the next frame comes from its keypoints in this frame
 * ({@link HandRegions#fromLandmarks}) and the palm detector does not run: one landmark call per
 * hand and frame. A hand whose presence falls under the threshold is lost. The detector runs when
 * no hand is tracked, and, while fewer hands than the maximum are tracked, at most every
 * {@link TrackerConfig#secondHandSearchMillis()} to find another. Palms centred inside a tracked
 * hand are ignored, and a tracked hand that drifts onto another one is dropped, so one hand is
 * never reported twice.
 *
 * <p>Not thread-safe; one tracker per frame stream.
 */
public final class HandTracker {
  private final PalmDetector detector;
  private final HandLandmarker landmarker;
  private final TrackerConfig config;
  private final List<TrackedHand> tracked = new ArrayList<>();
  private int nextId = 1;
  private long lastSearchNanos;
  private boolean searched;
  private long detectorRuns;

  /**
   * Creates a tracker.
   *
   * @param detector the palm detector, used only while searching
   * @param landmarker the landmark model
   * @param config how many hands, how often to search for another
   */
  public HandTracker(PalmDetector detector, HandLandmarker landmarker, TrackerConfig config) {
    this.detector = detector;
    this.landmarker = landmarker;
    this.config = config;
  }

  /**
   * Processes the next frame.
   *
   * @param frame the image
   * @param timestampNanos its capture time (any monotonic origin)
   * @param mirrored whether the frame is a mirrored (selfie) view; decides the handedness labels
   * @return the hands in this frame, oldest first
   */
  public List<TrackedHand> process(RgbImage frame, long timestampNanos, boolean mirrored) {
    HandLandmarkerConfig lc = landmarker.config();
    List<TrackedHand> next = new ArrayList<>(tracked.size() + 1);
    for (TrackedHand hand : tracked) {
      HandRegion region = HandRegions.fromLandmarks(hand.landmarks().keypoints(), lc.regionScale(),
          lc.regionShiftY());
      HandLandmarks lm = landmarker.estimate(frame, region, mirrored);
      if (lm.presence() >= lc.minPresence() && !overlapsAny(next, lm.box(), lc.duplicateIou())) {
        next.add(new TrackedHand(hand.id(), lm));
      }
    }
    if (next.size() < config.maxHands() && searchDue(next.isEmpty(), timestampNanos)) {
      searched = true;
      lastSearchNanos = timestampNanos;
      detectorRuns++;
      for (PalmDetection palm : detector.detect(frame)) {
        if (next.size() >= config.maxHands()) {
          break;
        }
        if (next.stream().anyMatch(h -> palm.box().centredIn(h.landmarks().box()))) {
          continue; // a palm of a hand already tracked
        }
        HandLandmarks lm = landmarker.estimate(frame, HandRegions.fromPalm(palm, detector.config()), mirrored);
        if (lm.presence() >= lc.minPresence() && !overlapsAny(next, lm.box(), lc.duplicateIou())) {
          next.add(new TrackedHand(nextId++, lm));
        }
      }
    }
    tracked.clear();
    tracked.addAll(next);
    return List.copyOf(next);
  }

  private boolean searchDue(boolean noHand, long nowNanos) {
    return noHand || !searched || nowNanos - lastSearchNanos >= config.secondHandSearchMillis() * 1_000_000L;
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

  /** Returns how often the palm detector has run since this tracker was created. */
  public long detectorRuns() {
    return detectorRuns;
  }

  /** Forgets all hands, as after a camera change; the next frame searches. */
  public void reset() {
    tracked.clear();
    searched = false;
  }
}
