package dev.handctl.capture;

/**
 * An 8-bit RGB image: {@code width * height * 3} bytes, row-major, channels interleaved R, G, B.
 *
 * <p>Pixel coordinates used across handctl are continuous: pixel {@code (i, j)} covers
 * {@code [i, i + 1) x [j, j + 1)}, so its centre is at {@code (i + 0.5, j + 0.5)}. The byte array is
 * shared, not copied: a frame source may reuse it for the next frame.
 */
public final class RgbImage {
  private final int width;
  private final int height;
  private final byte[] rgb;

  /**
   * Wraps pixel data.
   *
   * @param width width in pixels, positive
   * @param height height in pixels, positive
   * @param rgb {@code width * height * 3} bytes, R G B interleaved, row-major (not copied)
   */
  public RgbImage(int width, int height, byte[] rgb) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
    }
    if (rgb.length != width * height * 3) {
      throw new IllegalArgumentException("expected " + (width * height * 3) + " bytes for " + width + "x"
          + height + " RGB, got " + rgb.length);
    }
    this.width = width;
    this.height = height;
    this.rgb = rgb;
  }

  /** Returns the width in pixels. */
  public int width() {
    return width;
  }

  /** Returns the height in pixels. */
  public int height() {
    return height;
  }

  /** Returns the pixel bytes (shared, not copied). */
  public byte[] rgb() {
    return rgb;
  }
}
