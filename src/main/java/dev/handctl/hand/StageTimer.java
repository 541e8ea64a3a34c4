package dev.handctl.hand;

/** Receives how long each pipeline stage took; benchmarks record, everyone else ignores. */
@FunctionalInterface
public interface StageTimer {
  /** Ignores all timings. */
  StageTimer NONE = (stage, nanos) -> { };

  /**
   * Records one execution of a stage.
   *
   * @param stage the stage
   * @param nanos its wall-clock duration in nanoseconds
   */
  void record(PipelineStage stage, long nanos);
}
