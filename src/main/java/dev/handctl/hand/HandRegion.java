package dev.handctl.hand;

/**
 * A rotated square of the image that holds one hand, the crop the landmark model sees.
 *
 * <p>A point {@code (u, v)} of the crop, both in [-0.5, 0.5] with v growing downwards, lies in the
 * image at {@code centre + sidePx * R(rotationRad) * (u, v)}, R being the rotation matrix in image
 * axes (y down). With that rotation the fingers point up in the crop.
 *
 * @param centerXPx centre, image pixels
 * @param centerYPx centre, image pixels
 * @param sidePx side length in image pixels
 * @param rotationRad rotation in radians, in (-pi, pi]
 */
public record HandRegion(double centerXPx, double centerYPx, double sidePx, double rotationRad) {

  /**
   * Maps a point of the crop to image pixels.
   *
   * @param u horizontal crop position in [0, 1] (0 left edge)
   * @param v vertical crop position in [0, 1] (0 top edge)
   * @return the image point
   */
  public PixelPoint toImage(double u, double v) {
    double du = (u - 0.5) * sidePx;
    double dv = (v - 0.5) * sidePx;
    double cos = Math.cos(rotationRad);
    double sin = Math.sin(rotationRad);
    return new PixelPoint(centerXPx + du * cos - dv * sin, centerYPx + du * sin + dv * cos);
  }

  /**
   * Returns this region moved by an offset, same size and rotation.
   *
   * @param dxPx to the right, pixels
   * @param dyPx down, pixels
   * @return the moved region
   */
  public HandRegion shifted(double dxPx, double dyPx) {
    return new HandRegion(centerXPx + dxPx, centerYPx + dyPx, sidePx, rotationRad);
  }
}
