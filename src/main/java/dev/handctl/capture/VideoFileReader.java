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
 * <p>Frames come out the way a player shows them: a display-matrix rotation (phone videos stored
 * sideways) is applied, and {@link #widthPx()} and {@link #heightPx()} give the turned size.
 *
 * <p>Reads sequentially, every frame, as fast as the caller asks. The image returned by
 * {@link #next()} is overwritten by the call after it (copy it to keep it), so that reading a file
 * allocates no image buffers after the first frame. Not thread-safe.
 */
public final class VideoFileReader implements AutoCloseable {
  static {
    // FFmpeg otherwise dumps every container's stream layout to stderr; real errors still show.
    avutil.av_log_set_level(avutil.AV_LOG_ERROR);
  }

  private final Path path;
  private final FFmpegFrameGrabber grabber;
  private final int rotationDegrees;
  private int grabbedFrames;
  private Frame grabbed;
  private boolean grabbedConverted;
  private long grabbedTimestampMicros;
  private byte[] unturned;
  private RgbImage reused;

  private VideoFileReader(Path path, FFmpegFrameGrabber grabber) {
    this.path = path;
    this.grabber = grabber;
    this.rotationDegrees = ImageRotation.clockwiseDegrees(grabber.getDisplayRotation(), path);
  }

  /**
   * Opens a video file.
   *
   * @param path the file
   * @return the reader, positioned before the first frame
   * @throws ImageReadException when the file is missing or FFmpeg cannot open it
   */
  public static VideoFileReader open(Path path) throws ImageReadException {
    return open(path, 0);
  }

  /**
   * Opens a video file with a given number of decoder threads.
   *
   * @param path the file
   * @param decoderThreads threads FFmpeg may decode with; 0 lets FFmpeg choose (several, for
   *     throughput), 1 decodes each frame as it is asked for (for real-time playback: frame threads
   *     would add a frame of delay each and spend CPU that playback at the file's rate does not need)
   * @return the reader, positioned before the first frame
   * @throws ImageReadException when the file is missing or FFmpeg cannot open it
   */
  public static VideoFileReader open(Path path, int decoderThreads) throws ImageReadException {
    if (!Files.isRegularFile(path)) {
      throw new ImageReadException(path + ": no such file");
    }
    FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(path.toFile());
    grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
    if (decoderThreads > 0) {
      grabber.setVideoOption("threads", Integer.toString(decoderThreads));
    }
    try {
      grabber.start();
    } catch (FrameGrabber.Exception e) {
      closeQuietly(grabber);
      throw new ImageReadException(path + ": not a video FFmpeg can open (" + e.getMessage() + ")");
    }
    if (!grabber.hasVideo()) {
      closeQuietly(grabber);
      throw new ImageReadException(path + ": has no video stream");
    }
    return new VideoFileReader(path, grabber);
  }

  /** Returns the file. */
  public Path path() {
    return path;
  }

  /** Returns the frame rate the file declares, frames per second. */
  public double frameRate() {
    return grabber.getFrameRate();
  }

  /** Returns the width of the frames as shown (after rotation), in pixels. */
  public int widthPx() {
    return ImageRotation.turnedSize(grabber.getImageWidth(), grabber.getImageHeight(), rotationDegrees)[0];
  }

  /** Returns the height of the frames as shown (after rotation), in pixels. */
  public int heightPx() {
    return ImageRotation.turnedSize(grabber.getImageWidth(), grabber.getImageHeight(), rotationDegrees)[1];
  }

  /** Returns how far the stored frames are turned clockwise to show them: 0, 90, 180 or 270 degrees. */
  public int rotationDegrees() {
    return rotationDegrees;
  }

  /**
   * Decodes the next frame.
   *
   * @return the frame, or null at the end of the file; its pixels are overwritten by the next call
   * @throws ImageReadException when decoding fails
   */
  public VideoFrame next() throws ImageReadException {
    VideoFrame frame = next(reused);
    if (frame != null) {
      reused = frame.image();
    }
    return frame;
  }

  /**
   * Decodes the next frame into a given buffer.
   *
   * @param reuse an image to overwrite when its size matches, or null
   * @return the frame, or null at the end of the file
   * @throws ImageReadException when decoding fails
   */
  VideoFrame next(RgbImage reuse) throws ImageReadException {
    if (!grab(true)) {
      return null;
    }
    return new VideoFrame(grabbedFrames - 1, grabbedTimestampMicros, retrieve(reuse));
  }

  /**
   * Decodes the next frame without handing it out, converting it to RGB only when asked: the
   * conversion costs more than decoding, and a paced source skips it for frames nobody will take.
   *
   * @param convert whether {@link #retrieve} will be called for this frame
   * @return false at the end of the file
   * @throws ImageReadException when decoding fails
   */
  boolean grab(boolean convert) throws ImageReadException {
    Frame frame;
    try {
      frame = grabber.grabFrame(false, true, convert, false, false);
    } catch (FrameGrabber.Exception e) {
      throw new ImageReadException(path + ": cannot decode frame " + grabbedFrames + " (" + e.getMessage() + ")");
    }
    if (frame == null || (convert && frame.image == null)) {
      grabbed = null;
      return false;
    }
    grabbed = frame;
    grabbedConverted = convert;
    grabbedTimestampMicros = frame.timestamp;
    grabbedFrames++;
    return true;
  }

  /** Returns the index of the last grabbed frame in the file, from 0; -1 before the first. */
  int grabbedIndex() {
    return grabbedFrames - 1;
  }

  /** Returns the presentation time of the last grabbed frame, microseconds. */
  long grabbedTimestampMicros() {
    return grabbedTimestampMicros;
  }

  /**
   * Copies the last grabbed frame, turned upright, into an image.
   *
   * @param reuse an image to overwrite when its size matches, or null
   * @return {@code reuse} or a new image
   * @throws IllegalStateException when the last frame was grabbed without conversion
   */
  RgbImage retrieve(RgbImage reuse) {
    if (grabbed == null || !grabbedConverted || grabbed.image == null) {
      throw new IllegalStateException(path + ": no converted frame to retrieve");
    }
    int w = grabbed.imageWidth;
    int h = grabbed.imageHeight;
    ByteBuffer src = (ByteBuffer) grabbed.image[0];
    int row = w * 3;
    if (rotationDegrees == 0) {
      RgbImage out = reuse != null && reuse.width() == w && reuse.height() == h
          ? reuse : new RgbImage(w, h, new byte[row * h]);
      copyRows(src, grabbed.imageStride, out.rgb(), row, h);
      return out;
    }
    if (unturned == null || unturned.length != row * h) {
      unturned = new byte[row * h];
    }
    copyRows(src, grabbed.imageStride, unturned, row, h);
    return ImageRotation.rotate(unturned, w, h, rotationDegrees, reuse);
  }

  private static void copyRows(ByteBuffer src, int strideBytes, byte[] dst, int rowBytes, int rows) {
    if (strideBytes == rowBytes) {
      src.get(0, dst, 0, rowBytes * rows);
      return;
    }
    for (int y = 0; y < rows; y++) {
      src.get(y * strideBytes, dst, y * rowBytes, rowBytes);
    }
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
   * @param image the pixels, as shown (rotation applied)
   */
  public record VideoFrame(int index, long timestampMicros, RgbImage image) {}
}
