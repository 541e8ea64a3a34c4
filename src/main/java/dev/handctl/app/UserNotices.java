package dev.handctl.app;

import dev.handctl.shell.notify.Notifier;
import java.util.HashMap;
import java.util.Map;

/**
 * Which of the daemon's troubles need the user, told once as each begins, through a desktop
 * notification: a configuration refused, a camera gone for a while, no way to drive the mouse, the
 * pipeline given up. Each cause notifies at most once a minute (a camera that comes and goes does
 * not flood the desktop), and not again while it lasts.
 */
final class UserNotices {
  /** A cause notifies at most this often. */
  static final long PER_CAUSE_NANOS = 60_000_000_000L;
  /**
   * A camera missing for less than this is not worth a notification: unplugging and replugging,
   * a video call taking it for a moment. The tray shows it at once all the same.
   */
  static final long CAMERA_GRACE_NANOS = 5_000_000_000L;

  /** What can need the user. */
  enum Cause {
    CONFIGURATION, CAMERA, OUTPUT, PIPELINE
  }

  private final Notifier notifier;
  private final Map<Cause, Long> lastTold = new HashMap<>();
  private final Map<Cause, Boolean> active = new HashMap<>();
  private long cameraMissingSinceNanos = Long.MIN_VALUE;

  UserNotices(Notifier notifier) {
    this.notifier = notifier;
  }

  /**
   * Takes in the daemon's troubles as they are now; notifies of those that just began.
   *
   * @param nowNanos the time
   * @param configProblem what is wrong with the user's files, or null
   * @param cameraMissing why the camera is not there, or null when it is (or the source is a file)
   * @param outputMissing why handctl cannot drive the mouse, or null
   * @param pipelineProblem why processing stopped, or null
   */
  synchronized void check(long nowNanos, String configProblem, String cameraMissing, String outputMissing,
      String pipelineProblem) {
    update(nowNanos, Cause.CONFIGURATION, configProblem, "handctl: configuration has mistakes",
        configProblem + "; the last good settings stay in use. handctl check-config shows each with its line.");
    if (cameraMissing == null) {
      cameraMissingSinceNanos = Long.MIN_VALUE;
    } else if (cameraMissingSinceNanos == Long.MIN_VALUE) {
      cameraMissingSinceNanos = nowNanos;
    }
    boolean cameraLong = cameraMissing != null && nowNanos - cameraMissingSinceNanos >= CAMERA_GRACE_NANOS;
    update(nowNanos, Cause.CAMERA, cameraLong ? cameraMissing : null, "handctl: no camera",
        cameraMissing + "; handctl waits for it and carries on by itself.");
    update(nowNanos, Cause.OUTPUT, outputMissing, "handctl cannot drive the mouse",
        outputMissing + "; handctl stays paused. handctl doctor says what this desktop offers.");
    update(nowNanos, Cause.PIPELINE, pipelineProblem, "handctl stopped watching the camera",
        pipelineProblem + ". Reload from the tray to try again; the log has the details.");
  }

  private void update(long nowNanos, Cause cause, String problem, String summary, String body) {
    boolean now = problem != null;
    boolean was = active.getOrDefault(cause, false);
    active.put(cause, now);
    if (!now || was) {
      return;
    }
    Long last = lastTold.get(cause);
    if (last != null && nowNanos - last < PER_CAUSE_NANOS) {
      return;
    }
    lastTold.put(cause, nowNanos);
    notifier.notify(summary, body);
  }
}
