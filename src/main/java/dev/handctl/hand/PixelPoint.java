package dev.handctl.hand;

/**
 * A point in image pixels (continuous: the centre of pixel {@code (i, j)} is {@code (i + .5, j + .5)}).
 *
 * @param xPx horizontal position, pixels from the left edge
 * @param yPx vertical position, pixels from the top edge
 */
public record PixelPoint(double xPx, double yPx) {}
