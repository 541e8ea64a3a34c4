package dev.handctl.hand;

/**
 * One of the 21 hand keypoints in metres, relative to the hand's approximate centre.
 *
 * @param xMeters right in the image
 * @param yMeters down in the image
 * @param zMeters away from the camera
 */
public record WorldKeypoint(double xMeters, double yMeters, double zMeters) {}
