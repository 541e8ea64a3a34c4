package dev.handctl.pipeline;

import dev.handctl.action.ActionDriver;
import dev.handctl.action.HandFrame;
import dev.handctl.filter.TrackedHandSmoother;
import dev.handctl.gesture.GestureEvent;
import dev.handctl.gesture.GestureRecognizer;
import dev.handctl.hand.HandChanges;
import dev.handctl.hand.TrackedFrame;
import dev.handctl.hand.TrackedHand;
import java.util.ArrayList;
import java.util.List;

/**
 * One frame's tracked hands through smoothing, gesture recognition and (when there is a driver)
 * the bindings, in that order: the gestures see smoothed keypoints, the pointer the model's own
 * (it filters them itself, with less lag). Which hands are new and which were lost is reported
 * once per frame ({@link TrackedFrame}) and every stage reads that report.
 *
 * <p>Live, the report is the tracker's own ({@link #onFrame(TrackedFrame, long, int, int)}): the chain
 * keeps no record of ids then, so a chain built afresh on a reload misses nothing (a hand lost on its
 * first frame is in that frame's report, and the driver, which outlives the chain, ends what it held).
 * Hands with no tracker behind them (a landmark recording replayed) go to
 * {@link #onFrame(List, long, int, int)}, which works the report out from their ids, with the
 * driver's {@link ActionDriver#handChanges()} (it outlives the chains too) or the chain's own.
 */
public final class HandsToActions implements AutoCloseable {
  private final TrackedHandSmoother smoother;
  private final GestureRecognizer recognizer;
  private final ActionDriver driver;
  /**
   * Works out each frame's changes for hands given as a list: the driver's, which outlives chains
   * rebuilt on a reload (a hand lost on the first frame of a new chain is still reported lost), or
   * the chain's own. Not used for frames the tracker reported.
   */
  private final HandChanges changes;
  /** Whether the last frame came with the tracker's report (the end of the stream is reported here then). */
  private boolean reported;
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
   *     ({@link ActionDriver#keepHandsThroughGaps}) should be the recognizer's keep-lost time (and
   *     the tracker's {@code tracker.rejoinMillis}), since both follow the same report
   */
  public HandsToActions(TrackedHandSmoother smoother, GestureRecognizer recognizer, ActionDriver driver) {
    this.smoother = smoother;
    this.recognizer = recognizer;
    this.driver = driver;
    this.changes = driver != null ? driver.handChanges() : new HandChanges(recognizer.keepLostMillis());
  }

  /**
   * Processes one frame of hands with no tracker's report (a landmark recording): which are new and
   * which were lost is worked out from their ids.
   *
   * @param rawHands the hands, as tracked
   * @param timestampNanos the frame's capture time
   * @param widthPx the frame's width
   * @param heightPx the frame's height
   * @return the frame's gesture events (actions go to the driver's sink)
   */
  public List<GestureEvent> onFrame(List<TrackedHand> rawHands, long timestampNanos, int widthPx, int heightPx) {
    reported = false;
    return process(changes.next(rawHands, timestampNanos), timestampNanos, widthPx, heightPx);
  }

  /**
   * Processes one frame as the tracker reported it ({@link dev.handctl.hand.track.HandTracker#track}),
   * using its report as is: the chain keeps no id state of its own for these frames.
   *
   * @param frame the tracker's hands and what changed
   * @param timestampNanos the frame's capture time
   * @param widthPx the frame's width
   * @param heightPx the frame's height
   * @return the frame's gesture events (actions go to the driver's sink)
   */
  public List<GestureEvent> onFrame(TrackedFrame frame, long timestampNanos, int widthPx, int heightPx) {
    reported = true;
    return process(frame, timestampNanos, widthPx, heightPx);
  }

  private List<GestureEvent> process(TrackedFrame raw, long timestampNanos, int widthPx, int heightPx) {
    lastNanos = timestampNanos;
    lastWidthPx = widthPx;
    lastHeightPx = heightPx;
    List<TrackedHand> rawHands = raw.hands();
    List<TrackedHand> hands = smoother.smooth(raw, timestampNanos);
    lastHands = hands;
    // The smoothed hands are the same hands: the report holds for them too.
    List<GestureEvent> events = recognizer.update(hands, raw, timestampNanos, widthPx, heightPx);
    if (driver != null) {
      driver.onFrame(new HandFrame(timestampNanos, widthPx, heightPx, hands, rawHands, events, raw,
          recognizer.fingerClosures()));
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
    if (!reported) {
      return onFrame(List.of(), lastNanos, lastWidthPx, lastHeightPx);
    }
    // The tracker reports no frame after the last: the last frame's hands are lost now, as its
    // report of an empty frame would have it (forgotten at once only when none may come back).
    List<Integer> lost = new ArrayList<>(lastHands.size());
    for (TrackedHand h : lastHands) {
      lost.add(h.id());
    }
    List<Integer> forgotten = recognizer.keepLostMillis() > 0 ? List.of() : lost;
    return process(new TrackedFrame(List.of(), List.of(), lost, forgotten), lastNanos, lastWidthPx, lastHeightPx);
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
