package dev.handctl.capture;

/**
 * One frame from a {@link FrameSource}.
 *
 * @param index position in the stream, from 0
 * @param timestampNanos capture (or presentation) time; only differences are meaningful
 * @param image the pixels
 */
public record Frame(long index, long timestampNanos, RgbImage image) {}
