package dev.handctl.hand;

import java.util.List;

/**
 * The landmark model's answer for one hand region.
 *
 * @param keypoints the 21 keypoints in {@link KeypointName} order, image pixels
 * @param worldKeypoints the 21 keypoints in metres, same order
 * @param presence probability that the region holds a hand, in [0, 1]
 * @param handedness which hand it is, anatomically
 * @param handednessScore confidence of {@code handedness}, in [0.5, 1]
 * @param region the region the model looked at
 */
public record HandLandmarks(
    List<PixelKeypoint> keypoints,
    List<WorldKeypoint> worldKeypoints,
    double presence,
    Handedness handedness,
    double handednessScore,
    HandRegion region) {

  /** Copies the lists so the record stays immutable. */
  public HandLandmarks {
    keypoints = List.copyOf(keypoints);
    worldKeypoints = List.copyOf(worldKeypoints);
  }

  /**
   * Returns one keypoint.
   *
   * @param keypoint which
   * @return its position
   */
  public PixelKeypoint get(KeypointName keypoint) {
    return keypoints.get(keypoint.ordinal());
  }

  /**
   * Returns the hand size, the unit every scale-free measure of handctl uses: wrist to middle-finger
   * base in the image, in pixels, at least 1 (a degenerate detection with the wrist on the finger
   * base must not divide by 0).
   *
   * @param keypoints 21 keypoints in {@link KeypointName} order, image pixels
   * @return the hand size in pixels
   */
  public static double sizePx(List<PixelKeypoint> keypoints) {
    PixelKeypoint wrist = keypoints.get(KeypointName.WRIST.ordinal());
    PixelKeypoint base = keypoints.get(KeypointName.MIDDLE_FINGER_MCP.ordinal());
    return Math.max(1, Math.hypot(base.xPx() - wrist.xPx(), base.yPx() - wrist.yPx()));
  }

  /**
   * Returns the palm centre: the mean of the wrist and the four finger bases, which stays where it
   * is whatever the fingers do.
   *
   * @param keypoints 21 keypoints in {@link KeypointName} order, image pixels
   * @return the centre in image pixels
   */
  public static PixelPoint palmCentre(List<PixelKeypoint> keypoints) {
    double x = 0;
    double y = 0;
    for (int k : PALM) {
      x += keypoints.get(k).xPx() / PALM.length;
      y += keypoints.get(k).yPx() / PALM.length;
    }
    return new PixelPoint(x, y);
  }

  /** Keypoints whose mean is the palm centre: the wrist and the four finger bases. */
  private static final int[] PALM = {0, 5, 9, 13, 17};

  /** Returns the box around the 21 keypoints. */
  public PixelBox box() {
    return PixelBox.around(keypoints);
  }
}
