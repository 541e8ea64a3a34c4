/**
 * Scoring handctl against labelled data, in plain Java with no models: which gesture a folder of
 * photos expects ({@link dev.handctl.eval.GestureFolders}), labelled hand boxes
 * ({@link dev.handctl.eval.LabelledBoxes}) and reference keypoints
 * ({@link dev.handctl.eval.KeypointReferences}), pairing reference hands with found hands
 * ({@link dev.handctl.eval.BoxMatcher}), and the tallies behind {@code handctl eval photos}
 * ({@link dev.handctl.eval.PhotoTally}) and {@code handctl eval keypoints}
 * ({@link dev.handctl.eval.KeypointTally}).
 *
 * <p>The hands come in through {@link dev.handctl.eval.PhotoAnalyzer}, so the same code scores the
 * real pipeline (the commands in {@code dev.handctl.app}, the real-data tests) and stand-ins
 * (the unit tests). Malformed input is an {@link dev.handctl.eval.EvalInputException} naming the
 * file, the place and what was expected.
 */
package dev.handctl.eval;
