package dev.handctl.app;

import dev.handctl.capture.Frame;
import dev.handctl.capture.FrameSource;
import dev.handctl.capture.ImageReadException;
import dev.handctl.hand.TrackedFrame;
import dev.handctl.hand.track.HandTracker;
import java.util.concurrent.locks.LockSupport;

/**
 * Pulls frames from a source through the tracker and hands each result, the tracker's own report of
 * the hands and what changed ({@link HandTracker#track}), to a listener, until the source ends or
 * {@link #stop()} is called.
 *
 * <p>With a live source (a camera, a paced video) and no hand in view, the loop asks for a frame
 * only as often as the idle detector runs: the frames in between are never converted, which is
 * most of what an idle daemon would otherwise spend. A camera that goes away simply makes
 * {@link FrameSource#next()} wait; the tracker starts afresh on the long gap when it returns.
 */
public final class TrackingLoop {
  /** Receives every processed frame, on the loop's thread. */
  public interface Listener {
    /**
     * One frame's result.
     *
     * @param frame the frame (its pixels are valid only during the call)
     * @param hands the tracker's report: the hands in it and which are new and lost
     * @param startNanos {@link System#nanoTime()} when the loop got the frame
     * @param doneNanos {@link System#nanoTime()} when the hands were ready
     */
    void onFrame(Frame frame, TrackedFrame hands, long startNanos, long doneNanos);

    /**
     * A frame that could not be read; the loop goes on with the next.
     *
     * @param error what went wrong, naming the source
     */
    default void onReadError(ImageReadException error) {}
  }

  private final FrameSource source;
  private final HandTracker tracker;
  private final boolean mirrored;
  private volatile boolean stopped;
  private volatile Thread runner;
  private PauseGate gate;
  /** A paused loop tells the source it will not want a frame for this long (far, but no overflow). */
  /**
   * An idle loop wakes this share of the idle period after a frame: a little early, so that the
   * camera's next frame is the one that is due (waking on time would wait for the frame after).
   */
  private static final double WAKE_SHARE_OF_IDLE_PERIOD = 0.9;
  private static final long PAUSE_HORIZON_NANOS = 100L * 24 * 3600 * 1_000_000_000L;

  /**
   * Creates a loop.
   *
   * @param source where frames come from
   * @param tracker the tracker, one per source
   * @param mirrored whether the frames are a mirrored (selfie) view
   */
  public TrackingLoop(FrameSource source, HandTracker tracker, boolean mirrored) {
    this.source = source;
    this.tracker = tracker;
    this.mirrored = mirrored;
  }

  /**
   * Makes the loop wait at a gate before each frame: while it is closed no frame is taken (a camera
   * converts none, a file holds its place).
   *
   * @param pauseGate the gate
   */
  void setPauseGate(PauseGate pauseGate) {
    this.gate = pauseGate;
  }

  /**
   * Runs on the calling thread until the source ends or the loop is stopped.
   *
   * @param listener receives each frame's hands
   * @return the number of frames processed
   */
  public long run(Listener listener) {
    runner = Thread.currentThread();
    long frames = 0;
    boolean paused = false;
    try {
      while (!stopped) {
        if (gate != null && gate.paused()) {
          source.pauseUntil(System.nanoTime() + PAUSE_HORIZON_NANOS);
          if (!gate.awaitOpen()) {
            break;
          }
          source.pauseUntil(System.nanoTime());
          paused = false;
        }
        Frame frame;
        try {
          frame = source.next();
        } catch (ImageReadException e) {
          listener.onReadError(e);
          continue;
        }
        if (frame == null) {
          break;
        }
        long start = System.nanoTime();
        boolean live = source.live();
        TrackedFrame hands = tracker.track(frame.image(), frame.timestampNanos(), mirrored);
        listener.onFrame(frame, hands, start, System.nanoTime());
        frames++;
        if (live && !tracker.idle() && paused) {
          source.pauseUntil(System.nanoTime()); // a hand: full rate again
          paused = false;
        }
        if (live && tracker.idle()) {
          long wakeNanos = idleWakeNanos(frame);
          // The pause reaches past the frame taken at the wake-up (a waiting consumer is always
          // served), so the source does not convert frames after it in case they are wanted.
          source.pauseUntil(wakeNanos + (wakeNanos - frame.timestampNanos()));
          paused = true;
          for (long wait; !stopped && (wait = wakeNanos - System.nanoTime()) > 0; ) {
            LockSupport.parkNanos(wait);
          }
        }
      }
    } finally {
      runner = null;
      if (stopped) {
        Thread.interrupted(); // the interrupt was stop()'s, not the caller's
      }
    }
    return frames;
  }

  /**
   * Live timestamps are {@link System#nanoTime()} instants, and the next idle pass is due a period
   * after this frame; waking a little early lets the camera's next frame be the one that is due.
   */
  private long idleWakeNanos(Frame frame) {
    return frame.timestampNanos() + (long) (tracker.idlePeriodNanos() * WAKE_SHARE_OF_IDLE_PERIOD);
  }

  /**
   * Makes {@link #run} return after the frame under way, or at once when it is waiting for a frame
   * (the interrupt makes {@link FrameSource#next()} return null); callable from any thread.
   */
  public void stop() {
    stopped = true;
    Thread t = runner;
    if (t != null) {
      t.interrupt();
    }
  }
}
