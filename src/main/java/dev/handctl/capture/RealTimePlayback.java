package dev.handctl.capture;

/**
 * A file source played in real time, every frame in order: each frame is handed out when it is due
 * by its presentation time, and the file holds its place while the consumer does not ask (a paused
 * daemon). Unlike {@link PacedVideoSource} it drops nothing and stays an offline source, so the
 * same file always gives the same result, which is what demos and tests of the daemon need.
 */
public final class RealTimePlayback implements FrameSource {
  private final FrameSource file;
  private final PlaybackClock clock = new PlaybackClock();

  /**
   * Wraps a file source.
   *
   * @param file a video file or image folder source
   */
  public RealTimePlayback(FrameSource file) {
    this.file = file;
  }

  @Override
  public Frame next() throws ImageReadException {
    Frame f = file.next();
    if (f == null || !clock.awaitDue(f.timestampNanos())) {
      return null;
    }
    return f;
  }

  @Override
  public double frameRate() {
    return file.frameRate();
  }

  @Override
  public String description() {
    return file.description() + " (real time)";
  }

  @Override
  public void close() {
    file.close();
  }
}
