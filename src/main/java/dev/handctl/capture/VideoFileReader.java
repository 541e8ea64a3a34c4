package dev.handctl.capture;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes a video file (any container and codec FFmpeg reads) frame by frame into {@link RgbImage}s.
 *
 * <p>Reads sequentially, every frame, as fast as the caller asks; for still-image style processing
 * of every frame. Not thread-safe.
 */
public final class VideoFileReader implements AutoCloseable {
  static {
    // FFmpeg otherwise dumps every container's stream layout to stderr; real errors still show.
    avutil.av_log_set_level(avutil.AV_LOG_ERROR);
  }

  private final Path path;
  private final FFmpegFrameGrabber grabber;
  private int index;

  private VideoFileReader(Path path, FFmpegFrameGrabber grabber) {
    this.path = path;
    this.grabber = grabber;
  }

  /**
   * Opens a video file.
   *
   * @param path the file
   * @return the reader, positioned before the first frame
   * @throws ImageReadException when the file is missing or FFmpeg cannot open it
   */
  public static VideoFileReader open(Path path) throws ImageReadException {
    if (!Files.isRegularFile(path)) {
      throw new ImageReadException(path + ": no such file");
    }
    FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(path.toFile());
    grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
    try {
      grabber.start();
    } catch (FrameGrabber.Exception e) {
      closeQuietly(grabber);
      throw new ImageReadException(path + ": not a video FFmpeg can open (" + e.getMessage() + ")");
    }
    return new VideoFileReader(path, grabber);
  }

  /** Returns the frame rate the file declares, frames per second. */
  public double frameRate() {
    return grabber.getFrameRate();
  }

  /**
   * Decodes the next frame.
   *
   * @return the frame, or null at the end of the file
   * @throws ImageReadException when decoding fails
   */
  public VideoFrame next() throws ImageReadException {
    Frame frame;
    try {
      frame = grabber.grabImage();
    } catch (FrameGrabber.Exception e) {
      throw new ImageReadException(path + ": cannot decode frame " + index + " (" + e.getMessage() + ")");
    }
    if (frame == null || frame.image == null) {
      return null;
    }
    int w = frame.imageWidth;
    int h = frame.imageHeight;
    ByteBuffer src = (ByteBuffer) frame.image[0];
    byte[] rgb = new byte[w * h * 3];
    int row = w * 3;
    for (int y = 0; y < h; y++) {
      src.get(y * frame.imageStride, rgb, y * row, row);
    }
    return new VideoFrame(index++, frame.timestamp, new RgbImage(w, h, rgb));
  }

  @Override
  public void close() {
    closeQuietly(grabber);
  }

  private static void closeQuietly(FFmpegFrameGrabber grabber) {
    try {
      grabber.close();
    } catch (FrameGrabber.Exception e) {
      // Nothing is left to release that the caller could act on.
    }
  }

  /**
   * One decoded frame.
   *
   * @param index position in the file, from 0
   * @param timestampMicros presentation time in microseconds
   * @param image the pixels
   */
  public record VideoFrame(int index, long timestampMicros, RgbImage image) {}
}
