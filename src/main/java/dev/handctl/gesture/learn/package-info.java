/**
 * Learning a pose from examples ({@code handctl teach}): picking the frames where one hand holds
 * still ({@link dev.handctl.gesture.learn.StillFrameCollector}), choosing the reject distance from the
 * examples' own spread and any "not this" examples ({@link dev.handctl.gesture.learn.RejectDistance}),
 * and writing the gesture file ({@link dev.handctl.gesture.learn.LearnedGestureWriter}). Imports
 * {@code gesture} and {@code hand}; no files are read here and no camera is opened (the command does).
 */
package dev.handctl.gesture.learn;
