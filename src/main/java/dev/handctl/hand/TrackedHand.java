package dev.handctl.hand;

/**
 * A hand followed from frame to frame.
 *
 * @param id stable while the hand stays tracked; a hand found again after being lost gets a new id
 * @param landmarks its keypoints in this frame
 */
public record TrackedHand(int id, HandLandmarks landmarks) {}
