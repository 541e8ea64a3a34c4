package dev.handctl.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The picture size an image file declares in its header, read without decoding any pixel: a
 * 1 MB PNG can declare 20000x20000 pixels (1.6 GB once decoded), and a forged header 60000x60000.
 *
 * <p>PNG, JPEG, BMP, GIF and TIFF are asked through {@code javax.imageio}'s readers, which read
 * only the header for {@link ImageReader#getWidth}; WebP, which the JDK has no reader for, from
 * its RIFF header here.
 */
final class ImageHeader {
  private ImageHeader() {}

  /**
   * Reads the declared size.
   *
   * @param file a regular file
   * @return {width, height}, or null when the header says nothing readable (the decoder decides)
   */
  static int[] declaredSize(Path file) {
    int[] webp = webpSize(file);
    if (webp != null) {
      return webp;
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return null;
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return null; // a header ImageIO cannot read; OpenCV gets its own say
    }
  }

  /** WebP: "RIFF" size "WEBP", then a VP8X, VP8L or VP8 chunk holding the canvas size. */
  private static int[] webpSize(Path file) {
    byte[] h;
    try (InputStream in = Files.newInputStream(file)) {
      h = in.readNBytes(30);
    } catch (IOException e) {
      return null;
    }
    if (h.length < 30 || !ascii(h, 0, "RIFF") || !ascii(h, 8, "WEBP")) {
      return null;
    }
    if (ascii(h, 12, "VP8X")) {
      return new int[] {1 + u24(h, 24), 1 + u24(h, 27)};
    }
    if (ascii(h, 12, "VP8L")) {
      int bits = (h[21] & 0xff) | (h[22] & 0xff) << 8 | (h[23] & 0xff) << 16 | (h[24] & 0xff) << 24;
      return new int[] {1 + (bits & 0x3fff), 1 + ((bits >>> 14) & 0x3fff)};
    }
    if (ascii(h, 12, "VP8 ")) {
      return new int[] {((h[26] & 0xff) | (h[27] & 0xff) << 8) & 0x3fff, ((h[28] & 0xff) | (h[29] & 0xff) << 8) & 0x3fff};
    }
    return null;
  }

  private static int u24(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16;
  }

  private static boolean ascii(byte[] b, int at, String s) {
    for (int i = 0; i < s.length(); i++) {
      if (b[at + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
