/**
 * The palm detector: letterboxing a frame to the model's square input, the SSD model call, decoding
 * boxes and palm keypoints against the anchors, and merging overlaps. Pre- and post-processing
 * ({@link dev.handctl.hand.detect.PalmTranslator}) are plain Java, apart from the call. Imports
 * {@code hand}, {@code hand.model}, {@code inference} and {@code capture}'s image type.
 */
package dev.handctl.hand.detect;
