package dev.handctl.app;

import dev.handctl.capture.SourceStatus;
import dev.handctl.shell.DaemonState;
import dev.handctl.shell.preview.Preview;
import dev.handctl.shell.tray.Tray;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What the daemon shows of itself (the tray's icon and status line, {@code handctl status}, the
 * preview's state) worked out in one place from the run state, the pipeline, the source, the rules
 * and the output, so that all of them say the same.
 */
final class StatusView {
  private final RunState state;
  private final LiveRules rules;
  private final boolean camera;
  private final String outputSummary;
  private final boolean outputMissing;
  private final Tray tray;
  private final boolean dryRun;
  private final Preview preview;
  private volatile BooleanSupplier ended;
  private volatile Supplier<String> pipelineProblem = () -> null;
  private volatile Supplier<SourceStatus> sourceStatus;
  private volatile Supplier<String> source;
  private final java.util.function.BooleanSupplier preparing;

  /**
   * @param state paused or running
   * @param rules whether the user's files have mistakes
   * @param camera whether the source is a camera (then a source still starting is waiting for it)
   * @param output the output, for its summary and whether it is missing
   * @param tray where the state is shown
   * @param preview where it is shown too, when there are no frames to show it with
   * @param dryRun whether actions are printed, not sent (marked wherever the state shows)
   * @param pipeline the source, its status and whether it ended
   */
  StatusView(RunState state, LiveRules rules, boolean camera, DaemonOutput output, Tray tray, Preview preview,
      boolean dryRun, DaemonPipeline pipeline) {
    this.state = state;
    this.rules = rules;
    this.camera = camera;
    this.outputSummary = output.summary();
    this.outputMissing = output.missing();
    this.tray = tray;
    this.preview = preview;
    this.dryRun = dryRun;
    this.ended = pipeline::ended;
    this.sourceStatus = pipeline::sourceStatus;
    this.source = pipeline::source;
    this.preparing = pipeline::preparing;
  }

  /** From now on a pipeline failure shows (the supervisor exists only once the pipeline starts). */
  void supervisedBy(PipelineSupervisor supervisor) {
    pipelineProblem = supervisor::problem;
  }

  /** Returns the state to show. */
  DaemonState current() {
    if (pipelineProblem.get() != null) {
      return DaemonState.ERROR;
    }
    if (state.paused()) {
      return DaemonState.PAUSED;
    }
    if (ended.getAsBoolean()) {
      return DaemonState.ENDED;
    }
    return switch (sourceStatus.get().state()) {
      case WAITING_FOR_CAMERA, STARTING -> camera ? DaemonState.WAITING_FOR_CAMERA : DaemonState.RUNNING;
      case ERROR -> DaemonState.ERROR;
      default -> DaemonState.RUNNING;
    };
  }

  /** Returns the state's words as the preview shows them: {@code paused}, {@code running (dry run)}. */
  String words() {
    return current().label(dryRun);
  }

  /** Shows the state on the tray, with what is wrong or the source, and on the preview. */
  void show() {
    DaemonState shown = current();
    String problem = pipelineProblem.get();
    String detail = problem != null ? problem
        : rules.problem() != null ? "configuration has mistakes, see the log"
        : outputMissing ? "no output, see handctl doctor"
        : preparing.getAsBoolean() ? "preparing, first start"
        : shown == DaemonState.WAITING_FOR_CAMERA || shown == DaemonState.ERROR ? sourceStatus.get().message()
        : source.get();
    tray.show(shown, dryRun, outputSummary.isEmpty() ? detail : detail + "; output: " + outputSummary);
    preview.showState(shown.label(dryRun), shown != DaemonState.RUNNING);
  }

  /** Returns the answer to {@code handctl status}: the state and the output. */
  String statusLine() {
    return current().label(dryRun) + (outputSummary.isEmpty() ? "" : "; output: " + outputSummary);
  }
}
