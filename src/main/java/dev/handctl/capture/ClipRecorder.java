package dev.handctl.capture;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Records a clip from any {@link FrameSource} into a {@link FrameSink}: the camera side of
 * {@code handctl record}, kept apart from the camera so that tests run it on stand-in sources.
 *
 * <p>The sink is opened only when the first frame arrives, so nothing is created when the camera
 * never delivers. A live source that delivers no frame within the wait (a camera that is missing or
 * busy keeps a {@link CameraSource} retrying) is closed and the clip ends empty, with the source's
 * last status to say why. The clip ends when a frame is {@code seconds} after the first, at the end
 * of the source, or on {@link #stop()} (Ctrl-C), and the sink is always finished properly.
 */
public final class ClipRecorder {
  /**
   * How a recording went.
   *
   * @param framesRead frames the source delivered
   * @param framesWritten frames in the clip
   * @param seconds time from the first frame to the last one read, seconds
   * @param widthPx frame width, 0 when no frame came
   * @param heightPx frame height, 0 when no frame came
   * @param noFrameReason why no frame came (the source's last status), or null when one did
   */
  public record Result(long framesRead, long framesWritten, double seconds, int widthPx, int heightPx,
      String noFrameReason) {}

  private final FrameSource source;
  private final FrameSink.Opener opener;
  private final double seconds;
  private final long waitMillis;
  private final AtomicReference<SourceStatus> lastStatus = new AtomicReference<>();
  private volatile boolean stopped;
  private volatile boolean timedOut;

  /**
   * Prepares a recording.
   *
   * @param source the frames
   * @param opener creates the sink at the first frame's size
   * @param seconds length of the clip, positive
   * @param waitMillis how long to wait for the first frame before giving up
   */
  public ClipRecorder(FrameSource source, FrameSink.Opener opener, double seconds, long waitMillis) {
    if (!(seconds > 0) || waitMillis < 0) {
      throw new IllegalArgumentException("seconds must be positive and the wait not negative, got " + seconds
          + " s and " + waitMillis + " ms");
    }
    this.source = source;
    this.opener = opener;
    this.seconds = seconds;
    this.waitMillis = waitMillis;
    // The STOPPED of closing would hide why no frame came.
    source.addStatusListener(s -> {
      if (s.state() != SourceState.STOPPED) {
        lastStatus.set(s);
      }
    });
  }

  /** Ends the recording soon, from any thread; the clip so far is kept. */
  public void stop() {
    stopped = true;
    source.close();
  }

  /**
   * Records until the clip is long enough, the source ends or {@link #stop()}.
   *
   * @return what was recorded
   * @throws IOException when the sink cannot be created or written; the clip so far is finished
   * @throws ImageReadException when the source cannot deliver a frame
   */
  public Result record() throws IOException, ImageReadException {
    // Not interrupted to cancel it: an interrupt would cut short the camera's own close.
    CountDownLatch firstFrameOrEnd = new CountDownLatch(1);
    Thread watchdog = new Thread(() -> {
      try {
        if (!firstFrameOrEnd.await(waitMillis, TimeUnit.MILLISECONDS)) {
          timedOut = true;
          source.close(); // unblocks next(): no frame within the wait
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "handctl-record-wait");
    watchdog.setDaemon(true);
    watchdog.start();
    FrameSink sink = null;
    long read = 0;
    long written = 0;
    long first = 0;
    long last = 0;
    int width = 0;
    int height = 0;
    try {
      for (Frame f; !stopped && (f = source.next()) != null; ) {
        if (sink == null) {
          firstFrameOrEnd.countDown();
          first = f.timestampNanos();
          width = f.image().width();
          height = f.image().height();
          sink = opener.open(width, height);
        }
        if (f.timestampNanos() - first >= seconds * 1e9) {
          break;
        }
        read++;
        last = f.timestampNanos();
        // A camera reopened at another size cannot go into the same file: those frames are left out.
        if (f.image().width() == width && f.image().height() == height && sink.write(f.image(), f.timestampNanos())) {
          written++;
        }
      }
    } finally {
      firstFrameOrEnd.countDown();
      if (sink != null) {
        sink.close();
      }
    }
    try {
      watchdog.join(); // returns at once unless it is closing the source
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String reason = null;
    if (read == 0) {
      SourceStatus s = lastStatus.get();
      boolean failing = s != null && (s.state() == SourceState.WAITING_FOR_CAMERA || s.state() == SourceState.ERROR);
      reason = stopped ? "stopped before the first frame"
          : !timedOut ? "the source ended before its first frame"
          : String.format(java.util.Locale.ROOT, "no frame within %.1f s%s", waitMillis / 1e3,
              failing ? " (" + s.message().replaceFirst("; retrying in [^;]*$", "") + ")" : "");
    }
    return new Result(read, written, (last - first) / 1e9, width, height, reason);
  }
}
