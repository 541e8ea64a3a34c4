/**
 * Finding and following hands: the palm-to-hand step shared by still images and video
 * ({@link dev.handctl.hand.track.PalmToHand}), the still-image finder, and the
 * {@link dev.handctl.hand.track.HandTracker}, which re-crops from the last keypoints while a hand is
 * held, searches for palms when it is not (spending little on a still, empty scene), and reports
 * which hands are new, kept and lost. It reaches the models through two small interfaces, so it is
 * tested with scripted hands. Imports the other {@code hand} packages and {@code capture}'s image
 * type; never {@code inference}.
 */
package dev.handctl.hand.track;
