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
    if (w >= 32768 || h >= 32768) {
      throw new IllegalArgumentException("image too large to sample: " + w + "x" + h + " (limit 32767 a side)");
    }
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
    // Fixed point, 16 fractional bits: stepping in ints is exact enough (drift < 0.01 px over a
    // 256-pixel row) and avoids a floor and four float multiplies per channel. Interpolation
    // weights keep 8 bits (OpenCV's warpAffine keeps 5). Images must be under 32768 px a side.
    int stepXx = fixed(dxX);
    int stepXy = fixed(dxY);
    float k = scale / 65536f;
    int row = w * 3;
    int o = 0;
    for (int j = 0; j < size; j++) {
      int sx = fixed(originX + j * dyX);
      int sy = fixed(originY + j * dyY);
      for (int i = 0; i < size; i++, sx += stepXx, sy += stepXy) {
        int x0 = sx >> 16;
        int y0 = sy >> 16;
        int fx = (sx >>> 8) & 0xff;
        int fy = (sy >>> 8) & 0xff;
        if (x0 >= 0 && y0 >= 0 && x0 < w - 1 && y0 < h - 1) {
          int w11 = fx * fy;
          int w01 = (fx << 8) - w11;
          int w10 = (fy << 8) - w11;
          int w00 = 65536 - (fx << 8) - (fy << 8) + w11;
          int p00 = y0 * row + x0 * 3;
          int p10 = p00 + row;
          for (int c = 0; c < 3; c++) {
            int v = (src[p00 + c] & 0xff) * w00 + (src[p00 + 3 + c] & 0xff) * w01
                + (src[p10 + c] & 0xff) * w10 + (src[p10 + 3 + c] & 0xff) * w11;
            out[o++] = v * k + offset;
          }
        } else if (!replicate && (x0 < -1 || y0 < -1 || x0 >= w || y0 >= h)) {
          out[o++] = offset; // all four taps outside: black
          out[o++] = offset;
          out[o++] = offset;
        } else {
          float ffx = fx / 256f;
          float ffy = fy / 256f;
          for (int c = 0; c < 3; c++) {
            float v00 = tap(src, w, h, x0, y0, c, replicate);
            float v01 = tap(src, w, h, x0 + 1, y0, c, replicate);
            float v10 = tap(src, w, h, x0, y0 + 1, c, replicate);
            float v11 = tap(src, w, h, x0 + 1, y0 + 1, c, replicate);
            float top = v00 + ffx * (v01 - v00);
            float bottom = v10 + ffx * (v11 - v10);
            out[o++] = (top + ffy * (bottom - top)) * scale + offset;
          }
        }
      }
    }
  }

  private static int fixed(double v) {
    return (int) Math.round(v * 65536);
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
