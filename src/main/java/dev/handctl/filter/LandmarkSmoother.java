package dev.handctl.filter;

import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.KeypointName;
import dev.handctl.hand.PixelKeypoint;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Smooths the 21 keypoints of one tracked hand over time with a {@link OneEuroFilter} per
 * coordinate (x, y and z of each keypoint).
 *
 * <p><b>Scale invariance.</b> The filter's {@code beta} acts on speed, and a speed in pixels per
 * second means different things for a hand filling the frame and one far away. So speed is
 * measured in hand sizes per second: the hand size is the image distance from the wrist
 * (keypoint 0) to the base of the middle finger (keypoint 9) in the current frame, at least 1 px,
 * and each filter's speed estimate is divided by it. With a constant hand size this is the same as
 * filtering {@code value / size} and multiplying the output back by {@code size}, so one
 * {@link OneEuroConfig} behaves the same near and far from the camera. Only the speed is scaled,
 * not the positions themselves (as in MediaPipe's landmark smoothing): dividing absolute image
 * coordinates by a size that jitters by a pixel would turn that jitter into apparent motion of
 * every keypoint, growing with its distance from the image origin.
 *
 * <p>Use one instance per tracked hand and call {@link #reset()} when the hand is lost. Not
 * thread-safe.
 */
public final class LandmarkSmoother {

  // Three filters per keypoint: x, y, z.
  private final OneEuroFilter[] filters = new OneEuroFilter[3 * KeypointName.COUNT];

  /**
   * Creates a smoother with no history.
   *
   * @param config settings shared by all coordinates; {@code beta} is per hand size per second
   */
  public LandmarkSmoother(OneEuroConfig config) {
    Objects.requireNonNull(config, "config");
    for (int i = 0; i < filters.length; i++) {
      filters[i] = new OneEuroFilter(config);
    }
  }

  /**
   * Smooths one frame's keypoints.
   *
   * @param keypoints the hand's 21 keypoints in image pixels, in {@link KeypointName} order
   * @param timestampNanos capture time of the frame, in nanoseconds on any monotonic clock; a
   *     frame not later than the previous one returns the previous output
   * @return a new immutable list of the 21 smoothed keypoints; the input itself right after
   *     construction or {@link #reset()}
   * @throws IllegalArgumentException if there are not exactly 21 keypoints
   */
  public List<PixelKeypoint> smooth(List<PixelKeypoint> keypoints, long timestampNanos) {
    if (keypoints.size() != KeypointName.COUNT) {
      throw new IllegalArgumentException(
          "expected " + KeypointName.COUNT + " hand keypoints, got " + keypoints.size());
    }
    double handSizePx = HandLandmarks.sizePx(keypoints);
    double speedScale = 1 / handSizePx;
    PixelKeypoint[] out = new PixelKeypoint[KeypointName.COUNT];
    for (int i = 0; i < out.length; i++) {
      PixelKeypoint k = keypoints.get(i);
      out[i] = new PixelKeypoint(
          filters[3 * i].filter(k.xPx(), timestampNanos, speedScale),
          filters[3 * i + 1].filter(k.yPx(), timestampNanos, speedScale),
          filters[3 * i + 2].filter(k.zPx(), timestampNanos, speedScale));
    }
    // Wraps the array rather than copying it, so the list is the only allocation.
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  /** Forgets every keypoint's history, so the next frame passes through; call it when the hand is lost. */
  public void reset() {
    for (OneEuroFilter f : filters) {
      f.reset();
    }
  }
}
