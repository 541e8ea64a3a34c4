package dev.handctl.capture;

import java.io.IOException;

/** Where {@link ClipRecorder} puts frames: a video file, or a stand-in in tests. */
public interface FrameSink extends AutoCloseable {
  /**
   * Opens a sink once the first frame's size is known.
   */
  @FunctionalInterface
  interface Opener {
    /**
     * Opens the sink.
     *
     * @param widthPx frame width
     * @param heightPx frame height
     * @return the open sink
     * @throws IOException when it cannot be created; the message names it
     */
    FrameSink open(int widthPx, int heightPx) throws IOException;
  }

  /**
   * Appends a frame at its time.
   *
   * @param frame the pixels, of the size the sink was opened with
   * @param timestampNanos the frame's capture time; the first frame written is time 0
   * @return true when written, false when dropped because it came too soon after the last one for
   *     the sink's frame rate
   * @throws IOException when it cannot be written
   */
  boolean write(RgbImage frame, long timestampNanos) throws IOException;

  /** Finishes the output. */
  @Override
  void close() throws IOException;
}
