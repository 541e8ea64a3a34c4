package dev.handctl.capture;

import org.bytedeco.opencv.opencv_core.Mat;

/** Copies between OpenCV matrices and {@link RgbImage}. */
final class MatConversions {
  private MatConversions() {}

  /** Copies a continuous or strided 8-bit 3-channel RGB Mat into a new image. */
  static RgbImage toRgbImage(Mat rgb) {
    int width = rgb.cols();
    int height = rgb.rows();
    if (rgb.channels() != 3 || rgb.elemSize1() != 1) {
      throw new IllegalArgumentException("expected an 8-bit 3-channel image, got " + rgb.channels()
          + " channels of " + rgb.elemSize1() + " bytes");
    }
    byte[] out = new byte[width * height * 3];
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
    return new RgbImage(width, height, out);
  }
}
