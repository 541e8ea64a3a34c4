package dev.handctl.capture;

import java.nio.file.Path;

/** Frames of a video file, every one, in order, timestamped with their presentation time. */
public final class VideoFileSource implements FrameSource {
  private final VideoFileReader reader;

  /**
   * Opens a video file.
   *
   * @param path the file
   * @throws ImageReadException when it cannot be opened
   */
  public VideoFileSource(Path path) throws ImageReadException {
    this.reader = VideoFileReader.open(path);
  }

  @Override
  public Frame next() throws ImageReadException {
    VideoFileReader.VideoFrame f = reader.next();
    return f == null ? null : new Frame(f.index(), f.timestampMicros() * 1000, f.image());
  }

  @Override
  public double frameRate() {
    return reader.frameRate();
  }

  @Override
  public void close() {
    reader.close();
  }
}
