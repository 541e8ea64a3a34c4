package dev.handctl.app;

import dev.handctl.hand.TrackedHand;
import dev.handctl.shell.tray.Tray;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a test may put into the daemon: a tray of its own (the real one needs a desktop), a stage
 * between tracking and smoothing (to make the pipeline fail on purpose), and the supervisor's
 * timings. {@link #NONE} is the daemon as it ships.
 *
 * @param tray the tray to use instead of the desktop's, or null
 * @param stage applied to each frame's tracked hands before smoothing
 * @param policy the pipeline supervisor's back-off and stall limit
 */
record DaemonHooks(Tray tray, UnaryOperator<List<TrackedHand>> stage, PipelineSupervisor.Policy policy) {
  /** No hooks: the real tray, no extra stage, the daemon's supervision policy. */
  static final DaemonHooks NONE = new DaemonHooks(null, UnaryOperator.identity(), PipelineSupervisor.Policy.DAEMON);
}
