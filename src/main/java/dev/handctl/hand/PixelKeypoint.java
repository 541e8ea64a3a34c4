package dev.handctl.hand;

/**
 * One of the 21 hand keypoints in image pixels, with relative depth.
 *
 * @param xPx horizontal position in image pixels
 * @param yPx vertical position in image pixels
 * @param zPx depth relative to the wrist, on the same pixel scale as x; smaller is closer to the
 *     camera (MediaPipe's convention scaled to pixels)
 */
public record PixelKeypoint(double xPx, double yPx, double zPx) {}
