package dev.handctl.capture;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Hands the newest frame from one producer thread (a camera or paced video) to one consumer thread,
 * dropping stale frames instead of queueing them, without allocating image buffers in the steady
 * state.
 *
 * <p><b>Triple buffering.</b> Three buffers circulate: the producer's back buffer (being written),
 * the middle one (the ready frame, or a spare) and the consumer's front buffer (the frame last handed
 * out). {@link #publish} swaps the filled back buffer with the middle one; {@link #take} swaps the
 * consumer's previous front buffer with the ready middle one. The producer therefore gets back
 * either the buffer of a frame that was dropped or the one the consumer has finished with, and never
 * one the consumer may still be reading (the consumer gives its buffer up only by calling
 * {@code take()} again).
 *
 * <p><b>Convert on demand.</b> Converting a frame to RGB costs more than grabbing it, so the
 * producer asks {@link #demanded} before converting: only when the consumer is waiting, or returned
 * from {@code take()} less than {@link #DEMAND_FRAME_INTERVALS} frame intervals ago (it is keeping up
 * with the frame rate and will be back soon), is a frame worth converting.
 *
 * <p><b>Dropped frames.</b> {@link #droppedFrames()} counts frames that were published (converted)
 * and then replaced by a newer one before the consumer took them. Frames the producer skipped
 * without converting are not counted here; the producer's frame indices show those as gaps.
 */
final class LatestFrameExchange {
  /** How many frame intervals after its last return a consumer still counts as consuming at full rate. */
  static final int DEMAND_FRAME_INTERVALS = 2;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final LongSupplier clockNanos;

  // All guarded by lock.
  private RgbImage middle;
  private boolean ready;
  private long readyIndex;
  private long readyTimestampNanos;
  private RgbImage front;
  private boolean consumerWaiting;
  private boolean consumerReturned;
  private long lastReturnNanos;
  private boolean paused;
  private long pausedUntilNanos;
  private boolean ended;
  private ImageReadException endError;
  private boolean closed;
  private long dropped;

  /** Creates an exchange timed by {@link System#nanoTime()}. */
  LatestFrameExchange() {
    this(System::nanoTime);
  }

  /**
   * Creates an exchange.
   *
   * @param clockNanos the clock that stamps the consumer's returns, in nanoseconds (for tests)
   */
  LatestFrameExchange(LongSupplier clockNanos) {
    this.clockNanos = clockNanos;
  }

  /**
   * Tells the producer whether a frame grabbed now is worth converting.
   *
   * @param nowNanos the current time on this exchange's clock
   * @param frameIntervalNanos the producer's time between frames, positive
   * @return true when the consumer waits in {@link #take()} or returned from it less than
   *     {@link #DEMAND_FRAME_INTERVALS} frame intervals ago; false once closed
   */
  boolean demanded(long nowNanos, long frameIntervalNanos) {
    lock.lock();
    try {
      if (closed || ended) {
        return false;
      }
      if (consumerWaiting && !ready) {
        return true; // (with a frame ready, the waiting consumer is about to take that one)
      }
      if (paused && nowNanos - pausedUntilNanos < 0) {
        return false;
      }
      return consumerReturned && nowNanos - lastReturnNanos < DEMAND_FRAME_INTERVALS * frameIntervalNanos;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The consumer will not take a frame before an instant: frames grabbed until then are not worth
   * converting (unless it comes back early and waits), and a frame ready now is dropped, so that
   * the next {@link #take()} gets a frame captured after the pause rather than one from before it.
   * An instant that has passed ends a pause.
   *
   * @param untilNanos the instant on this exchange's clock
   */
  void pauseUntil(long untilNanos) {
    lock.lock();
    try {
      paused = true;
      pausedUntilNanos = untilNanos;
      if (ready && untilNanos - clockNanos.getAsLong() > 0) {
        ready = false;
        dropped++;
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Blocks the producer until the consumer asks for its first frame.
   *
   * @return true once the consumer waits in (or has returned from) {@link #take()}; false when the
   *     exchange was closed first
   * @throws InterruptedException when the producer thread is interrupted
   */
  boolean awaitConsumer() throws InterruptedException {
    lock.lock();
    try {
      while (!consumerWaiting && !consumerReturned && !closed) {
        changed.await();
      }
      return !closed;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Makes a converted frame the ready one; an older ready frame nobody took is dropped.
   *
   * @param filled the frame's pixels, written by the producer
   * @param index the frame's index in the stream
   * @param timestampNanos the frame's timestamp
   * @return the buffer to write the next frame into (null when there is none yet: allocate); after
   *     {@link #close()}, {@code filled} itself
   */
  RgbImage publish(RgbImage filled, long index, long timestampNanos) {
    lock.lock();
    try {
      if (closed || ended) {
        return filled;
      }
      if (!consumerWaiting && paused && clockNanos.getAsLong() - pausedUntilNanos < 0) {
        // Converted before the consumer paused; it would be stale by the time the consumer is back.
        dropped++;
        return filled;
      }
      if (ready) {
        dropped++;
      }
      RgbImage free = middle;
      middle = filled;
      ready = true;
      readyIndex = index;
      readyTimestampNanos = timestampNanos;
      changed.signalAll();
      return free;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Tells the consumer that no more frames will come: {@link #take()} still hands out the ready
   * frame, then throws {@code error} once (if given), then returns null.
   *
   * @param error why the stream ended early, or null for a normal end
   */
  void end(ImageReadException error) {
    lock.lock();
    try {
      ended = true;
      endError = error;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Stops the exchange: a waiting and every later {@link #take()} returns null at once. */
  void close() {
    lock.lock();
    try {
      closed = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits for the newest frame not yet handed out and hands it out. The frame handed out by the
   * previous call goes back to the producer.
   *
   * @return the frame; null after {@link #close()}, at the end, or when the calling thread is
   *     interrupted (its interrupt flag stays set)
   * @throws ImageReadException once, after the last frame, when the producer ended with an error
   */
  Frame take() throws ImageReadException {
    lock.lock();
    try {
      while (!ready && !ended && !closed) {
        if (Thread.currentThread().isInterrupted()) {
          return null;
        }
        consumerWaiting = true;
        // Wakes a producer in awaitConsumer().
        changed.signalAll();
        try {
          changed.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return null;
        } finally {
          consumerWaiting = false;
        }
      }
      if (closed || Thread.currentThread().isInterrupted()) {
        return null;
      }
      if (!ready) {
        ImageReadException error = endError;
        endError = null;
        if (error != null) {
          throw error;
        }
        return null;
      }
      RgbImage handedOut = middle;
      middle = front;
      front = handedOut;
      ready = false;
      consumerReturned = true;
      lastReturnNanos = clockNanos.getAsLong();
      return new Frame(readyIndex, readyTimestampNanos, handedOut);
    } finally {
      lock.unlock();
    }
  }

  /** Returns how many published frames were replaced before the consumer took them. */
  long droppedFrames() {
    lock.lock();
    try {
      return dropped;
    } finally {
      lock.unlock();
    }
  }
}
