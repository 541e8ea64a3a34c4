package dev.handctl.hand;

import dev.handctl.capture.RgbImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds hands in a single image: palm detector, then the landmark model on each palm's region.
 *
 * <p>Palms are tried best first. A region whose presence is under the threshold is not a hand (the
 * detector also fires on faces and fists of fabric); a palm centred inside a hand already accepted,
 * or a hand whose keypoint box overlaps one already accepted, is the same hand found twice. A few more palms than hands wanted are tried, so that a
 * false palm does not hide a real hand. The palm's region is rough for sideways or fisted hands,
 * so the landmark model may look again at the region its own keypoints give
 * ({@link HandRegions#fromLandmarks}); the pass with the higher presence is kept.
 */
public final class StillImageHandFinder {
  private final PalmDetector detector;
  private final HandLandmarker landmarker;
  private final int extraCandidates;
  private final int refinePasses;

  /**
   * Creates the finder.
   *
   * @param detector the palm detector
   * @param landmarker the landmark model
   * @param extraCandidates palms tried beyond the number of hands wanted
   * @param refinePasses landmark passes on the region from the previous pass's keypoints
   */
  public StillImageHandFinder(PalmDetector detector, HandLandmarker landmarker, int extraCandidates,
      int refinePasses) {
    this.detector = detector;
    this.landmarker = landmarker;
    this.extraCandidates = extraCandidates;
    this.refinePasses = refinePasses;
  }

  /**
   * Finds up to {@code maxHands} hands.
   *
   * @param image the image, not mirrored
   * @param maxHands most hands to return, at least 1
   * @return hands, best detector score first
   */
  public List<DetectedHand> find(RgbImage image, int maxHands) {
    List<PalmDetection> palms = detector.detect(image);
    HandLandmarkerConfig config = landmarker.config();
    List<DetectedHand> hands = new ArrayList<>();
    int tried = 0;
    for (PalmDetection palm : palms) {
      if (hands.size() >= maxHands || tried >= maxHands + extraCandidates) {
        break;
      }
      if (hands.stream().anyMatch(h -> palm.box().centredIn(h.landmarks().box()))) {
        continue; // the curled fingers or thumb of a hand already found
      }
      tried++;
      HandLandmarks landmarks = landmarker.estimate(image, HandRegions.fromPalm(palm, detector.config()), false);
      for (int pass = 0; pass < refinePasses; pass++) {
        HandRegion region = HandRegions.fromLandmarks(landmarks.keypoints(), config.regionScale(),
            config.regionShiftY());
        HandLandmarks refined = landmarker.estimate(image, region, false);
        if (refined.presence() < landmarks.presence()) {
          break;
        }
        landmarks = refined;
      }
      if (landmarks.presence() < config.minPresence()) {
        continue;
      }
      PixelBox box = landmarks.box();
      boolean duplicate = hands.stream()
          .anyMatch(h -> h.landmarks().box().iou(box) > config.duplicateIou());
      if (!duplicate) {
        hands.add(new DetectedHand(palm.score(), landmarks));
      }
    }
    return hands;
  }
}
