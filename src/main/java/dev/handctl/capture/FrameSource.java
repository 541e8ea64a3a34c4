package dev.handctl.capture;

import java.util.function.Consumer;

/**
 * A stream of frames: a video file, a folder of images, a camera, or a video played in real time.
 *
 * <p>There are two kinds. An offline source ({@link #live()} false: files and folders) hands out
 * every frame, in order, as fast as the caller asks, timestamped with its presentation time. A live
 * source ({@link #live()} true: a camera, a paced video) produces frames in real time on its own
 * thread; {@link #next()} returns the newest frame not yet handed out and older ones are dropped,
 * never queued, so a slow consumer always works on the present rather than falling behind.
 *
 * <p><b>Buffer reuse.</b> The bytes of a returned frame's {@link RgbImage} belong to the source
 * again once {@link #next()} is called the next time: it may overwrite them with a later frame. A
 * consumer that keeps pixels longer than that must copy them. This is what lets sources run
 * without allocating image buffers in the steady state.
 *
 * <p>{@link #next()} is meant for one consumer thread; {@link #close()} may come from any thread.
 */
public interface FrameSource extends AutoCloseable {
  /**
   * Returns the next frame, blocking until one is available.
   *
   * <p>For a live source this is the newest frame not yet handed out; frames in between were
   * dropped (the gaps show in {@link Frame#index()}). The call returns null at the end of the stream,
   * once {@link #close()} was called (a {@code close()} from another thread unblocks a waiting call),
   * and when the calling thread is interrupted, in which case the interrupt flag stays set.
   *
   * @return the frame, or null when there are no more
   * @throws ImageReadException when a frame cannot be read; the message names the file or device
   */
  Frame next() throws ImageReadException;

  /** Returns the source's nominal frame rate in frames per second, or 0 when it has none. */
  double frameRate();

  /**
   * Tells whether frames arrive in real time (stale ones dropped: camera, paced video) rather than
   * every frame in order, as fast as the caller asks (files and folders).
   */
  default boolean live() {
    return false;
  }

  /**
   * Returns what the source reads, for humans: a file path, or a camera's name with the size and
   * frame rate it actually delivers.
   */
  default String description() {
    return getClass().getSimpleName();
  }

  /** Returns the current state; always {@link SourceState#RUNNING} for files, whose state never changes. */
  default SourceStatus status() {
    return new SourceStatus(SourceState.RUNNING, description());
  }

  /**
   * Returns how many frames were converted and made ready for {@link #next()} but replaced by a newer
   * one before the consumer took them. Frames a live source skipped without converting them (nobody
   * was waiting) are not counted; {@link Frame#index()} gaps show every skipped frame. Always 0 for
   * offline sources.
   */
  default long droppedFrames() {
    return 0;
  }

  /**
   * Registers a listener for status changes. Does nothing for sources whose status never changes
   * (files and folders); see the live sources for which thread calls it.
   *
   * @param listener called with each new status
   */
  default void addStatusListener(Consumer<SourceStatus> listener) {
    // The status of a file never changes.
  }

  /** Releases the source; a {@link #next()} blocked in another thread returns null. */
  @Override
  void close();

  /**
   * Tells a live source that the consumer will not ask for a frame before an instant (an idle
   * consumer pacing itself): the source need not convert the frames it captures until then, and
   * drops a frame that is ready now, so the next {@link #next()} returns a frame captured after the
   * pause. An instant already past ends a pause. Files and folders ignore it.
   *
   * @param nanoTime the instant, on the {@link System#nanoTime()} clock
   */
  default void pauseUntil(long nanoTime) {}

  /**
   * Returns the CPU time, in nanoseconds, that the source's own capture or decoding thread has
   * used so far, or -1 when it has none (frames are read on the caller's thread) or cannot tell.
   * Benchmarks use it to separate what decoding a video file costs from what the pipeline costs.
   */
  default long sourceThreadCpuNanos() {
    return -1;
  }
}
