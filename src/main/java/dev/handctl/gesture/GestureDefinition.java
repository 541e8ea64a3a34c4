package dev.handctl.gesture;

import java.util.List;
import java.util.Set;

/**
 * One static gesture as a gesture file declares it, in the spirit of fingerpose: conditions on
 * fingers not named are "don't care"; the score is the weighted share of conditions met.
 *
 * @param name the gesture's name (the file's {@code name})
 * @param source where it was read from, for messages
 * @param fingers per-finger conditions
 * @param counts conditions on how many of some fingers have a curl
 * @param distances conditions on keypoint distances in hand sizes
 * @param palm condition on which side of the hand the camera sees, or null for none
 * @param speed condition on how fast the hand moves, or null for none
 * @param enterScore score from which the gesture starts
 * @param exitScore score under which a started gesture ends (hysteresis; at most enterScore)
 * @param priority breaks ties between gestures with equal scores (higher wins)
 * @param confirmMillis the pose must hold this long before the gesture starts (filters passing poses)
 * @param refractoryMillis after the gesture ends it cannot start again for this long
 * @param motion for a motion gesture (a swipe), how the hand must move; null for a static pose
 */
public record GestureDefinition(String name, String source, List<FingerRule> fingers, List<CountRule> counts,
    List<DistanceRule> distances, PalmRule palm, SpeedRule speed, double enterScore, double exitScore, int priority,
    long confirmMillis, long refractoryMillis, MotionRule motion) {

  /** Returns whether this is a motion gesture (fires once when the hand moves) rather than a pose. */
  public boolean isMotion() {
    return motion != null;
  }

  /**
   * A condition on one finger.
   *
   * @param finger which
   * @param curls the curls accepted (empty: any)
   * @param directions the directions accepted (empty: any)
   * @param weight its weight in the score
   */
  public record FingerRule(Finger finger, Set<FingerCurl> curls, Set<FingerDirection> directions, double weight) {}

  /**
   * A condition on how many of some fingers have a given curl.
   *
   * @param fingers the fingers counted
   * @param curl the curl counted
   * @param min at least this many
   * @param max at most this many
   * @param weight its weight in the score
   */
  public record CountRule(Set<Finger> fingers, FingerCurl curl, int min, int max, double weight) {}

  /**
   * A condition on the image distance between two keypoints, in hand sizes, with separate bounds
   * to let go (hysteresis): once the gesture has started, the release bounds apply.
   *
   * @param from keypoint index
   * @param to keypoint index
   * @param below the distance must be under this to start (NaN: no upper bound)
   * @param above the distance must be over this to start (NaN: no lower bound)
   * @param releaseBelow while started, the distance must stay under this (at least {@code below})
   * @param releaseAbove while started, the distance must stay over this (at most {@code above})
   * @param weight its weight in the score
   */
  public record DistanceRule(int from, int to, double below, double above, double releaseBelow, double releaseAbove,
      double weight) {}

  /**
   * A condition on which side of the hand the camera sees.
   *
   * @param facings the sides accepted (not empty)
   * @param weight its weight in the score
   */
  public record PalmRule(Set<PalmFacing> facings, double weight) {}

  /**
   * A condition on how fast the hand moves, in hand sizes per second ({@link HandGeometry#speed}).
   * Its bounds decide whether the gesture may start; once it is under way only the release bounds
   * apply, and by default there are none: a pinch that must start with a steady hand may then be
   * dragged at any speed.
   *
   * @param below the speed must be under this to start (NaN: no upper bound)
   * @param above the speed must be over this to start (NaN: no lower bound)
   * @param releaseBelow while started, the speed must stay under this (NaN: no bound)
   * @param releaseAbove while started, the speed must stay over this (NaN: no bound)
   * @param weight its weight in the score
   */
  public record SpeedRule(double below, double above, double releaseBelow, double releaseAbove, double weight) {}

  /**
   * Scores a hand against this gesture.
   *
   * @param g the hand
   * @return the weighted share of conditions met, 0..1
   */
  public double score(HandGeometry g) {
    return score(g, false);
  }

  /**
   * Scores a hand against this gesture.
   *
   * @param g the hand
   * @param active whether the gesture is under way on this hand (distance rules use their release bounds)
   * @return the weighted share of conditions met, 0..1
   */
  public double score(HandGeometry g, boolean active) {
    double total = 0;
    double met = 0;
    for (FingerRule r : fingers) {
      total += r.weight();
      boolean ok = (r.curls().isEmpty() || r.curls().contains(g.curls().get(r.finger())))
          && (r.directions().isEmpty() || r.directions().contains(g.directions().get(r.finger())));
      met += ok ? r.weight() : 0;
    }
    for (CountRule r : counts) {
      total += r.weight();
      long n = r.fingers().stream().filter(f -> g.curls().get(f) == r.curl()).count();
      met += n >= r.min() && n <= r.max() ? r.weight() : 0;
    }
    for (DistanceRule r : distances) {
      total += r.weight();
      double d = g.distance(r.from(), r.to());
      double below = active ? r.releaseBelow() : r.below();
      double above = active ? r.releaseAbove() : r.above();
      boolean ok = (Double.isNaN(below) || d < below) && (Double.isNaN(above) || d > above);
      met += ok ? r.weight() : 0;
    }
    if (palm != null) {
      total += palm.weight();
      met += palm.facings().contains(g.palm()) ? palm.weight() : 0;
    }
    if (speed != null) {
      total += speed.weight();
      double below = active ? speed.releaseBelow() : speed.below();
      double above = active ? speed.releaseAbove() : speed.above();
      boolean ok = (Double.isNaN(below) || g.speed() < below) && (Double.isNaN(above) || g.speed() > above);
      met += ok ? speed.weight() : 0;
    }
    return total == 0 ? 0 : met / total;
  }
}
