package dev.handctl.hand;

/**
 * A hand found in a still image.
 *
 * @param detectorScore the palm detector's score for it, in [0, 1]
 * @param landmarks its keypoints, presence and handedness
 */
public record DetectedHand(double detectorScore, HandLandmarks landmarks) {}
