package dev.handctl.action;

/**
 * One input action as a {@link RecordingActionSink} saw it.
 *
 * @param timestampNanos the time of the frame that caused it
 * @param action {@code move}, {@code press}, {@code release}, {@code scroll}, {@code key_press} or
 *     {@code key_release}
 * @param xPx the pointer's x after the action (virtual desktop)
 * @param yPx the pointer's y after the action
 * @param button the button of a press or release, else null
 * @param key the key of a key action, else null
 * @param scrollX horizontal wheel steps of a scroll (positive: right), else 0
 * @param scrollY vertical wheel steps of a scroll (positive: down), else 0
 */
public record RecordedAction(long timestampNanos, String action, int xPx, int yPx, MouseButton button, String key,
    int scrollX, int scrollY) {}
