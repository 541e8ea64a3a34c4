package dev.handctl.gesture;

import dev.handctl.hand.HandLandmark;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scale-free description of one hand in one frame: per finger its total bend, curl class and
 * direction, and distances between keypoints in hand sizes (wrist to middle-finger base), so the
 * same rule works near and far from the camera and for either hand.
 *
 * @param bendDegrees per finger, the sum of its joint angles (0 for a straight finger)
 * @param curls per finger, the bend classified
 * @param directions per finger, where it points (base to tip) in the image
 * @param keypoints the keypoints it was computed from, in image pixels
 * @param handSizePx wrist to middle-finger base, in pixels (at least 1)
 */
public record HandGeometry(Map<Finger, Double> bendDegrees, Map<Finger, FingerCurl> curls,
    Map<Finger, FingerDirection> directions, List<HandLandmark> keypoints, double handSizePx) {

  /**
   * Measures a hand.
   *
   * @param keypoints 21 keypoints in image pixels (z on the x scale)
   * @param config curl thresholds
   * @return the geometry
   */
  public static HandGeometry of(List<HandLandmark> keypoints, GeometryConfig config) {
    Map<Finger, Double> bends = new EnumMap<>(Finger.class);
    Map<Finger, FingerCurl> curls = new EnumMap<>(Finger.class);
    Map<Finger, FingerDirection> directions = new EnumMap<>(Finger.class);
    for (Finger f : Finger.values()) {
      double bend;
      double extendedMax;
      double curledMin;
      if (f == Finger.THUMB) {
        // The thumb's base (CMC) swings sideways rather than bending; its MCP and IP joints curl it.
        bend = angle(keypoints, f.joint(0), f.joint(1), f.joint(2)) + angle(keypoints, f.joint(1), f.joint(2), f.joint(3));
        extendedMax = config.thumbExtendedMaxDegrees();
        curledMin = config.thumbCurledMinDegrees();
      } else {
        bend = angle(keypoints, 0, f.joint(0), f.joint(1)) + angle(keypoints, f.joint(0), f.joint(1), f.joint(2))
            + angle(keypoints, f.joint(1), f.joint(2), f.joint(3));
        extendedMax = config.fingerExtendedMaxDegrees();
        curledMin = config.fingerCurledMinDegrees();
      }
      bends.put(f, bend);
      curls.put(f, bend <= extendedMax ? FingerCurl.EXTENDED : bend >= curledMin ? FingerCurl.CURLED : FingerCurl.HALF);
      HandLandmark base = keypoints.get(f.joint(f == Finger.THUMB ? 1 : 0));
      HandLandmark tip = keypoints.get(f.tip());
      directions.put(f, FingerDirection.of(tip.xPx() - base.xPx(), tip.yPx() - base.yPx()));
    }
    HandLandmark wrist = keypoints.get(0);
    HandLandmark mcp = keypoints.get(9);
    double size = Math.max(1, Math.hypot(mcp.xPx() - wrist.xPx(), mcp.yPx() - wrist.yPx()));
    return new HandGeometry(Map.copyOf(bends), Map.copyOf(curls), Map.copyOf(directions), List.copyOf(keypoints), size);
  }

  /** Distance between two keypoints in hand sizes (image plane). */
  public double distance(int a, int b) {
    HandLandmark p = keypoints.get(a);
    HandLandmark q = keypoints.get(b);
    return Math.hypot(p.xPx() - q.xPx(), p.yPx() - q.yPx()) / handSizePx;
  }

  /** Angle in degrees between segment a-b and segment b-c (0 when they continue straight on). */
  private static double angle(List<HandLandmark> k, int a, int b, int c) {
    HandLandmark p = k.get(a);
    HandLandmark q = k.get(b);
    HandLandmark r = k.get(c);
    double ux = q.xPx() - p.xPx();
    double uy = q.yPx() - p.yPx();
    double uz = q.zPx() - p.zPx();
    double vx = r.xPx() - q.xPx();
    double vy = r.yPx() - q.yPx();
    double vz = r.zPx() - q.zPx();
    double nu = Math.sqrt(ux * ux + uy * uy + uz * uz);
    double nv = Math.sqrt(vx * vx + vy * vy + vz * vz);
    if (nu < 1e-9 || nv < 1e-9) {
      return 0;
    }
    double cos = (ux * vx + uy * vy + uz * vz) / (nu * nv);
    return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
  }
}
