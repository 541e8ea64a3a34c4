package dev.handctl.hand;

import dev.handctl.capture.RgbImage;

/**
 * Samples a rotated square of an image into a square float tensor, bilinearly.
 *
 * <p>This is the one pre-processing operation of both models: the detector's letterbox is the
 * unrotated square around the whole image, the landmark crop is the rotated hand square. Output
 * pixel {@code (i, j)} takes the image at {@code region.toImage((i + .5) / size, (j + .5) / size)},
 * as OpenCV's {@code warpAffine} with linear interpolation does in MediaPipe's CPU path.
 */
public final class RegionSampler {

  /** What a sample outside the image sees. */
  public enum Border {
    /** Black, as MediaPipe pads the detector input. */
    ZERO,
    /** The nearest edge pixel, as MediaPipe pads the landmark crop. */
    REPLICATE
  }

  private RegionSampler() {}

  /**
   * Fills {@code out} with the region, as {@code size * size * 3} floats (row-major, RGB),
   * each {@code byte * scale + offset}.
   *
   * @param image the source
   * @param region the square to sample
   * @param size output side in pixels
   * @param out destination, at least {@code size * size * 3} long
   * @param scale multiplier of the 0..255 pixel value
   * @param offset added after scaling
   * @param border what samples outside the image see
   * @param mirror whether to flip the output left to right (output pixel {@code i} takes crop
   *     position {@code 1 - (i + .5) / size})
   */
  public static void sample(RgbImage image, HandRegion region, int size, float[] out, float scale, float offset,
      Border border, boolean mirror) {
    byte[] src = image.rgb();
    int w = image.width();
    int h = image.height();
    double step = region.sidePx() / size;
    double cos = Math.cos(region.rotationRad());
    double sin = Math.sin(region.rotationRad());
    // Image position (continuous) of output pixel (i, j) is origin + i * dx + j * dy; subtract 0.5
    // to turn it into the index space of pixel centres for interpolation.
    double dxX = mirror ? -step * cos : step * cos;
    double dxY = mirror ? -step * sin : step * sin;
    double dyX = -step * sin;
    double dyY = step * cos;
    double half = (size - 1) / 2.0;
    double originX = region.centerXPx() - half * dxX - half * dyX - 0.5;
    double originY = region.centerYPx() - half * dxY - half * dyY - 0.5;
    boolean replicate = border == Border.REPLICATE;
    int o = 0;
    for (int j = 0; j < size; j++) {
      double sx = originX + j * dyX;
      double sy = originY + j * dyY;
      for (int i = 0; i < size; i++, sx += dxX, sy += dxY) {
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        float fx = (float) (sx - x0);
        float fy = (float) (sy - y0);
        int x1 = x0 + 1;
        int y1 = y0 + 1;
        if (x0 >= 0 && y0 >= 0 && x1 < w && y1 < h) {
          int p00 = (y0 * w + x0) * 3;
          int p01 = p00 + 3;
          int p10 = p00 + w * 3;
          int p11 = p10 + 3;
          for (int c = 0; c < 3; c++) {
            float top = (src[p00 + c] & 0xff) + fx * ((src[p01 + c] & 0xff) - (src[p00 + c] & 0xff));
            float bottom = (src[p10 + c] & 0xff) + fx * ((src[p11 + c] & 0xff) - (src[p10 + c] & 0xff));
            out[o++] = (top + fy * (bottom - top)) * scale + offset;
          }
        } else {
          for (int c = 0; c < 3; c++) {
            float v00 = tap(src, w, h, x0, y0, c, replicate);
            float v01 = tap(src, w, h, x1, y0, c, replicate);
            float v10 = tap(src, w, h, x0, y1, c, replicate);
            float v11 = tap(src, w, h, x1, y1, c, replicate);
            float top = v00 + fx * (v01 - v00);
            float bottom = v10 + fx * (v11 - v10);
            out[o++] = (top + fy * (bottom - top)) * scale + offset;
          }
        }
      }
    }
  }

  private static float tap(byte[] src, int w, int h, int x, int y, int c, boolean replicate) {
    if (x < 0 || y < 0 || x >= w || y >= h) {
      if (!replicate) {
        return 0f;
      }
      x = Math.min(Math.max(x, 0), w - 1);
      y = Math.min(Math.max(y, 0), h - 1);
    }
    return src[(y * w + x) * 3 + c] & 0xff;
  }
}
