package dev.handctl.capture;

import java.util.concurrent.locks.LockSupport;

/**
 * Plays recorded timestamps back in real time: {@link #awaitDue} waits until a sample is due, each
 * sample due its recorded interval after the previous one. A consumer that stopped asking for a
 * while (paused) finds the next sample due at once and playback carries on from there: the
 * recording holds its place while nobody plays it, as a paused player does.
 */
public final class PlaybackClock {
  /** Further behind than this, playback starts afresh from now rather than rushing to catch up. */
  private static final long RESYNC_NANOS = 250_000_000L;

  private long lastMediaNanos;
  private long lastDueNanos;
  private boolean started;

  /**
   * Waits until a sample is due.
   *
   * @param mediaNanos the sample's recorded timestamp
   * @return false when the wait was interrupted (the interrupt flag stays set)
   */
  public boolean awaitDue(long mediaNanos) {
    long now = System.nanoTime();
    long due = started ? lastDueNanos + Math.max(0, mediaNanos - lastMediaNanos) : now;
    if (now - due > RESYNC_NANOS) {
      due = now;
    }
    started = true;
    lastMediaNanos = mediaNanos;
    lastDueNanos = due;
    for (long wait; (wait = due - System.nanoTime()) > 0; ) {
      LockSupport.parkNanos(wait);
      if (Thread.currentThread().isInterrupted()) {
        return false;
      }
    }
    return true;
  }
}
