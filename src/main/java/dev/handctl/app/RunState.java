package dev.handctl.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the daemon runs or is paused, and why; whether it is shutting down. The tray, the hotkey,
 * a gesture and the control socket all pause through here, so they agree and each change is logged
 * once ({@code state: paused (tray)}).
 */
final class RunState {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");

  /** Told of each pause or resume, under the state's lock. */
  interface Listener {
    /**
     * Before the change is logged: what must have happened by then (the keys released, the
     * pipeline held), so a log line saying paused is never ahead of the fact.
     *
     * @param paused the new state
     */
    default void pausing(boolean paused) {}

    /** After the change is logged: show it. */
    default void changed() {}
  }

  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final CountDownLatch quit = new CountDownLatch(1);
  private volatile boolean paused;
  private volatile String why = "start";
  private volatile boolean stopping;
  /** Set when resuming cannot help (no output backend): the summary shown instead. */
  private volatile String resumeRefused;

  void addListener(Listener listener) {
    listeners.add(listener);
  }

  /**
   * Sets the state the daemon starts in, without telling the listeners (nothing runs yet).
   *
   * @param paused whether it starts paused
   * @param resumeRefused why it cannot be resumed at all, or null
   */
  synchronized void start(boolean paused, String resumeRefused) {
    this.paused = paused;
    this.resumeRefused = resumeRefused;
    this.why = "start";
  }

  boolean paused() {
    return paused;
  }

  /** Returns who paused or resumed last, such as {@code tray}. */
  String why() {
    return why;
  }

  /**
   * Pauses or resumes; does nothing when that is the state already or the daemon is stopping.
   *
   * @param pause whether to pause
   * @param via who asks, for the log
   */
  synchronized void setPaused(boolean pause, String via) {
    if (stopping || pause == paused) {
      return;
    }
    if (!pause && resumeRefused != null) {
      LOG.warn("state: stays paused ({}): no output backend: {}", via, resumeRefused);
      return;
    }
    paused = pause;
    why = via;
    for (Listener l : listeners) {
      l.pausing(pause);
    }
    LOG.info("state: {} ({})", pause ? "paused" : "running", via);
    for (Listener l : listeners) {
      l.changed();
    }
  }

  /** Pauses when running, resumes when paused. */
  synchronized void toggle(String via) {
    setPaused(!paused, via);
  }

  /**
   * Asks the daemon to quit; the first request is logged, later ones are not.
   *
   * @param via who asks, for the log
   */
  void requestQuit(String via) {
    if (quit.getCount() > 0) {
      LOG.info("quit ({})", via);
    }
    quit.countDown();
  }

  /** Waits until someone asks to quit. */
  void awaitQuit() throws InterruptedException {
    quit.await();
  }

  /** From here on the daemon shuts down: pauses and resumes are ignored, the pipeline ends. */
  void beginStopping() {
    stopping = true;
  }

  boolean stopping() {
    return stopping;
  }
}
