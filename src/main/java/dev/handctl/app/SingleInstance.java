package dev.handctl.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's single-instance step: one handctl per user, dry runs included, so there is at most
 * one tray icon, one pause hotkey and one control socket. A dry run may still run beside the
 * holder (to see what handctl would do while it runs), without any of those.
 *
 * @param lock the lock held, or null
 * @param beside whether another handctl holds it and this dry run runs beside it
 * @param refused whether another handctl holds it and this one must not start
 */
record SingleInstance(InstanceLock lock, boolean beside, boolean refused) {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");

  /**
   * Takes the lock, or says why not.
   *
   * @param lockFile the lock file
   * @param dryRun whether this is a dry run (which may run beside the holder)
   * @param err where to say that handctl already runs
   */
  static SingleInstance take(Path lockFile, boolean dryRun, PrintWriter err) {
    try {
      InstanceLock lock = InstanceLock.tryAcquire(lockFile, dryRun);
      if (lock == null && !dryRun) {
        err.println("handctl: already running for this user (" + InstanceLock.describeHolder(lockFile)
            + "); quit that one from its tray icon first");
        err.flush();
        return new SingleInstance(null, false, true);
      }
      if (lock == null) {
        LOG.warn("another handctl runs for this user ({}): this dry run runs beside it, with no tray icon and no"
            + " hotkey", InstanceLock.describeHolder(lockFile));
        return new SingleInstance(null, true, false);
      }
      return new SingleInstance(lock, false, false);
    } catch (IOException e) {
      // A folder that cannot be written must not stop handctl; a second one just goes unnoticed.
      LOG.warn("cannot take the single-instance lock {} ({}); going on without it, so a second handctl would not be"
          + " noticed", lockFile, e.toString());
      return new SingleInstance(null, false, false);
    }
  }

  /** Whether this daemon holds the lock (and so may have the control socket). */
  boolean owns() {
    return lock != null;
  }

  /** Lets the lock go. */
  void release() {
    if (lock != null) {
      lock.close();
    }
  }
}
