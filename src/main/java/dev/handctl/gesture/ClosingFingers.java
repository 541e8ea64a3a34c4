package dev.handctl.gesture;

import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.PixelKeypoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the fingers of a pose that closes (a pinch: distance rules with an upper bound) have come
 * together: whether every such rule is within some factor of its bound. The gesture rules are the
 * recognizer's business; action code asks this instead of reading the rules itself (the pointer
 * holds still while a click pose's fingers close, a drag drops where it was once they open).
 *
 * <p>Built once per set of gestures (on start and reload), so asking allocates nothing. Immutable.
 */
public final class ClosingFingers {
  /** For each gesture, its distance rules with an upper bound (fingers that close to make it). */
  private final Map<String, List<GestureDefinition.DistanceRule>> closingRules;

  private ClosingFingers(Map<String, List<GestureDefinition.DistanceRule>> closingRules) {
    this.closingRules = closingRules;
  }

  /**
   * Collects the closing rules of some gestures.
   *
   * @param gestures the gestures in use
   * @return their closing rules
   */
  public static ClosingFingers of(List<GestureDefinition> gestures) {
    Map<String, List<GestureDefinition.DistanceRule>> closing = new HashMap<>();
    for (GestureDefinition g : gestures) {
      List<GestureDefinition.DistanceRule> rules =
          g.distances().stream().filter(r -> !Double.isNaN(r.below())).toList();
      if (!rules.isEmpty()) {
        closing.put(g.name(), rules);
      }
    }
    return new ClosingFingers(Map.copyOf(closing));
  }

  /**
   * Returns whether a gesture's fingers are closed to within {@code factor} times its bounds: every
   * upper-bounded distance rule under that share. False for a gesture that closes no fingers.
   *
   * @param gesture the gesture's name
   * @param keypoints the hand's keypoints (the model's own, usually: smoothing would tell of closing
   *     or opening fingers a frame or two late)
   * @param factor 1 for the pose itself, above 1 for fingers on their way to it
   * @return whether they are that close
   */
  public boolean within(String gesture, List<PixelKeypoint> keypoints, double factor) {
    List<GestureDefinition.DistanceRule> rules = closingRules.get(gesture);
    if (rules == null) {
      return false;
    }
    double size = HandLandmarks.sizePx(keypoints);
    for (GestureDefinition.DistanceRule r : rules) {
      PixelKeypoint p = keypoints.get(r.from());
      PixelKeypoint q = keypoints.get(r.to());
      if (Math.hypot(p.xPx() - q.xPx(), p.yPx() - q.yPx()) / size >= r.below() * factor) {
        return false;
      }
    }
    return true;
  }
}
