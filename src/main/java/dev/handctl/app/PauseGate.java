package dev.handctl.app;

/**
 * Holds a pipeline thread while the daemon is paused: the thread waits here instead of taking
 * frames, so a paused daemon costs nothing and a file holds its place.
 */
final class PauseGate {
  private boolean paused;

  /**
   * Closes or opens the gate.
   *
   * @param pause whether to hold the pipeline
   */
  synchronized void set(boolean pause) {
    paused = pause;
    notifyAll();
  }

  /** Returns whether the gate is closed. */
  synchronized boolean paused() {
    return paused;
  }

  /**
   * Waits while the gate is closed.
   *
   * @return false when the waiting thread was interrupted (its flag stays set)
   */
  synchronized boolean awaitOpen() {
    while (paused) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
