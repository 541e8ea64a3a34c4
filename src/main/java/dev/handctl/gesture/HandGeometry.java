package dev.handctl.gesture;

import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.Handedness;
import dev.handctl.hand.PixelKeypoint;
import dev.handctl.hand.PixelPoint;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scale-free description of one hand in one frame: per finger its total bend, curl class and
 * direction, which side of the hand the camera sees, distances between keypoints in hand sizes
 * (wrist to middle-finger base), and how fast the hand moves in hand sizes per second, so the same
 * rule works near and far from the camera and for either hand.
 *
 * @param bendDegrees per finger, the sum of its joint angles (0 for a straight finger)
 * @param curls per finger, the bend classified
 * @param directions per finger, where it points (base to tip) in the image
 * @param palm which side of the hand faces the camera
 * @param palmSine the sine of the turn from wrist-to-index-base to wrist-to-pinky-base in the image,
 *     signed so that it is positive when the palm faces the camera: about 0.5-0.8 for a hand seen
 *     flat, near 0 for one seen edge-on
 * @param keypoints the keypoints it was computed from, in image pixels
 * @param handSizePx wrist to middle-finger base, in pixels (at least 1)
 * @param speed how fast the palm centre moves, in hand sizes per second (0 for a still image or a
 *     hand's first frame; see {@link #withSpeed})
 * @param shape the keypoints normalised for comparing with learned examples ({@link HandShape});
 *     read it, do not change it
 */
public record HandGeometry(Map<Finger, Double> bendDegrees, Map<Finger, FingerCurl> curls,
    Map<Finger, FingerDirection> directions, PalmFacing palm, double palmSine, List<PixelKeypoint> keypoints,
    double handSizePx, double speed, double[] shape) {

  /**
   * Measures a hand found by the landmark model.
   *
   * @param hand its keypoints and handedness
   * @param mirrored whether the frame is a mirrored (selfie) view; the handedness was labelled for it
   * @param config curl and palm thresholds
   * @return the geometry, with speed 0
   */
  public static HandGeometry of(HandLandmarks hand, boolean mirrored, GeometryConfig config) {
    return of(hand.keypoints(), hand.handedness(), mirrored, config);
  }

  /**
   * Measures a hand.
   *
   * @param keypoints 21 keypoints in image pixels (z on the x scale)
   * @param handedness which hand it is, as labelled for this frame (anatomically, given {@code mirrored})
   * @param mirrored whether the frame is a mirrored (selfie) view
   * @param config curl and palm thresholds
   * @return the geometry, with speed 0
   */
  public static HandGeometry of(List<PixelKeypoint> keypoints, Handedness handedness, boolean mirrored,
      GeometryConfig config) {
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
      PixelKeypoint base = keypoints.get(f.joint(f == Finger.THUMB ? 1 : 0));
      PixelKeypoint tip = keypoints.get(f.tip());
      directions.put(f, FingerDirection.of(tip.xPx() - base.xPx(), tip.yPx() - base.yPx()));
    }
    double size = HandLandmarks.sizePx(keypoints);
    double sine = palmSine(keypoints, handedness, mirrored);
    double[] shape = HandShape.normalise(keypoints, rightAsSeen(handedness, mirrored));
    PalmFacing palm = sine >= config.palmSidewaysMaxSine() ? PalmFacing.TOWARDS
        : sine <= -config.palmSidewaysMaxSine() ? PalmFacing.AWAY : PalmFacing.SIDEWAYS;
    return new HandGeometry(Map.copyOf(bends), Map.copyOf(curls), Map.copyOf(directions), palm, sine,
        List.copyOf(keypoints), size, 0, shape);
  }

  /**
   * Returns this geometry with a speed, measured by whoever follows the hand over frames.
   *
   * @param handSizesPerSecond how fast the palm centre moves
   * @return a copy with that speed
   */
  public HandGeometry withSpeed(double handSizesPerSecond) {
    return new HandGeometry(bendDegrees, curls, directions, palm, palmSine, keypoints, handSizePx, handSizesPerSecond,
        shape);
  }

  /** Returns the palm centre: the mean of the wrist and the four finger bases, in image pixels. */
  public PixelPoint palmCentre() {
    return HandLandmarks.palmCentre(keypoints);
  }

  /**
   * The signed sine of the turn from wrist-to-index-base to wrist-to-pinky-base, positive when the
   * palm faces the camera.
   *
   * <p>Seen from the palm side, a hand's index-to-pinky turn goes one way; from the back, the other
   * way; and a left hand turns the opposite way to a right hand. So the side shown is the turn's
   * sign combined with the handedness the landmark model saw in this frame, which is the labelled
   * handedness un-swapped for a mirrored view (a mirror flips both the turn and what the model
   * sees, and the side shown stays). The sign convention is measured, not derived: on the real
   * photos (the palms of the webcam set, the backs of the two left hands in
   * {@code tfjs-hands/hands.jpg}) a negative image cross product (y down) with a hand labelled right
   * in an unmirrored frame is a palm; {@code PalmFacingTest} checks it there.
   */
  private static double palmSine(List<PixelKeypoint> k, Handedness handedness, boolean mirrored) {
    PixelKeypoint w = k.get(0);
    PixelKeypoint i = k.get(5);
    PixelKeypoint p = k.get(17);
    double ax = i.xPx() - w.xPx();
    double ay = i.yPx() - w.yPx();
    double bx = p.xPx() - w.xPx();
    double by = p.yPx() - w.yPx();
    double norms = Math.hypot(ax, ay) * Math.hypot(bx, by);
    if (norms < 1e-9) {
      return 0;
    }
    double sine = (ax * by - ay * bx) / norms;
    return rightAsSeen(handedness, mirrored) ? -sine : sine;
  }

  /**
   * Returns whether a hand looks like a right hand in the picture: its anatomical handedness,
   * swapped in a mirrored (selfie) view.
   *
   * @param handedness the hand as labelled for the frame
   * @param mirrored whether the frame is mirrored
   * @return whether it is a right hand as seen
   */
  public static boolean rightAsSeen(Handedness handedness, boolean mirrored) {
    return (handedness == Handedness.RIGHT) != mirrored;
  }

  /** Distance between two keypoints in hand sizes (image plane). */
  public double distance(int a, int b) {
    return distance(a, b, 0);
  }

  /**
   * Distance between two keypoints in hand sizes, with their depth difference counted by a weight.
   *
   * @param a keypoint index
   * @param b keypoint index
   * @param depthWeight 0 for the image plane only, 1 for depth on the x scale as the model gives it
   * @return the distance
   */
  public double distance(int a, int b, double depthWeight) {
    PixelKeypoint p = keypoints.get(a);
    PixelKeypoint q = keypoints.get(b);
    double dz = (p.zPx() - q.zPx()) * depthWeight;
    double dx = p.xPx() - q.xPx();
    double dy = p.yPx() - q.yPx();
    return Math.sqrt(dx * dx + dy * dy + dz * dz) / handSizePx;
  }

  /** Angle in degrees between segment a-b and segment b-c (0 when they continue straight on). */
  private static double angle(List<PixelKeypoint> k, int a, int b, int c) {
    PixelKeypoint p = k.get(a);
    PixelKeypoint q = k.get(b);
    PixelKeypoint r = k.get(c);
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
