package dev.handctl.action;

import dev.handctl.gesture.FingerClosures;
import dev.handctl.gesture.GestureEvent;
import dev.handctl.hand.TrackedFrame;
import dev.handctl.hand.TrackedHand;
import java.util.List;

/**
 * What one frame says about the hands: where they are and which gestures started, held or ended.
 *
 * @param timestampNanos the frame's capture time
 * @param widthPx the frame's width
 * @param heightPx the frame's height
 * @param hands the tracked hands, keypoints smoothed as the gestures saw them (image pixels)
 * @param rawHands the same hands with their keypoints as the model gave them: the pointer filters
 *     its one point itself, with less lag than smoothing every keypoint first would add
 * @param events the gesture events of this frame
 * @param changes which hands are new and which were lost: the tracker's report, or for hands with no
 *     tracker behind them what {@link ActionDriver#handChanges()} worked out; null for the driver to
 *     ask it itself
 * @param closures the recognizer's "fingers closing" signal for this frame (how far each hand is
 *     from each pinch-like pose), read by the click and drag logic instead of the gesture rules
 */
public record HandFrame(long timestampNanos, int widthPx, int heightPx, List<TrackedHand> hands,
    List<TrackedHand> rawHands, List<GestureEvent> events, TrackedFrame changes, FingerClosures closures) {
  /** Copies the lists. */
  public HandFrame {
    hands = List.copyOf(hands);
    rawHands = List.copyOf(rawHands);
    events = List.copyOf(events);
    if (closures == null) {
      closures = FingerClosures.NONE;
    }
  }

  /**
   * A frame whose changes the driver works out itself (from its {@link ActionDriver#handChanges()}),
   * with no fingers closing.
   *
   * @param timestampNanos the frame's capture time
   * @param widthPx the frame's width
   * @param heightPx the frame's height
   * @param hands the tracked hands, smoothed
   * @param rawHands the same hands as the model gave them
   * @param events the gesture events of this frame
   */
  public HandFrame(long timestampNanos, int widthPx, int heightPx, List<TrackedHand> hands,
      List<TrackedHand> rawHands, List<GestureEvent> events) {
    this(timestampNanos, widthPx, heightPx, hands, rawHands, events, null, FingerClosures.NONE);
  }
}
