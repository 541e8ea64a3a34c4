package dev.handctl.capture;

import org.bytedeco.opencv.opencv_core.Mat;

/** Copies between OpenCV matrices and {@link RgbImage}. */
final class MatConversions {
  private MatConversions() {}

  /** Copies a continuous or strided 8-bit 3-channel RGB Mat into a new image. */
  static RgbImage toRgbImage(Mat rgb) {
    return toRgbImage(rgb, null);
  }

  /**
   * Copies a continuous or strided 8-bit 3-channel RGB Mat into an image.
   *
   * @param rgb the pixels
   * @param reuse an image to overwrite when its size matches, or null
   * @return {@code reuse} when the size matched, otherwise a new image
   */
  static RgbImage toRgbImage(Mat rgb, RgbImage reuse) {
    int width = rgb.cols();
    int height = rgb.rows();
    if (rgb.channels() != 3 || rgb.elemSize1() != 1) {
      throw new IllegalArgumentException("expected an 8-bit 3-channel image, got " + rgb.channels()
          + " channels of " + rgb.elemSize1() + " bytes");
    }
    RgbImage image = reuse != null && reuse.width() == width && reuse.height() == height
        ? reuse : new RgbImage(width, height, new byte[width * height * 3]);
    byte[] out = image.rgb();
    int rowBytes = width * 3;
    if (rgb.isContinuous()) {
      rgb.data().get(out);
    } else {
      long step = rgb.step();
      for (int y = 0; y < height; y++) {
        rgb.data().position(y * step).get(out, y * rowBytes, rowBytes);
      }
      rgb.data().position(0);
    }
    return image;
  }
}
