package dev.handctl.gesture;

import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.PixelKeypoint;
import dev.handctl.hand.TrackedHand;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recognizer's "fingers closing" signal for one frame: for each hand and each gesture made by
 * closing fingers (a pinch: distance rules with an upper bound), how far its fingers are from that
 * pose, as the worst of its rules' distance over bound. At most 1 means the pose's distances are
 * met; a little above 1, the fingers are on their way. Action code reads this instead of the rules
 * (the pointer holds still while a click pose's fingers close, a drag drops where it was once they
 * open), and the feedback at the pointer can fill a ring from it.
 *
 * <p>Measured on the model's own keypoints, not smoothed ones: smoothing would tell of closing or
 * opening fingers a frame or two late. One instance is filled in place frame after frame by its
 * {@link GestureRecognizer}, allocating nothing once it has seen as many hands as it will; a reading
 * is valid until the recognizer's next frame. Not thread-safe.
 */
public final class FingerClosures {
  /** A frame in which no fingers close: every closure is infinite. */
  public static final FingerClosures NONE = new FingerClosures(List.of());

  /** The gestures that close fingers, by name, to their index in {@link #rules}. */
  private final Map<String, Integer> gestureIndex;
  /** For each such gesture, its upper-bounded distance rules. */
  private final GestureDefinition.DistanceRule[][] rules;
  private int handCount;
  private int[] handIds = new int[2];
  /** Closures by hand slot, then gesture index. */
  private double[][] closures = new double[2][];

  FingerClosures(List<GestureDefinition> gestures) {
    Map<String, Integer> index = new HashMap<>();
    GestureDefinition.DistanceRule[][] found = new GestureDefinition.DistanceRule[gestures.size()][];
    int n = 0;
    for (GestureDefinition g : gestures) {
      List<GestureDefinition.DistanceRule> closing =
          g.distances().stream().filter(r -> !Double.isNaN(r.below())).toList();
      if (!closing.isEmpty()) {
        index.put(g.name(), n);
        found[n++] = closing.toArray(GestureDefinition.DistanceRule[]::new);
      }
    }
    this.gestureIndex = Map.copyOf(index);
    this.rules = Arrays.copyOf(found, n);
    for (int i = 0; i < closures.length; i++) {
      closures[i] = new double[n];
    }
  }

  /** Measures a frame's hands, replacing the last frame's reading. */
  void measure(List<TrackedHand> hands) {
    if (hands.size() > handIds.length) {
      handIds = Arrays.copyOf(handIds, hands.size());
      closures = Arrays.copyOf(closures, hands.size());
      for (int i = 0; i < closures.length; i++) {
        if (closures[i] == null) {
          closures[i] = new double[rules.length];
        }
      }
    }
    handCount = hands.size();
    for (int h = 0; h < handCount; h++) {
      TrackedHand hand = hands.get(h);
      handIds[h] = hand.id();
      List<PixelKeypoint> keypoints = hand.landmarks().keypoints();
      double size = HandLandmarks.sizePx(keypoints);
      for (int g = 0; g < rules.length; g++) {
        double worst = 0;
        for (GestureDefinition.DistanceRule r : rules[g]) {
          PixelKeypoint p = keypoints.get(r.from());
          PixelKeypoint q = keypoints.get(r.to());
          worst = Math.max(worst, Math.hypot(p.xPx() - q.xPx(), p.yPx() - q.yPx()) / size / r.below());
        }
        closures[h][g] = worst;
      }
    }
  }

  /**
   * Returns how far a hand's fingers are from a gesture made by closing them: the largest of the
   * gesture's upper-bounded distances over its bound.
   *
   * @param handId the hand, as tracked
   * @param gesture the gesture's name
   * @return at most 1 when the pose's distances are met, above 1 when the fingers are further
   *     apart; infinite for a gesture that closes no fingers or a hand not in this frame
   */
  public double closure(int handId, String gesture) {
    Integer g = gestureIndex.get(gesture);
    if (g == null) {
      return Double.POSITIVE_INFINITY;
    }
    for (int h = 0; h < handCount; h++) {
      if (handIds[h] == handId) {
        return closures[h][g];
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  /**
   * Returns whether a hand's fingers are closed to within {@code factor} times a gesture's bounds.
   *
   * @param handId the hand
   * @param gesture the gesture's name
   * @param factor 1 for the pose itself, above 1 for fingers on their way to it
   * @return whether every upper-bounded distance of the gesture is under that share of its bound
   */
  public boolean within(int handId, String gesture, double factor) {
    return closure(handId, gesture) < factor;
  }
}
