package dev.handctl.pipeline;

import dev.handctl.action.ActionDriver;
import dev.handctl.action.HandFrame;
import dev.handctl.filter.TrackedHandSmoother;
import dev.handctl.gesture.GestureEvent;
import dev.handctl.gesture.GestureRecognizer;
import dev.handctl.hand.HandChanges;
import dev.handctl.hand.TrackedFrame;
import dev.handctl.hand.TrackedHand;
import java.util.List;

/**
 * One frame's tracked hands through smoothing, gesture recognition and (when there is a driver)
 * the bindings, in that order: the gestures see smoothed keypoints, the pointer the model's own
 * (it filters them itself, with less lag). Which hands are new and which were lost is worked out
 * once per frame ({@link TrackedFrame}) and every stage reads that report.
 */
public final class HandsToActions implements AutoCloseable {
  private final TrackedHandSmoother smoother;
  private final GestureRecognizer recognizer;
  private final ActionDriver driver;
  /**
   * Works out each frame's changes: the driver's, which outlives chains rebuilt on a reload (a hand
   * lost on the first frame of a new chain is still reported lost), or the chain's own.
   */
  private final HandChanges changes;
  private long lastNanos = Long.MIN_VALUE;
  private int lastWidthPx = 1;
  private int lastHeightPx = 1;
  private List<TrackedHand> lastHands = List.of();

  /**
   * Creates the chain.
   *
   * @param smoother smooths keypoints for the gestures
   * @param recognizer turns hands into gesture events
   * @param driver turns events into input, or null to stop at the events; its rejoin time
   *     ({@link ActionDriver#keepHandsThroughGaps}) should be the recognizer's keep-lost time, since
   *     both follow the driver's report then
   */
  public HandsToActions(TrackedHandSmoother smoother, GestureRecognizer recognizer, ActionDriver driver) {
    this.smoother = smoother;
    this.recognizer = recognizer;
    this.driver = driver;
    this.changes = driver != null ? driver.handChanges() : new HandChanges(recognizer.keepLostMillis());
  }

  /**
   * Processes one frame.
   *
   * @param rawHands the tracker's hands
   * @param timestampNanos the frame's capture time
   * @param widthPx the frame's width
   * @param heightPx the frame's height
   * @return the frame's gesture events (actions go to the driver's sink)
   */
  public List<GestureEvent> onFrame(List<TrackedHand> rawHands, long timestampNanos, int widthPx, int heightPx) {
    lastNanos = timestampNanos;
    lastWidthPx = widthPx;
    lastHeightPx = heightPx;
    TrackedFrame raw = changes.next(rawHands, timestampNanos);
    List<TrackedHand> hands = smoother.smooth(raw, timestampNanos);
    lastHands = hands;
    // The smoothed hands are the same hands: the report holds for them too.
    List<GestureEvent> events = recognizer.update(hands, raw, timestampNanos, widthPx, heightPx);
    if (driver != null) {
      driver.onFrame(new HandFrame(timestampNanos, widthPx, heightPx, hands, rawHands, events, raw));
    }
    return events;
  }

  /**
   * Ends the stream: the poses under way end and whatever the driver holds is released, as when
   * every hand leaves the picture at the last frame's time.
   *
   * @return the events of that ending
   */
  public List<GestureEvent> endOfStream() {
    if (lastNanos == Long.MIN_VALUE) {
      return List.of();
    }
    return onFrame(List.of(), lastNanos, lastWidthPx, lastHeightPx);
  }

  /** Returns the last frame's hands as the gestures saw them (smoothed). */
  public List<TrackedHand> lastHands() {
    return lastHands;
  }

  /** Returns the driver, or null when the chain stops at the events. */
  public ActionDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    if (driver != null) {
      driver.close();
    }
  }
}
