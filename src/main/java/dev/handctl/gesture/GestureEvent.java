package dev.handctl.gesture;

import dev.handctl.hand.Handedness;
/**
 * Something a hand did: a pose started, held or ended, or a motion gesture fired (a motion gesture
 * fires once, as a {@link GesturePhase#START} with no end).
 *
 * @param timestampNanos the frame's capture time
 * @param name the gesture
 * @param phase start, hold or end
 * @param handId the tracked hand's id
 * @param handedness which hand
 * @param score the gesture's score on that frame (for an end, the score that fell short)
 */
public record GestureEvent(long timestampNanos, String name, GesturePhase phase, int handId, Handedness handedness,
    double score) {}
