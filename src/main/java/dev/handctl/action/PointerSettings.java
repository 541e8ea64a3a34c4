package dev.handctl.action;

import dev.handctl.filter.OneEuroConfig;
import dev.handctl.hand.KeypointName;
import java.util.List;

/**
 * How the hand drives the pointer ({@code pointer.*} in the settings; the defaults file says what
 * each number trades).
 *
 * @param mode relative (touchpad-like, the default) or absolute
 * @param anchor the keypoints whose mean is the point of the hand that drives the pointer
 * @param gainPxPerHandSize relative mode: desktop pixels per hand size of travel (before acceleration)
 * @param acceleration whether the gain grows with the hand's speed
 * @param slowSpeed hand sizes per second at or below which the gain is {@code slowFactor} times
 * @param slowFactor gain factor for slow, precise moves
 * @param fastSpeed hand sizes per second at or above which the gain is {@code fastFactor} times
 * @param fastFactor gain factor for fast moves across the desktop
 * @param deadZoneHandSizes the hand may wander this far (hand sizes) around where the pointer
 *     stopped without moving it
 * @param smoothing One Euro filter on the anchor point (speed in hand sizes per second)
 * @param region absolute mode: the part of the camera picture mapped onto the desktop
 * @param clickRewindMillis a click lands where the pointer was this long before the click's pose
 *     started to form (see {@code approachFactor})
 * @param approachFactor the pointer holds still while the fingers of a click or drag pose come
 *     close: once every "below" distance rule of that pose is within this many times its
 *     threshold (a pinch's thumb and index tips within 0.25 x 1.8 hand sizes), and while they open
 *     out of a drag
 * @param dragStartHandSizes a drag pose moved this far (hand sizes) starts dragging
 * @param dragStartMillis a drag pose held this long starts dragging (pressing the button) even
 *     without moving; released earlier, it is a click
 */
public record PointerSettings(
    PointerMode mode,
    List<KeypointName> anchor,
    double gainPxPerHandSize,
    boolean acceleration,
    double slowSpeed,
    double slowFactor,
    double fastSpeed,
    double fastFactor,
    double deadZoneHandSizes,
    OneEuroConfig smoothing,
    CameraRegion region,
    long clickRewindMillis,
    double approachFactor,
    double dragStartHandSizes,
    long dragStartMillis) {

  /** Validates the values; messages name the setting and its range. */
  public PointerSettings {
    anchor = List.copyOf(anchor);
    if (anchor.isEmpty()) {
      throw new IllegalArgumentException("pointer.anchor: expected at least one keypoint name");
    }
    check(gainPxPerHandSize, 1, 20_000, "pointer.gainPxPerHandSize");
    check(slowSpeed, 0, 100, "pointer.acceleration.slowSpeed");
    check(fastSpeed, slowSpeed, 100, "pointer.acceleration.fastSpeed (at least slowSpeed)");
    check(slowFactor, 0.01, 20, "pointer.acceleration.slowFactor");
    check(fastFactor, 0.01, 20, "pointer.acceleration.fastFactor");
    check(deadZoneHandSizes, 0, 1, "pointer.deadZoneHandSizes");
    check(clickRewindMillis, 0, 1000, "pointer.clickRewindMillis");
    check(approachFactor, 1, 10, "pointer.approachFactor");
    check(dragStartHandSizes, 0.01, 5, "pointer.dragStartHandSizes");
    check(dragStartMillis, 0, 10_000, "pointer.dragStartMillis");
  }

  static void check(double value, double min, double max, String key) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(key + ": expected a number from " + trim(min) + " to " + trim(max) + ", got "
          + trim(value));
    }
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  /**
   * A rectangle of the camera picture, in fractions of its width and height (0 is the left or top edge).
   *
   * @param left left edge
   * @param top top edge
   * @param right right edge, above left
   * @param bottom bottom edge, below top
   */
  public record CameraRegion(double left, double top, double right, double bottom) {
    /** Validates the rectangle. */
    public CameraRegion {
      if (!(left >= 0 && top >= 0 && right <= 1 && bottom <= 1 && right - left >= 0.05 && bottom - top >= 0.05)) {
        throw new IllegalArgumentException("pointer.absoluteRegion: expected left < right and top < bottom within 0..1,"
            + " at least 0.05 apart, got left " + left + ", top " + top + ", right " + right + ", bottom " + bottom);
      }
    }
  }
}
