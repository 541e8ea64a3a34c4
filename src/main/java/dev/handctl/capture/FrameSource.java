package dev.handctl.capture;

/**
 * A stream of frames: a video file or a folder of images (a camera comes next).
 *
 * <p>Each call hands out the next frame to process with its timestamp, so that time-based stages
 * (smoothing, gesture timing) use real time rather than an assumed frame rate.
 */
public interface FrameSource extends AutoCloseable {
  /**
   * Returns the next frame.
   *
   * @return the frame, or null at the end of the stream
   * @throws ImageReadException when a frame cannot be read; the stream may continue afterwards
   */
  Frame next() throws ImageReadException;

  /** Returns the source's nominal frame rate in frames per second, or 0 when it has none. */
  double frameRate();

  /** Releases the source. */
  @Override
  void close();
}
