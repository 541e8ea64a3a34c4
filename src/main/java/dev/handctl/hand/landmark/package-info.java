/**
 * The landmark model: the rotated region around a hand from a palm or from the hand's own keypoints
 * ({@link dev.handctl.hand.landmark.HandRegions}), the upright crop, the model call and the keypoints
 * projected back to image pixels ({@link dev.handctl.hand.landmark.LandmarkTranslator}). The tracker
 * reaches it through {@link dev.handctl.hand.landmark.LandmarkEstimator}. Imports {@code hand},
 * {@code hand.model}, {@code hand.detect}'s palm type, {@code inference} and {@code capture}'s image
 * type.
 */
package dev.handctl.hand.landmark;
