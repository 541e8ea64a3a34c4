package dev.handctl.app;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the daemon's pipeline alive: runs it on its own thread, catches whatever it throws (any
 * {@link Throwable}: a bug in a stage, JavaCPP's {@code OutOfMemoryError: Physical memory usage is
 * too high}, a {@link StackOverflowError}), reports it and runs the pipeline again after a back-off
 * delay that doubles with each failure in a row. After {@link Policy#maxFailuresInARow()} failures
 * in a row it stops trying and stays in a visible error state until {@link #retryNow()}.
 *
 * <p>A watchdog thread notices a pipeline that stops producing frames while the source has them
 * (stuck in a stage): it reports the stall with where the pipeline thread is, and asks it to stop;
 * the pipeline that comes back from that is run again like one that failed.
 *
 * <p>The pipeline says it is alive with {@link #beat()} after each frame. What a failure means for
 * the rest of the daemon (release every pressed input, turn the tray red) is the {@link Listener}'s.
 */
final class PipelineSupervisor {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");

  /** One run of the pipeline: returns when its source ends or it is stopped, throws when it fails. */
  interface Pipeline {
    /**
     * Runs the pipeline once.
     *
     * @throws Exception whatever went wrong
     */
    void run() throws Exception;
  }

  /** Told about failures and recoveries; called on the supervisor's threads, never holding its lock. */
  interface Listener {
    /**
     * The pipeline failed (or stalled and has now come back from it). Called on the pipeline thread
     * once the failed run has unwound, before the back-off delay.
     *
     * @param problem the one-line reason, as the tray shows it
     * @param cause what was thrown, or null for a stall
     */
    void failed(String problem, Throwable cause);

    /**
     * The watchdog found the pipeline stuck. Called on the watchdog thread while the pipeline
     * thread may still be stuck (holding whatever it holds): show it, release inputs without
     * waiting on the pipeline, and stop its loop; the supervisor interrupts its thread too.
     *
     * @param problem the one-line reason, as the tray shows it
     */
    void stalled(String problem);

    /** The pipeline produced a frame again after a failure. */
    void recovered();
  }

  /**
   * How hard to try.
   *
   * @param firstRetryMillis the delay before the first retry; it doubles with each failure in a row
   * @param maxRetryMillis the longest delay between retries
   * @param maxFailuresInARow failures in a row after which the supervisor gives up
   * @param healthyMillis a run that produced frames for this long resets the count of failures
   * @param stallMillis no frame for this long while the source has them is a stall
   */
  record Policy(long firstRetryMillis, long maxRetryMillis, int maxFailuresInARow, long healthyMillis,
      long stallMillis) {
    /**
     * The daemon's: retries after 1, 2, 4, 8 s, then gives up; a minute of frames is healthy again.
     * A frame takes tens of milliseconds and an idle pass is a few per second, so 15 s without one
     * is stuck, not slow (loading the models happens before the first beat and is not timed).
     */
    static final Policy DAEMON = new Policy(1000, 30_000, 5, 60_000, 15_000);
  }

  private final Pipeline pipeline;
  private final Listener listener;
  private final BooleanSupplier sourceHasFrames;
  private final Policy policy;
  private final Thread thread;
  private final Thread watchdog;

  private volatile boolean stopping;
  private volatile long lastBeatNanos;
  private volatile boolean beating;
  private volatile String problem;
  private volatile boolean stalled;
  private volatile long runStartNanos;
  /** Written under this object's lock. */
  private volatile int failuresInARow;
  private boolean retryRequested;

  /**
   * Creates a supervisor; {@link #start()} starts it.
   *
   * @param pipeline one run of the pipeline
   * @param listener told about failures and recoveries
   * @param sourceHasFrames whether the source has frames for the pipeline now (a running camera or
   *     video, not paused), for the watchdog
   * @param policy back-off, giving up, the stall limit
   */
  PipelineSupervisor(Pipeline pipeline, Listener listener, BooleanSupplier sourceHasFrames, Policy policy) {
    this.pipeline = pipeline;
    this.listener = listener;
    this.sourceHasFrames = sourceHasFrames;
    this.policy = policy;
    this.thread = new Thread(this::supervise, "handctl-pipeline");
    this.watchdog = new Thread(this::watch, "handctl-watchdog");
    watchdog.setDaemon(true);
  }

  /** Starts the pipeline thread and the watchdog. */
  void start() {
    thread.start();
    watchdog.start();
  }

  /** Called by the pipeline after each frame: it is alive. */
  void beat() {
    long now = System.nanoTime();
    lastBeatNanos = now;
    beating = true;
    if (problem != null && !stalled && !stopping) {
      LOG.info("pipeline: running again");
      problem = null;
      listener.recovered();
    }
    if (failuresInARow > 0 && now - runStartNanos >= TimeUnit.MILLISECONDS.toNanos(policy.healthyMillis())) {
      synchronized (this) {
        failuresInARow = 0;
      }
    }
  }

  /**
   * Returns the current problem (the one-line reason the tray shows), or null while the pipeline
   * runs.
   */
  String problem() {
    return problem;
  }

  /** After giving up: try again now (the tray's Reload). Does nothing while the pipeline runs. */
  synchronized void retryNow() {
    retryRequested = true;
    notifyAll();
  }

  /**
   * Stops supervising: no more retries; the pipeline thread is interrupted (the caller has asked the
   * pipeline itself to stop) and waited for, up to a limit.
   *
   * @param waitMillis how long to wait for the pipeline thread
   * @return whether it ended; when it did not, it may still be using the models
   */
  boolean stop(long waitMillis) {
    stopping = true;
    synchronized (this) {
      notifyAll();
    }
    thread.interrupt();
    watchdog.interrupt();
    if (Thread.currentThread() == thread) {
      return true;
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
    boolean interrupted = false;
    for (long left; thread.isAlive() && (left = deadline - System.nanoTime()) > 0; ) {
      try {
        thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return !thread.isAlive();
  }

  /** Returns whether the pipeline thread has ended (its source ended, or it was stopped). */
  boolean finished() {
    return thread.getState() == Thread.State.TERMINATED;
  }

  /** Returns the pipeline thread. */
  Thread thread() {
    return thread;
  }

  // ---- The pipeline thread ----

  private void supervise() {
    while (!stopping) {
      runStartNanos = System.nanoTime();
      beating = false;
      Throwable failure = null;
      try {
        pipeline.run();
      } catch (Throwable t) { // everything: an Error in a stage must not end the pipeline silently
        failure = t;
      }
      if (stopping) {
        return;
      }
      boolean wasStall = stalled;
      if (failure == null && !wasStall) {
        return; // the source ended
      }
      Thread.interrupted(); // a stall's interrupt was for the run that just ended
      if (!reportAndWait(failure, wasStall)) {
        return;
      }
    }
  }

  /** Reports a failed run and waits out the back-off; false when stopping. */
  private boolean reportAndWait(Throwable failure, boolean wasStall) {
    try {
      int inARow;
      synchronized (this) {
        inARow = ++failuresInARow;
      }
      String reason = failure == null ? stallReason : oneLine(failure);
      boolean givingUp = inARow >= policy.maxFailuresInARow();
      long delay = Math.min(policy.maxRetryMillis(), policy.firstRetryMillis() << Math.min(20, inARow - 1));
      String next = givingUp ? "gave up after " + inARow + " failures in a row; Reload from the tray to try again"
          : "retrying in " + delay / 1000.0 + " s";
      problem = "pipeline " + (failure == null ? "stalled" : "failed") + ": " + reason + " (" + next + ")";
      stalled = false;
      if (failure != null) {
        LOG.error("the pipeline failed ({} in a row): {}; {}", inARow, reason, next, shortened(failure));
      } else {
        LOG.error("the pipeline stalled ({} in a row) and has stopped; {}", inARow, next);
      }
      listener.failed(problem, failure);
      synchronized (this) {
        retryRequested = false;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delay);
        while (!stopping && !retryRequested) {
          long left = deadline - System.nanoTime();
          if (!givingUp && left <= 0) {
            break;
          }
          wait(givingUp ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
        if (retryRequested) {
          failuresInARow = 0;
        }
      }
      if (!stopping) {
        LOG.info("pipeline: starting again");
      }
      return !stopping;
    } catch (InterruptedException e) {
      return false; // stop()
    } catch (Throwable t) {
      // Reporting itself failed (out of memory for the message?): say so as plainly as possible and
      // go on, since a dead supervisor is the silent failure this class exists to prevent.
      System.err.println("handctl: the pipeline failed and reporting it failed too: " + t);
      return !stopping;
    }
  }

  private volatile String stallReason = "stuck";

  /** A stack overflow's trace is a thousand copies of the same frames: the log gets the first 60. */
  private static Throwable shortened(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    if (!(t instanceof StackOverflowError) || trace.length <= 60) {
      return t;
    }
    t.setStackTrace(java.util.Arrays.copyOf(trace, 60));
    return t;
  }

  /**
   * A throwable in one line: its class, message and root cause, with what a JavaCPP memory error
   * means, short enough for a tray menu.
   */
  static String oneLine(Throwable t) {
    if (t == null) {
      return "unknown";
    }
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    StringBuilder s = new StringBuilder();
    if (root != t && t instanceof OutOfMemoryError && String.valueOf(t.getMessage()).startsWith("Cannot allocate")) {
      s.append(describe(root)); // JavaCPP's wrapper says less than the limit it names in its cause
    } else {
      s.append(describe(t));
      if (root != t) {
        s.append(", caused by ").append(describe(root));
      }
    }
    String text = s.toString();
    if (text.contains("Physical memory usage is too high") || text.contains("Cannot allocate")
        || (t instanceof OutOfMemoryError && text.contains("maxBytes"))) {
      text = "native memory over JavaCPP's limit: " + text;
    }
    return text.length() <= 160 ? text : text.substring(0, 157) + "...";
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    String name = t.getClass().getSimpleName();
    return message == null || message.isBlank() ? name : name + ": " + message.strip().lines().findFirst().orElse("");
  }

  // ---- The watchdog ----

  private void watch() {
    long armedSinceNanos = System.nanoTime();
    long tick = Math.max(10, Math.min(1000, policy.stallMillis() / 4));
    try {
      while (!stopping) {
        Thread.sleep(tick);
        long now = System.nanoTime();
        if (!beating || problem != null || !sourceHasFrames.getAsBoolean()) {
          armedSinceNanos = now; // nothing expected now: the clock starts when frames are
          continue;
        }
        long since = Math.max(armedSinceNanos, lastBeatNanos);
        if (now - since >= TimeUnit.MILLISECONDS.toNanos(policy.stallMillis())) {
          reportStall(now - since);
        }
      }
    } catch (InterruptedException e) {
      // stop()
    } catch (Throwable t) {
      System.err.println("handctl: the pipeline watchdog failed: " + t);
    }
  }

  private void reportStall(long forNanos) {
    StackTraceElement[] where = thread.getStackTrace();
    String at = where.length > 0 ? where[0].getClassName().replaceAll(".*\\.", "") + "." + where[0].getMethodName()
        : "unknown";
    String inOurs = "";
    for (StackTraceElement e : where) {
      if (e.getClassName().startsWith("dev.handctl.")) {
        inOurs = " in " + e.getClassName().replaceAll(".*\\.", "") + "." + e.getMethodName();
        break;
      }
    }
    stallReason = "no frame for " + TimeUnit.NANOSECONDS.toSeconds(forNanos) + " s while the source has them"
        + " (stuck at " + at + inOurs + ")";
    stalled = true;
    problem = "pipeline stalled: " + stallReason + "; stopping it to start again";
    StringBuilder trace = new StringBuilder();
    for (StackTraceElement e : where) {
      trace.append(System.lineSeparator()).append("    at ").append(e);
    }
    LOG.error("pipeline watchdog: {}; stopping it to start again{}", stallReason, trace);
    listener.stalled(problem);
    thread.interrupt();
  }
}
