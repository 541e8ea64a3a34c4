package dev.handctl.gesture;

import java.util.List;
import java.util.Optional;

/**
 * Picks the static gesture a single hand pose shows: the best-scoring definition whose score
 * reaches its {@code enterScore}; equal scores go to the higher priority. Stateless (hysteresis and
 * timing belong to the per-hand tracking of gestures over frames).
 */
public final class StaticGestureClassifier {
  private final List<GestureDefinition> definitions;
  private final GeometryConfig geometry;

  /**
   * Creates a classifier.
   *
   * @param definitions the gestures
   * @param geometry curl thresholds
   */
  public StaticGestureClassifier(List<GestureDefinition> definitions, GeometryConfig geometry) {
    this.definitions = List.copyOf(definitions);
    this.geometry = geometry;
  }

  /** Returns the curl thresholds this classifier measures hands with. */
  public GeometryConfig geometry() {
    return geometry;
  }

  /**
   * Classifies a hand.
   *
   * @param hand its geometry
   * @return the gesture, or empty when none reaches its enter score
   */
  public Optional<GestureMatch> classify(HandGeometry hand) {
    GestureDefinition best = null;
    double bestScore = -1;
    for (GestureDefinition d : definitions) {
      if (d.isMotion()) {
        continue;
      }
      double s = d.score(hand);
      if (s >= d.enterScore() && (s > bestScore || (s == bestScore && d.priority() > best.priority()))) {
        best = d;
        bestScore = s;
      }
    }
    return best == null ? Optional.empty() : Optional.of(new GestureMatch(best.name(), bestScore));
  }
}
