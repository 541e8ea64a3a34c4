/**
 * The types every hand stage shares, and a map of the stages below it: a hand's 21 keypoints
 * ({@link dev.handctl.hand.KeypointName} names them; {@link dev.handctl.hand.PixelKeypoint} and
 * {@link dev.handctl.hand.WorldKeypoint} are one keypoint in image pixels and in metres;
 * {@link dev.handctl.hand.HandLandmarks} is the landmark model's whole answer for one hand), the
 * rotated {@link dev.handctl.hand.HandRegion} the model looks at, and the tracker's per-frame report
 * ({@link dev.handctl.hand.TrackedFrame}). This package imports no stage: {@code hand.model},
 * {@code hand.detect}, {@code hand.landmark} and {@code hand.track} build on it, in that order.
 *
 * <p>Finding hands, MediaPipe Hands style, in the order the data flows:
 *
 * <ol>
 *   <li>{@link dev.handctl.hand.detect.PalmDetector}: letterboxes the frame to the detector's square input,
 *       runs the SSD palm model, decodes boxes and 7 palm keypoints against
 *       {@link dev.handctl.hand.detect.SsdAnchors}, and merges overlaps with
 *       {@link dev.handctl.hand.detect.WeightedNms}; out come {@link dev.handctl.hand.detect.PalmDetection}s in
 *       image pixels.
 *   <li>{@link dev.handctl.hand.landmark.HandRegions#fromPalm}: the palm becomes a rotated square
 *       {@link dev.handctl.hand.HandRegion} around the whole hand, turned so the fingers point up.
 *   <li>{@link dev.handctl.hand.landmark.HandLandmarker}: crops that region upright, runs the landmark model,
 *       and projects the 21 keypoints back to image pixels as {@link dev.handctl.hand.HandLandmarks}.
 * </ol>
 *
 * <p>{@link dev.handctl.hand.track.PalmToHand} is the palm-to-hand step (region, landmarks, refinement on
 * the keypoints' own region, the rules that tell a hand found twice) that both
 * {@link dev.handctl.hand.track.StillImageHandFinder} (single images) and
 * {@link dev.handctl.hand.track.HandTracker} (frame streams) use.
 *
 * <p>Each model call has three separate steps, in the manner of DJL's {@code Translator}:
 * pre-processing and post-processing are {@link dev.handctl.hand.detect.PalmTranslator} and
 * {@link dev.handctl.hand.landmark.LandmarkTranslator}, plain Java on float arrays (tested without a model);
 * the call itself is {@link dev.handctl.inference.FloatCall}, and no tensor leaves the inference
 * package. What the translators must know about a model (input size and value range, tensor names,
 * anchors, z scale) is not a setting: it is read from the manifest beside the model's weights,
 * {@code models/NAME.manifest.yaml}, by {@link dev.handctl.hand.model.ModelManifest} into
 * {@link dev.handctl.hand.model.PalmModelFacts} and {@link dev.handctl.hand.model.LandmarkModelFacts}.
 *
 * <p>{@link dev.handctl.hand.track.HandTracker} follows hands through video. It reaches the models through
 * two small interfaces, {@link dev.handctl.hand.track.PalmSource} (implemented by
 * {@link dev.handctl.hand.track.PalmSearcher}) and {@link dev.handctl.hand.landmark.LandmarkEstimator}
 * (implemented by {@link dev.handctl.hand.landmark.HandLandmarker}), so it can be tested with scripted hands.
 * Each frame it reports a {@link dev.handctl.hand.TrackedFrame}: the hands, which are new, which
 * were lost and which lost ones will not come back (a hand rejoined after a short gap is kept);
 * {@link dev.handctl.hand.HandChanges} works that report out from ids, for the tracker and for hand
 * streams from elsewhere (a replayed recording).
 */
package dev.handctl.hand;
