package dev.handctl.capture;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A video file played in real time, as a camera would deliver it: a live source for trying the
 * live pipeline (latency, dropped frames) on recorded footage.
 *
 * <p>A thread of its own ({@code handctl-capture}, a daemon) decodes the file and makes frame
 * <i>k</i> available at <i>start + (pts(k) - pts(0))</i>, where start is when the first frame was
 * decoded. Playback starts when the consumer first calls {@link #next()}, so a consumer that is slow
 * to get going (loading models) does not miss the beginning; from then on the video runs in real
 * time whatever the consumer does. As with {@link CameraSource}, {@link #next()} hands out the newest frame not yet handed
 * out and a frame is converted to RGB only when the consumer will take it (it waits in
 * {@code next()} or returned from it less than two frame intervals ago). The decision is made when
 * the frame is decoded, up to one frame interval before it becomes available, because FFmpeg
 * converts as part of decoding. {@link Frame#index()} is the frame's position in the file, so gaps
 * show skipped frames, and {@link Frame#timestampNanos()} is the {@link System#nanoTime()} instant
 * the frame became available, so consumers can measure capture-to-result latency as with a camera.
 * {@link #droppedFrames()} counts frames that were converted and then replaced unseen. After the
 * last frame, {@link #next()} returns null.
 */
public final class PacedVideoSource implements FrameSource {
  private static final Logger LOG = LoggerFactory.getLogger(PacedVideoSource.class);
  private static final long JOIN_TIMEOUT_MILLIS = 2000;
  private static final long DEFAULT_FRAME_INTERVAL_NANOS = 1_000_000_000L / 30;

  private final VideoFileReader reader;
  private final String description;
  private final double frameRate;
  private final long frameIntervalNanos;
  private final long overrideIntervalNanos;
  private final LatestFrameExchange exchange = new LatestFrameExchange();
  private final Thread thread;
  private volatile boolean closed;
  private volatile long finishedThreadCpuNanos = -1;

  /**
   * Opens a video file and starts playing it.
   *
   * @param path the file
   * @throws ImageReadException when it cannot be opened
   */
  public PacedVideoSource(Path path) throws ImageReadException {
    this(path, 0);
  }

  /**
   * Opens a video file and starts playing it at a frame rate of the caller's choosing: frame
   * <i>k</i> is due at <i>start + k / frameRate</i>, whatever the file's own timing, as a camera of
   * that rate would deliver it.
   *
   * @param path the file
   * @param frameRateOverride frames per second to play at; 0 keeps the file's own timing
   * @throws ImageReadException when it cannot be opened
   */
  public PacedVideoSource(Path path, double frameRateOverride) throws ImageReadException {
    if (!(frameRateOverride >= 0 && frameRateOverride <= 1000)) {
      throw new IllegalArgumentException("frame rate must be from 0 to 1000, got " + frameRateOverride);
    }
    this.reader = VideoFileReader.open(path, 1); // one frame at a time, as a camera delivers them
    this.overrideIntervalNanos = frameRateOverride > 0 ? Math.round(1e9 / frameRateOverride) : 0;
    this.frameRate = frameRateOverride > 0 ? frameRateOverride : reader.frameRate();
    this.frameIntervalNanos = frameRate > 0 ? Math.round(1e9 / frameRate) : DEFAULT_FRAME_INTERVAL_NANOS;
    this.description = String.format(Locale.ROOT, "%s (paced, %dx%d at %.2f frames/s)", path, reader.widthPx(),
        reader.heightPx(), frameRate);
    this.thread = new Thread(this::play, "handctl-capture");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public Frame next() throws ImageReadException {
    return exchange.take();
  }

  @Override
  public double frameRate() {
    return frameRate;
  }

  @Override
  public boolean live() {
    return true;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public SourceStatus status() {
    return new SourceStatus(closed || !thread.isAlive() ? SourceState.STOPPED : SourceState.RUNNING, description);
  }

  @Override
  public void pauseUntil(long nanoTime) {
    exchange.pauseUntil(nanoTime);
  }

  @Override
  public long droppedFrames() {
    return exchange.droppedFrames();
  }

  /** Stops playing (waiting up to two seconds for the thread) and closes the file; a waiting {@link #next()} returns null. */
  @Override
  public void close() {
    closed = true;
    exchange.close();
    thread.interrupt();
    joinUninterruptibly(thread, JOIN_TIMEOUT_MILLIS);
    if (thread.isAlive()) {
      LOG.warn("{}: the playing thread did not stop within {} ms; it closes the file when it does",
          reader.path(), JOIN_TIMEOUT_MILLIS);
    }
  }

  /**
   * Waits for a thread even when the caller is interrupted (its flag is kept): a quitting daemon
   * interrupts the thread that closes this source, and returning early would let the process exit
   * with FFmpeg still decoding.
   */
  static void joinUninterruptibly(Thread thread, long millis) {
    long deadline = System.nanoTime() + millis * 1_000_000L;
    boolean interrupted = false;
    try {
      for (long left; thread.isAlive() && (left = deadline - System.nanoTime()) > 0; ) {
        try {
          thread.join(Math.max(1, left / 1_000_000L));
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The playing thread: decode, wait for the frame's time, hand it over if anyone wants it. */
  private void play() {
    long startNanos = 0;
    long firstPtsMicros = 0;
    long played = 0;
    boolean started = false;
    RgbImage back = null;
    try {
      if (!exchange.awaitConsumer()) {
        return;
      }
      while (!closed) {
        boolean convert = exchange.demanded(System.nanoTime(), frameIntervalNanos);
        if (!reader.grab(convert)) {
          exchange.end(null);
          return;
        }
        if (!started) {
          started = true;
          startNanos = System.nanoTime();
          firstPtsMicros = reader.grabbedTimestampMicros();
        }
        long dueNanos = overrideIntervalNanos > 0 ? startNanos + played * overrideIntervalNanos
            : startNanos + (reader.grabbedTimestampMicros() - firstPtsMicros) * 1000;
        played++;
        if (!sleepUntil(dueNanos)) {
          return;
        }
        if (convert) {
          back = exchange.publish(reader.retrieve(back), reader.grabbedIndex(), System.nanoTime());
        }
      }
    } catch (InterruptedException e) {
      // close() asked us to stop.
    } catch (ImageReadException e) {
      exchange.end(e);
    } catch (RuntimeException e) {
      exchange.end(new ImageReadException(reader.path() + ": playing failed (" + e + ")"));
    } finally {
      reader.close();
      finishedThreadCpuNanos = threadCpuNanos(Thread.currentThread().getId());
    }
  }

  @Override
  public long sourceThreadCpuNanos() {
    long finished = finishedThreadCpuNanos;
    return finished >= 0 ? finished : threadCpuNanos(thread.getId());
  }

  private static long threadCpuNanos(long threadId) {
    java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
    return bean.isThreadCpuTimeSupported() ? bean.getThreadCpuTime(threadId) : -1;
  }

  private boolean sleepUntil(long dueNanos) {
    for (long left; (left = dueNanos - System.nanoTime()) > 0; ) {
      LockSupport.parkNanos(left);
      if (closed || Thread.currentThread().isInterrupted()) {
        return false;
      }
    }
    return !closed;
  }
}
