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
 * @param steady condition that some fingers hold their shape while the gesture starts, or null
 * @param examples for a gesture learned from examples ({@code handctl teach}), the example shapes
 *     and how near a hand must come to one; null for a gesture of rules only
 */
public record GestureDefinition(String name, String source, List<FingerRule> fingers, List<CountRule> counts,
    List<DistanceRule> distances, PalmRule palm, SpeedRule speed, double enterScore, double exitScore, int priority,
    long confirmMillis, long refractoryMillis, MotionRule motion, SteadyRule steady, ExampleRule examples) {

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
   * @param bendBelowDegrees the finger's total bend must be under this (NaN: no bound); lets a
   *     finger bend far (an index bending onto the thumb) without folding into the palm
   * @param weight its weight in the score
   * @param recentMillis when above 0, the rule is also met if it held at some frame within this
   *     long before (an index straight a moment ago that bends onto the thumb to pinch); a still
   *     image has no past, so there it must hold now
   */
  public record FingerRule(Finger finger, Set<FingerCurl> curls, Set<FingerDirection> directions,
      double bendBelowDegrees, double weight, long recentMillis) {
    /**
     * Returns whether a hand meets this rule in one frame.
     *
     * @param g the hand
     * @return whether curl, direction and bend are as the rule says
     */
    public boolean metBy(HandGeometry g) {
      return (curls.isEmpty() || curls.contains(g.curls().get(finger)))
          && (directions.isEmpty() || directions.contains(g.directions().get(finger)))
          && (Double.isNaN(bendBelowDegrees) || g.bendDegrees().get(finger) < bendBelowDegrees);
    }
  }

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
   * @param depthWeight how much the keypoints' depth counts (0: the image plane only; 1: depth on
   *     the x scale, as the model gives it). Tips that only overlap in the picture (a hand turned
   *     edge-on) are apart in depth; the model's depth is its least certain axis, so it may count less
   * @param closing a second way to start: the distance fell fast, or null
   * @param shareOf a further start condition: under a share of another distance, or null
   */
  public record DistanceRule(int from, int to, double below, double above, double releaseBelow, double releaseAbove,
      double weight, double depthWeight, Closing closing, ShareOf shareOf) {}

  /**
   * Met when the distance is under {@code below} and under {@code share} of the largest it was
   * within the last {@code withinMillis}: fingers that close fast count even where the model does
   * not bring them all the way together. Needs the hand's history (video, not still images).
   *
   * @param below the distance must be under this, in hand sizes
   * @param share and under this share of its recent largest value
   * @param withinMillis how far back "recent" goes
   */
  public record Closing(double below, double share, long withinMillis) {}

  /**
   * Met when the distance is under a share of the distance between two other keypoints (as the
   * rule measures it): the thumb meets the index rather than all the fingertips at once.
   *
   * @param from keypoint index
   * @param to keypoint index
   * @param share the rule's distance must be under this share of that one
   */
  public record ShareOf(int from, int to, double share) {}

  /**
   * A condition that some fingers keep their shape while the gesture starts: their bend changed by
   * at most a number of degrees within a time. A hand closing into a fist brings thumb and index
   * together too, but every finger moves; in a pinch the others stay as they are.
   *
   * @param fingers the fingers
   * @param maxChangeDegrees largest change of any one's bend allowed
   * @param withinMillis over this long
   * @param weight its weight in the score
   */
  public record SteadyRule(Set<Finger> fingers, double maxChangeDegrees, long withinMillis, double weight) {}

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
   * A pose learned from examples: hand shapes ({@link HandShape}) and how far from the nearest of
   * them a hand may be. Its score is {@code 1 - d / (2 * rejectDistance)} (at least 0) for the
   * nearest example at RMS keypoint distance {@code d}: 1 on an example, 0.5 at the reject distance,
   * 0 at twice it; so a score.enter of 0.5 accepts exactly the hands within the reject distance.
   *
   * @param shapes the examples, each {@link HandShape#VALUES} numbers (not empty)
   * @param rejectDistance the distance in hand sizes at which the score is 0.5 (positive)
   * @param weight its weight in the score, beside any other condition of the file
   */
  public record ExampleRule(List<double[]> shapes, double rejectDistance, double weight) {
    /**
     * Returns the distance from a shape to the nearest example, in hand sizes.
     *
     * @param shape a normalised hand
     * @return the RMS keypoint distance to the nearest example
     */
    public double nearest(double[] shape) {
      double best = Double.POSITIVE_INFINITY;
      for (double[] e : shapes) {
        best = Math.min(best, HandShape.distance(e, shape));
      }
      return best;
    }

    /**
     * Returns how like the examples a hand is, 0..1 (0.5 at the reject distance).
     *
     * @param g the hand
     * @return the similarity
     */
    public double similarity(HandGeometry g) {
      return Math.max(0, 1 - nearest(g.shape()) / (2 * rejectDistance));
    }
  }

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
    return score(g, active, GestureHistory.NONE);
  }

  /**
   * Scores a hand against this gesture, with its recent past for the rules that need one.
   *
   * @param g the hand
   * @param active whether the gesture is under way on this hand (distance rules use their release
   *     bounds; start-only conditions count as met)
   * @param history the hand's recent frames
   * @return the weighted share of conditions met, 0..1
   */
  public double score(HandGeometry g, boolean active, GestureHistory history) {
    double total = 0;
    double met = 0;
    for (FingerRule r : fingers) {
      total += r.weight();
      boolean ok = r.metBy(g) || (r.recentMillis() > 0 && history.metWithin(r, r.recentMillis()));
      met += ok ? r.weight() : 0;
    }
    for (CountRule r : counts) {
      total += r.weight();
      long n = r.fingers().stream().filter(f -> g.curls().get(f) == r.curl()).count();
      met += n >= r.min() && n <= r.max() ? r.weight() : 0;
    }
    for (DistanceRule r : distances) {
      total += r.weight();
      double d = g.distance(r.from(), r.to(), r.depthWeight());
      double below = active ? r.releaseBelow() : r.below();
      double above = active ? r.releaseAbove() : r.above();
      boolean ok = (Double.isNaN(below) || d < below) && (Double.isNaN(above) || d > above);
      if (!ok && !active && r.closing() != null && Double.isNaN(above)) {
        double recent = history.recentMaxDistance(r, r.closing().withinMillis());
        ok = d < r.closing().below() && !Double.isNaN(recent) && d < r.closing().share() * recent;
      }
      if (ok && !active && r.shareOf() != null) {
        ok = d < r.shareOf().share() * g.distance(r.shareOf().from(), r.shareOf().to(), r.depthWeight());
      }
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
    if (steady != null) {
      total += steady.weight();
      met += active || history.recentBendChange(steady.fingers(), steady.withinMillis()) <= steady.maxChangeDegrees()
          ? steady.weight() : 0;
    }
    if (examples != null) {
      // Not met-or-not like the rules: its similarity counts in proportion, so that its score can
      // carry the hysteresis between score.enter and score.exit by itself.
      total += examples.weight();
      met += examples.weight() * examples.similarity(g);
    }
    return total == 0 ? 0 : met / total;
  }
}
