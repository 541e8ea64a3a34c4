package dev.handctl.capture;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frames of a video file, every one, in order, timestamped with their presentation time; an
 * offline source ({@link #live()} is false).
 *
 * <p>With read-ahead, a decoding thread stays up to {@link #READ_AHEAD_FRAMES} frames ahead of the
 * consumer, so that decoding one frame overlaps with processing the one before (on a two-core
 * machine this hides most of the decoding time). Its image buffers are recycled: a buffer returns to
 * the decoder when the consumer calls {@link #next()} again, so the steady state allocates none.
 */
public final class VideoFileSource implements FrameSource {
  /** How many decoded frames the read-ahead thread keeps ready at most. */
  public static final int READ_AHEAD_FRAMES = 2;

  private static final Logger LOG = LoggerFactory.getLogger(VideoFileSource.class);
  private static final long JOIN_TIMEOUT_MILLIS = 2000;

  /** A read-ahead result: a frame, an error, or (both null) the end of the file. */
  private record Decoded(VideoFileReader.VideoFrame frame, ImageReadException error) {}

  private static final Decoded END = new Decoded(null, null);

  private final VideoFileReader reader;
  private final String description;
  private final double frameRate;
  private final Object readLock = new Object();
  private final Thread decoder;
  private final BlockingQueue<Decoded> ahead;
  // One buffer in the consumer's hand, one being decoded, READ_AHEAD_FRAMES waiting: never more.
  private final BlockingQueue<RgbImage> free = new ArrayBlockingQueue<>(READ_AHEAD_FRAMES + 2);
  private RgbImage handedOut;
  private boolean finished;
  private volatile boolean closed;

  /**
   * Opens a video file, decoding in the caller's thread.
   *
   * @param path the file
   * @throws ImageReadException when it cannot be opened
   */
  public VideoFileSource(Path path) throws ImageReadException {
    this(path, false);
  }

  /**
   * Opens a video file.
   *
   * @param path the file
   * @param readAhead whether to decode on a thread of its own, up to {@link #READ_AHEAD_FRAMES}
   *     frames ahead
   * @throws ImageReadException when it cannot be opened
   */
  public VideoFileSource(Path path, boolean readAhead) throws ImageReadException {
    this.reader = VideoFileReader.open(path);
    this.frameRate = reader.frameRate();
    this.description = String.format(Locale.ROOT, "%s (%dx%d at %.2f frames/s%s)", path, reader.widthPx(),
        reader.heightPx(), frameRate, reader.rotationDegrees() == 0 ? "" : ", turned "
            + reader.rotationDegrees() + " degrees clockwise");
    if (readAhead) {
      ahead = new ArrayBlockingQueue<>(READ_AHEAD_FRAMES);
      decoder = new Thread(this::decode, "handctl-read-ahead");
      decoder.setDaemon(true);
      decoder.start();
    } else {
      ahead = null;
      decoder = null;
    }
  }

  @Override
  public Frame next() throws ImageReadException {
    if (closed || finished || Thread.currentThread().isInterrupted()) {
      return null;
    }
    VideoFileReader.VideoFrame f;
    if (decoder == null) {
      synchronized (readLock) {
        // Under the lock so that close() from another thread never frees the decoder mid-frame.
        f = closed ? null : reader.next();
      }
    } else {
      f = nextDecoded();
    }
    if (f == null) {
      finished = true;
      return null;
    }
    return new Frame(f.index(), f.timestampMicros() * 1000, f.image());
  }

  private VideoFileReader.VideoFrame nextDecoded() throws ImageReadException {
    if (handedOut != null) {
      free.offer(handedOut);
      handedOut = null;
    }
    Decoded d;
    try {
      d = ahead.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    if (closed) {
      return null;
    }
    if (d.error() != null) {
      finished = true;
      throw d.error();
    }
    if (d.frame() != null) {
      handedOut = d.frame().image();
    }
    return d.frame();
  }

  /** The read-ahead thread: decodes into recycled buffers until the end, an error, or close(). */
  private void decode() {
    try {
      while (!closed) {
        VideoFileReader.VideoFrame f = reader.next(free.poll());
        if (f == null) {
          ahead.put(END);
          return;
        }
        ahead.put(new Decoded(f, null));
      }
    } catch (ImageReadException e) {
      // FFmpeg would most likely fail on the same frame again; end the stream after reporting it.
      putQuietly(new Decoded(null, e));
    } catch (RuntimeException e) {
      putQuietly(new Decoded(null, new ImageReadException(reader.path() + ": decoding failed (" + e + ")")));
    } catch (InterruptedException e) {
      // close() asked us to stop.
    } finally {
      reader.close();
    }
  }

  private void putQuietly(Decoded d) {
    try {
      ahead.put(d);
    } catch (InterruptedException e) {
      // close() asked us to stop; nobody will read it.
    }
  }

  @Override
  public double frameRate() {
    return frameRate;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public void close() {
    closed = true;
    if (decoder == null) {
      synchronized (readLock) {
        reader.close();
      }
      return;
    }
    decoder.interrupt();
    try {
      decoder.join(JOIN_TIMEOUT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (decoder.isAlive()) {
      LOG.warn("{}: the read-ahead thread did not stop within {} ms; it closes the file when it does",
          reader.path(), JOIN_TIMEOUT_MILLIS);
    }
    // Wakes a next() blocked in another thread; it sees closed and returns null.
    ahead.clear();
    ahead.offer(END);
  }
}
