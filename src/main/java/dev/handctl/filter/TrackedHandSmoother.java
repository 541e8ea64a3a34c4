package dev.handctl.filter;

import dev.handctl.hand.HandChanges;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.TrackedFrame;
import dev.handctl.hand.TrackedHand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Smooths the keypoints of every tracked hand, each with its own {@link LandmarkSmoother} keyed by
 * the hand's id. A hand that is lost (as the frame's {@link TrackedFrame} report says) takes its
 * filter state with it, so a hand found again starts unfiltered rather than being pulled towards
 * where the old one was.
 *
 * <p>Not thread-safe; one per frame stream.
 */
public final class TrackedHandSmoother {
  private final OneEuroConfig config;
  private final Map<Integer, LandmarkSmoother> smoothers = new HashMap<>();
  /** Works out which hands are gone for callers that give plain lists of hands. */
  private final HandChanges listChanges = new HandChanges(0);

  /**
   * Creates a smoother with no hands.
   *
   * @param config filter settings for every keypoint coordinate
   */
  public TrackedHandSmoother(OneEuroConfig config) {
    this.config = config;
  }

  /**
   * Smooths one frame's hands.
   *
   * @param hands the tracker's hands in this frame
   * @param timestampNanos the frame's capture time
   * @return the same hands with smoothed image keypoints (world keypoints and scores unchanged)
   */
  public List<TrackedHand> smooth(List<TrackedHand> hands, long timestampNanos) {
    return smooth(listChanges.next(hands, timestampNanos), timestampNanos);
  }

  /**
   * Smooths one frame's hands, whose changes are known (the tracker's report): a lost hand's filter
   * goes at once, so a rejoined hand starts unfiltered too. Give every frame this way or every
   * frame as a list.
   *
   * @param frame the tracker's hands in this frame and what changed
   * @param timestampNanos the frame's capture time
   * @return the same hands with smoothed image keypoints (world keypoints and scores unchanged)
   */
  public List<TrackedHand> smooth(TrackedFrame frame, long timestampNanos) {
    List<TrackedHand> hands = frame.hands();
    for (Integer id : frame.lostIds()) {
      smoothers.remove(id);
    }
    List<TrackedHand> out = new ArrayList<>(hands.size());
    for (TrackedHand h : hands) {
      LandmarkSmoother s = smoothers.computeIfAbsent(h.id(), id -> new LandmarkSmoother(config));
      HandLandmarks lm = h.landmarks();
      out.add(new TrackedHand(h.id(), new HandLandmarks(s.smooth(lm.keypoints(), timestampNanos),
          lm.worldKeypoints(), lm.presence(), lm.handedness(), lm.handednessScore(), lm.region())));
    }
    return List.copyOf(out);
  }
}
