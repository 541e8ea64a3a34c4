package dev.handctl.capture;

import java.nio.file.Path;

/** Test images for other packages' tests: a forged PNG header, small real images. */
public final class ImageBoundsTestSupport {
  private ImageBoundsTestSupport() {}

  /** A PNG whose header declares the size but holds no pixels. */
  public static byte[] pngHeader(int width, int height) throws Exception {
    return ImageBoundsTest.pngHeader(width, height);
  }

  /** Writes a small real image. */
  public static void writeImage(Path file, String format, int w, int h) throws Exception {
    ImageBoundsTest.writeImage(file, format, w, h);
  }
}
