package dev.handctl.capture;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns stored video frames upright: phone videos are stored sideways with a display matrix that
 * tells players to rotate them.
 */
final class ImageRotation {
  private static final Logger LOG = LoggerFactory.getLogger(ImageRotation.class);

  /** How far from a multiple of 90 degrees a display rotation may be and still count as one. */
  private static final double TOLERANCE_DEGREES = 2;

  private ImageRotation() {}

  /**
   * Converts FFmpeg's display rotation to the clockwise turn a player applies.
   *
   * <p>{@code FFmpegFrameGrabber.getDisplayRotation()} returns {@code av_display_rotation_get()} of
   * the display matrix: the angle the matrix turns the frame <em>counter-clockwise</em>. FFmpeg's
   * own player and transcoder rotate frames <em>clockwise</em> by its negation (fftools
   * {@code get_rotation}: {@code theta = -av_display_rotation_get(matrix)}, 90 becomes
   * {@code transpose=clock}). A portrait phone video (MP4 {@code tkhd} matrix {@code 0 1 -1 0},
   * {@code rotate=90}) reads as -90 here and comes out turned 90 degrees clockwise.
   *
   * @param ffmpegDisplayRotation degrees counter-clockwise, as {@code getDisplayRotation()} returns
   * @param file the file, named in the warning about an angle that is not a multiple of 90
   * @return 0, 90, 180 or 270: degrees to turn the stored frame clockwise
   */
  static int clockwiseDegrees(double ffmpegDisplayRotation, Object file) {
    if (!Double.isFinite(ffmpegDisplayRotation)) {
      return 0;
    }
    double clockwise = -ffmpegDisplayRotation;
    long quarter = Math.round(clockwise / 90);
    if (Math.abs(clockwise - quarter * 90) > TOLERANCE_DEGREES) {
      LOG.warn(String.format(Locale.ROOT, "%s: display rotation of %.1f degrees is not a multiple of 90;"
          + " showing the frames unrotated", file, clockwise));
      return 0;
    }
    return (int) Math.floorMod(quarter * 90, 360L);
  }

  /**
   * Returns the size of a frame after turning it.
   *
   * @param widthPx stored width
   * @param heightPx stored height
   * @param clockwiseDegrees 0, 90, 180 or 270
   * @return {@code {width, height}} as shown
   */
  static int[] turnedSize(int widthPx, int heightPx, int clockwiseDegrees) {
    return clockwiseDegrees % 180 == 0 ? new int[] {widthPx, heightPx} : new int[] {heightPx, widthPx};
  }

  /**
   * Turns an RGB image clockwise.
   *
   * @param src {@code widthPx * heightPx * 3} bytes, row-major RGB
   * @param widthPx stored width
   * @param heightPx stored height
   * @param clockwiseDegrees 90, 180 or 270
   * @param reuse an image to write into when its size is the turned size, or null
   * @return {@code reuse} or a new image, holding the turned pixels
   */
  static RgbImage rotate(byte[] src, int widthPx, int heightPx, int clockwiseDegrees, RgbImage reuse) {
    int[] size = turnedSize(widthPx, heightPx, clockwiseDegrees);
    RgbImage out = reuse != null && reuse.width() == size[0] && reuse.height() == size[1]
        ? reuse : new RgbImage(size[0], size[1], new byte[src.length]);
    byte[] dst = out.rgb();
    int w = widthPx;
    int h = heightPx;
    switch (clockwiseDegrees) {
      case 90 -> {
        // Output (x, y) shows stored (y, h - 1 - x): the stored top-left corner ends up top-right.
        int o = 0;
        for (int y = 0; y < w; y++) {
          for (int x = 0; x < h; x++, o += 3) {
            int i = ((h - 1 - x) * w + y) * 3;
            dst[o] = src[i];
            dst[o + 1] = src[i + 1];
            dst[o + 2] = src[i + 2];
          }
        }
      }
      case 180 -> {
        for (int o = 0, i = src.length - 3; i >= 0; o += 3, i -= 3) {
          dst[o] = src[i];
          dst[o + 1] = src[i + 1];
          dst[o + 2] = src[i + 2];
        }
      }
      case 270 -> {
        // Output (x, y) shows stored (w - 1 - y, x): the stored top-left corner ends up bottom-left.
        int o = 0;
        for (int y = 0; y < w; y++) {
          for (int x = 0; x < h; x++, o += 3) {
            int i = (x * w + (w - 1 - y)) * 3;
            dst[o] = src[i];
            dst[o + 1] = src[i + 1];
            dst[o + 2] = src[i + 2];
          }
        }
      }
      default -> throw new IllegalArgumentException("rotation must be 90, 180 or 270 degrees, got " + clockwiseDegrees);
    }
    return out;
  }
}
