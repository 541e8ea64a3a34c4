package dev.handctl.action;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An {@link ActionSink} that touches nothing: it keeps its own pointer (starting in the middle of
 * the desktop) and hands every action to a listener, for dry runs ({@code --dry-run},
 * {@code replay --actions}) and tests.
 */
public final class RecordingActionSink implements ActionSink {
  private final DesktopBounds desktop;
  private final Consumer<RecordedAction> listener;
  private final List<RecordedAction> recorded = new ArrayList<>();
  private final boolean keep;
  private long frameNanos;
  private int x;
  private int y;

  /**
   * Creates a sink that keeps what it records (see {@link #actions()}).
   *
   * @param desktop the desktop the pointer lives on
   */
  public RecordingActionSink(DesktopBounds desktop) {
    this(desktop, a -> { }, true);
  }

  /**
   * Creates a sink that passes each action on as it happens.
   *
   * @param desktop the desktop the pointer lives on
   * @param listener receives each action
   * @param keep whether to also keep the actions for {@link #actions()} (a long dry run should not)
   */
  public RecordingActionSink(DesktopBounds desktop, Consumer<RecordedAction> listener, boolean keep) {
    this.desktop = desktop;
    this.listener = listener;
    this.keep = keep;
    this.x = desktop.xPx() + desktop.widthPx() / 2;
    this.y = desktop.yPx() + desktop.heightPx() / 2;
  }

  @Override
  public synchronized void beginFrame(long timestampNanos) {
    frameNanos = timestampNanos;
  }

  @Override
  public synchronized DesktopPoint pointerPosition() {
    return new DesktopPoint(x, y);
  }

  @Override
  public synchronized void moveTo(int xPx, int yPx) {
    x = desktop.clampX(xPx);
    y = desktop.clampY(yPx);
    record("move", null, null, 0, 0);
  }

  @Override
  public synchronized void press(MouseButton button) {
    record("press", button, null, 0, 0);
  }

  @Override
  public synchronized void release(MouseButton button) {
    record("release", button, null, 0, 0);
  }

  @Override
  public synchronized void scroll(int verticalSteps, int horizontalSteps) {
    record("scroll", null, null, horizontalSteps, verticalSteps);
  }

  @Override
  public synchronized void keyPress(String key) {
    record("key_press", null, key, 0, 0);
  }

  @Override
  public synchronized void keyRelease(String key) {
    record("key_release", null, key, 0, 0);
  }

  private void record(String action, MouseButton button, String key, int scrollX, int scrollY) {
    RecordedAction a = new RecordedAction(frameNanos, action, x, y, button, key, scrollX, scrollY);
    if (keep) {
      recorded.add(a);
    }
    listener.accept(a);
  }

  /** Returns the actions recorded so far (when keeping them), oldest first. */
  public synchronized List<RecordedAction> actions() {
    return List.copyOf(recorded);
  }
}
