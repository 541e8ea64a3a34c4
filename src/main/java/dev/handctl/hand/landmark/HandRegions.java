package dev.handctl.hand.landmark;

import dev.handctl.hand.HandRegion;
import dev.handctl.hand.KeypointName;
import dev.handctl.hand.PixelBox;
import dev.handctl.hand.PixelKeypoint;
import dev.handctl.hand.PixelPoint;
import dev.handctl.hand.detect.PalmDetection;
import dev.handctl.hand.detect.PalmDetectorConfig;
import java.util.List;

/**
 * Computes the rotated square around a hand that the landmark model looks at, from a palm
 * ({@link #fromPalm}, MediaPipe's {@code palm_detection_detection_to_roi}) or from the hand's own
 * keypoints ({@link #fromLandmarks}, MediaPipe's {@code hand_landmark_landmarks_to_roi}, the step
 * that lets a tracker skip the detector).
 */
public final class HandRegions {
  /** Keypoints that outline the palm and finger roots: stable whatever the fingers do. */
  private static final int[] PALM_OUTLINE = {0, 1, 2, 3, 5, 6, 9, 10, 13, 14, 17, 18};

  private HandRegions() {}

  /**
   * Computes the region around a hand from its keypoints.
   *
   * <p>The rotation turns the vector from the wrist to the middle of the finger bases up. The
   * square is the box of the palm-outline keypoints in that rotated frame, shifted towards the
   * fingers, its long side times the scale (which leaves room for the fingers and for the hand to
   * move until the next frame).
   *
   * @param keypoints the 21 keypoints in image pixels
   * @param scale how much larger than the palm outline's box the square is
   * @param shiftY shift towards the fingers in box heights (negative is towards the fingers)
   * @return the region
   */
  public static HandRegion fromLandmarks(List<PixelKeypoint> keypoints, double scale, double shiftY) {
    PixelKeypoint wrist = keypoints.get(KeypointName.WRIST.ordinal());
    PixelKeypoint index = keypoints.get(KeypointName.INDEX_FINGER_MCP.ordinal());
    PixelKeypoint middle = keypoints.get(KeypointName.MIDDLE_FINGER_MCP.ordinal());
    PixelKeypoint ring = keypoints.get(KeypointName.RING_FINGER_MCP.ordinal());
    double x1 = ((index.xPx() + ring.xPx()) / 2 + middle.xPx()) / 2;
    double y1 = ((index.yPx() + ring.yPx()) / 2 + middle.yPx()) / 2;
    double rotation = normalizeRadians(Math.PI / 2 - Math.atan2(-(y1 - wrist.yPx()), x1 - wrist.xPx()));
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int i : PALM_OUTLINE) {
      minX = Math.min(minX, keypoints.get(i).xPx());
      maxX = Math.max(maxX, keypoints.get(i).xPx());
      minY = Math.min(minY, keypoints.get(i).yPx());
      maxY = Math.max(maxY, keypoints.get(i).yPx());
    }
    double axisCx = (minX + maxX) / 2;
    double axisCy = (minY + maxY) / 2;
    double cos = Math.cos(rotation);
    double sin = Math.sin(rotation);
    // Box of the outline in the hand's own upright frame (rotate by -rotation around the centre).
    double pMinX = Double.POSITIVE_INFINITY;
    double pMaxX = Double.NEGATIVE_INFINITY;
    double pMinY = Double.POSITIVE_INFINITY;
    double pMaxY = Double.NEGATIVE_INFINITY;
    for (int i : PALM_OUTLINE) {
      double ox = keypoints.get(i).xPx() - axisCx;
      double oy = keypoints.get(i).yPx() - axisCy;
      double px = ox * cos + oy * sin;
      double py = -ox * sin + oy * cos;
      pMinX = Math.min(pMinX, px);
      pMaxX = Math.max(pMaxX, px);
      pMinY = Math.min(pMinY, py);
      pMaxY = Math.max(pMaxY, py);
    }
    double pcx = (pMinX + pMaxX) / 2;
    double pcy = (pMinY + pMaxY) / 2 + shiftY * (pMaxY - pMinY);
    double cx = axisCx + pcx * cos - pcy * sin;
    double cy = axisCy + pcx * sin + pcy * cos;
    double side = Math.max(pMaxX - pMinX, pMaxY - pMinY) * scale;
    return new HandRegion(cx, cy, side, rotation);
  }

  /**
   * Computes the hand region of a palm.
   *
   * @param palm a palm in image pixels
   * @param config rotation keypoints, target angle, scale and shift
   * @return the region the landmark model should look at
   */
  public static HandRegion fromPalm(PalmDetection palm, PalmDetectorConfig config) {
    PixelPoint start = palm.keypoints().get(config.rotationStartKeypoint());
    PixelPoint end = palm.keypoints().get(config.rotationEndKeypoint());
    double rotation = normalizeRadians(Math.toRadians(config.rotationTargetDegrees())
        - Math.atan2(-(end.yPx() - start.yPx()), end.xPx() - start.xPx()));
    PixelBox box = palm.box();
    double w = box.widthPx();
    double h = box.heightPx();
    double cos = Math.cos(rotation);
    double sin = Math.sin(rotation);
    double shiftY = config.regionShiftY() * h;
    double cx = (box.xMinPx() + box.xMaxPx()) / 2 - shiftY * sin;
    double cy = (box.yMinPx() + box.yMaxPx()) / 2 + shiftY * cos;
    return new HandRegion(cx, cy, Math.max(w, h) * config.regionScale(), rotation);
  }

  /**
   * Brings an angle into (-pi, pi].
   *
   * @param angle radians
   * @return the same direction in (-pi, pi]
   */
  public static double normalizeRadians(double angle) {
    double a = angle - 2 * Math.PI * Math.floor((angle + Math.PI) / (2 * Math.PI));
    return a <= -Math.PI ? a + 2 * Math.PI : a;
  }
}
