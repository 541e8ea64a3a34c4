package dev.handctl.gesture;

import java.util.Set;

/**
 * A hand's recent frames, for the gesture rules that look back in time (fingers closing fast,
 * fingers holding their shape). {@link #NONE} is a still image: nothing closed, nothing moved.
 */
public interface GestureHistory {
  /** No past: closing rules are never met, steady rules always. */
  GestureHistory NONE = new GestureHistory() {
    @Override
    public double recentMaxDistance(GestureDefinition.DistanceRule rule, long withinMillis) {
      return Double.NaN;
    }

    @Override
    public double recentBendChange(Set<Finger> fingers, long withinMillis) {
      return 0;
    }

    @Override
    public boolean metWithin(GestureDefinition.FingerRule rule, long withinMillis) {
      return false;
    }
  };

  /**
   * Returns the largest value of a rule's distance within a recent time, this frame included.
   *
   * @param rule the distance rule (its keypoints and depth weight)
   * @param withinMillis how far back
   * @return in hand sizes, or NaN without a past
   */
  double recentMaxDistance(GestureDefinition.DistanceRule rule, long withinMillis);

  /**
   * Returns how much the bend of any of some fingers changed within a recent time (largest minus
   * smallest, for the finger that changed most).
   *
   * @param fingers the fingers
   * @param withinMillis how far back
   * @return degrees, 0 without a past
   */
  double recentBendChange(Set<Finger> fingers, long withinMillis);

  /**
   * Returns whether a finger rule was met at some frame within a recent time.
   *
   * @param rule the rule
   * @param withinMillis how far back
   * @return false without a past
   */
  boolean metWithin(GestureDefinition.FingerRule rule, long withinMillis);
}
