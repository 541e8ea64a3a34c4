package dev.handctl.gesture;

/**
 * Thresholds that turn joint angles into {@link FingerCurl}s and the palm's turn into a
 * {@link PalmFacing}. Defaults, with what each trades, are in {@code handctl-defaults.yaml} under
 * {@code geometry}.
 *
 * @param fingerExtendedMaxDegrees a finger whose joints bend by at most this much in all (knuckle,
 *     middle and end joint) is extended
 * @param fingerCurledMinDegrees a finger bent by at least this much is curled; between the two, half
 * @param thumbExtendedMaxDegrees the same for the thumb's two outer joints
 * @param thumbCurledMinDegrees the thumb is curled from this bend on
 * @param palmSidewaysMaxSine a hand whose palm sine ({@link HandGeometry#palmSine}) is smaller than
 *     this in magnitude is turned edge-on ({@link PalmFacing#SIDEWAYS}) rather than showing its palm
 *     or its back
 */
public record GeometryConfig(double fingerExtendedMaxDegrees, double fingerCurledMinDegrees,
    double thumbExtendedMaxDegrees, double thumbCurledMinDegrees, double palmSidewaysMaxSine) {
  /** Validates the fields; messages name the setting. */
  public GeometryConfig {
    check("geometry.fingerExtendedMaxDegrees", fingerExtendedMaxDegrees);
    check("geometry.fingerCurledMinDegrees", fingerCurledMinDegrees);
    check("geometry.thumbExtendedMaxDegrees", thumbExtendedMaxDegrees);
    check("geometry.thumbCurledMinDegrees", thumbCurledMinDegrees);
    if (fingerCurledMinDegrees < fingerExtendedMaxDegrees || thumbCurledMinDegrees < thumbExtendedMaxDegrees) {
      throw new IllegalArgumentException("geometry: a curled threshold must not be below the extended one");
    }
    if (!(palmSidewaysMaxSine >= 0 && palmSidewaysMaxSine < 1)) {
      throw new IllegalArgumentException("geometry.palmSidewaysMaxSine: expected a number from 0 to 1 (exclusive),"
          + " got " + palmSidewaysMaxSine);
    }
  }

  private static void check(String key, double v) {
    if (!(v >= 0 && v <= 360)) {
      throw new IllegalArgumentException(key + ": expected degrees from 0 to 360, got " + v);
    }
  }
}
