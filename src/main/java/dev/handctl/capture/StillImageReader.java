package dev.handctl.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Reads still images (JPEG, PNG, BMP, WebP, TIFF, ... whatever OpenCV decodes) into {@link RgbImage}.
 *
 * <p>EXIF orientation is applied, so a phone photo comes out the way it is shown. Transparent
 * pixels (PNG, WebP, TIFF with alpha) are composited over black, as viewers show them; dropping the
 * alpha instead would expose whatever colour the transparent pixels happen to store, which leaves a
 * halo around cut-out hands that throws the palm detector off.
 *
 * <p>An image whose header declares a side longer than the limit is refused before it is decoded
 * (see {@link ImageHeader}); a decoder failure is one {@link ImageReadException} for that file,
 * never an exception that would stop the files after it.
 */
public final class StillImageReader {
  /** The longest image side read by default (the setting {@code still.maxImageSidePx}). */
  public static final int DEFAULT_MAX_SIDE_PX = 8192;

  private final int maxSidePx;

  /** Creates a reader with the default limit of {@value #DEFAULT_MAX_SIDE_PX} px a side. */
  public StillImageReader() {
    this(DEFAULT_MAX_SIDE_PX);
  }

  /**
   * Creates a reader.
   *
   * @param maxSidePx the longest side an image may declare
   */
  public StillImageReader(int maxSidePx) {
    this.maxSidePx = maxSidePx;
  }

  /**
   * Reads one image.
   *
   * @param path the file
   * @return its pixels as RGB
   * @throws ImageReadException when the file is missing, unreadable or not an image
   */
  public RgbImage read(Path path) throws ImageReadException {
    if (!Files.exists(path)) {
      throw new ImageReadException(path + ": no such file");
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new ImageReadException(path + ": not a readable file");
    }
    int[] size = ImageHeader.declaredSize(path);
    if (size != null && (size[0] > maxSidePx || size[1] > maxSidePx || size[0] <= 0 || size[1] <= 0)) {
      throw new ImageReadException(path + ": declares " + size[0] + "x" + size[1] + " pixels; images are read up to "
          + maxSidePx + " px a side (setting still.maxImageSidePx)");
    }
    try {
      return decode(path);
    } catch (RuntimeException e) {
      // OpenCV's own errors (a header it refuses, memory it cannot have): this file fails, not the run.
      throw new ImageReadException(path + ": could not be decoded (corrupt, unsupported or too large)");
    }
  }

  private RgbImage decode(Path path) throws ImageReadException {
    String file = path.toAbsolutePath().toString();
    if (mayHaveAlpha(path)) {
      try (Mat raw = opencv_imgcodecs.imread(file, opencv_imgcodecs.IMREAD_UNCHANGED)) {
        if (!raw.empty() && raw.channels() == 4) {
          return compositeOverBlack(raw);
        }
      }
    }
    try (Mat bgr = opencv_imgcodecs.imread(file, opencv_imgcodecs.IMREAD_COLOR);
        Mat rgb = new Mat()) {
      if (bgr.empty()) {
        throw new ImageReadException(path + ": not an image that can be decoded (corrupt or unsupported format)");
      }
      opencv_imgproc.cvtColor(bgr, rgb, opencv_imgproc.COLOR_BGR2RGB);
      return MatConversions.toRgbImage(rgb);
    }
  }

  private static RgbImage compositeOverBlack(Mat bgra) {
    try (Mat eightBit = new Mat(); Mat rgba = new Mat()) {
      if (bgra.depth() == opencv_core.CV_16U) {
        bgra.convertTo(eightBit, opencv_core.CV_8U, 1 / 257.0, 0);
      } else {
        bgra.convertTo(eightBit, opencv_core.CV_8U);
      }
      opencv_imgproc.cvtColor(eightBit, rgba, opencv_imgproc.COLOR_BGRA2RGBA);
      int w = rgba.cols();
      int h = rgba.rows();
      byte[] src = new byte[w * h * 4];
      rgba.data().get(src);
      byte[] rgb = new byte[w * h * 3];
      for (int i = 0, o = 0; i < src.length; i += 4, o += 3) {
        int alpha = src[i + 3] & 0xff;
        for (int c = 0; c < 3; c++) {
          rgb[o + c] = (byte) (((src[i + c] & 0xff) * alpha + 127) / 255);
        }
      }
      return new RgbImage(w, h, rgb);
    }
  }

  /** PNG, WebP and TIFF can carry alpha; JPEG and BMP as written by cameras cannot. */
  private static boolean mayHaveAlpha(Path path) throws ImageReadException {
    byte[] head = new byte[12];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new ImageReadException(path + ": cannot read (" + e.getMessage() + ")");
    }
    boolean png = n >= 4 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
    boolean webp = n >= 12 && head[0] == 'R' && head[1] == 'I' && head[8] == 'W' && head[9] == 'E';
    boolean tiff = n >= 4 && ((head[0] == 'I' && head[1] == 'I') || (head[0] == 'M' && head[1] == 'M'));
    return png || webp || tiff;
  }
}
