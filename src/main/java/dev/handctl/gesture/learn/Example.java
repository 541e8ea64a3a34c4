package dev.handctl.gesture.learn;

/**
 * One example frame of a pose.
 *
 * @param shape the hand normalised ({@link dev.handctl.gesture.HandShape})
 * @param hold which still hold it came from (a photo is a hold of its own)
 * @param timestampNanos when, within the source
 * @param label where it came from, for messages (a file name, or a frame's time)
 */
public record Example(double[] shape, int hold, long timestampNanos, String label) {}
