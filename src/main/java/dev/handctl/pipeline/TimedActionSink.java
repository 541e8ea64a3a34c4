package dev.handctl.pipeline;

import dev.handctl.action.ActionSink;
import dev.handctl.action.DesktopPoint;
import dev.handctl.action.MouseButton;
import java.util.function.LongConsumer;

/**
 * Passes every action on to another sink and reports, for each, how long after its frame was
 * captured the action reached the output: the latency a user feels between moving the hand and the
 * pointer moving (capture, tracking, gestures, bindings; not the desktop's own drawing).
 */
public final class TimedActionSink implements ActionSink {
  private final ActionSink delegate;
  private final LongConsumer latencyNanos;
  private volatile long captureNanos = Long.MIN_VALUE;
  /** The thread processing the frame; actions from others (a pause releasing a button) are not its. */
  private volatile Thread frameThread;

  /**
   * Creates the sink.
   *
   * @param delegate where the actions go
   * @param latencyNanos receives, per action, {@link System#nanoTime()} at the action minus the
   *     frame's capture time
   */
  public TimedActionSink(ActionSink delegate, LongConsumer latencyNanos) {
    this.delegate = delegate;
    this.latencyNanos = latencyNanos;
  }

  /**
   * Says when the frame whose actions follow was captured, on the {@link System#nanoTime()} clock;
   * only actions on the calling thread are timed from it.
   *
   * @param nanos the capture time, or {@link Long#MIN_VALUE} for none (between frames)
   */
  public void setCaptureNanos(long nanos) {
    this.frameThread = Thread.currentThread();
    this.captureNanos = nanos;
  }

  private void timed() {
    if (captureNanos != Long.MIN_VALUE && Thread.currentThread() == frameThread) {
      latencyNanos.accept(System.nanoTime() - captureNanos);
    }
  }

  @Override
  public void beginFrame(long timestampNanos) {
    delegate.beginFrame(timestampNanos);
  }

  @Override
  public DesktopPoint pointerPosition() {
    return delegate.pointerPosition();
  }

  @Override
  public void moveTo(int xPx, int yPx) {
    delegate.moveTo(xPx, yPx);
    timed();
  }

  @Override
  public void press(MouseButton button) {
    delegate.press(button);
    timed();
  }

  @Override
  public void release(MouseButton button) {
    delegate.release(button);
    timed();
  }

  @Override
  public void scroll(int verticalSteps, int horizontalSteps) {
    delegate.scroll(verticalSteps, horizontalSteps);
    timed();
  }

  @Override
  public void keyPress(String key) {
    delegate.keyPress(key);
    timed();
  }

  @Override
  public void keyRelease(String key) {
    delegate.keyRelease(key);
    timed();
  }
}
