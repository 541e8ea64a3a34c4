package dev.handctl.hand.track;

import dev.handctl.capture.RgbImage;
import dev.handctl.hand.DetectedHand;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.PixelBox;
import dev.handctl.hand.detect.PalmDetection;
import dev.handctl.hand.detect.PalmDetector;
import dev.handctl.hand.landmark.HandLandmarker;
import dev.handctl.hand.landmark.HandLandmarkerConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds hands in a single image: palm detector, then the landmark model on each palm's region.
 *
 * <p>Palms are tried best first. A region whose presence is under the threshold is not a hand (the
 * detector also fires on faces and fists of fabric). A few more palms than hands wanted are tried,
 * so that a false palm does not hide a real hand. The palm's region is rough for sideways or fisted
 * hands, so the landmark model may look again at the region its own keypoints give; the pass with
 * the higher presence is kept. That palm-to-hand step is {@link PalmToHand}, shared with the
 * tracker ({@link PalmToHand.Refinement#still}).
 *
 * <p>One hand can be found twice: as two overlapping or nested keypoint boxes (one box's centre
 * inside the other), which are two readings of it (the first found, with the better palm, is kept),
 * or as a small "hand" made of a part of it (curled fingers, the base of a V sign) nested inside the
 * whole. A palm centred inside a hand already found is not tried; a hand found later whose box
 * encloses the centre of one found earlier that covers at most {@code partMaxAreaShare} of its
 * area replaces that part. So that a part found first (its palm may score higher than the whole's)
 * does not use up the hands wanted, palms are still tried once enough hands are found if their
 * region could hold a larger view of one of them.
 */
public final class StillImageHandFinder {
  private final PalmDetector detector;
  private final HandLandmarker landmarker;
  private final PalmToHand palmToHand;
  private final int extraCandidates;
  private final double partMaxAreaShare;

  /**
   * Creates the finder.
   *
   * @param detector the palm detector
   * @param landmarker the landmark model
   * @param extraCandidates palms tried beyond the number of hands wanted
   * @param refinePasses landmark passes on the region from the previous pass's keypoints
   * @param partMaxAreaShare a hand nested in one found later, covering at most this share of its box
   *     area, is a part of that hand and gives way to it
   */
  public StillImageHandFinder(PalmDetector detector, HandLandmarker landmarker, int extraCandidates,
      int refinePasses, double partMaxAreaShare) {
    this.detector = detector;
    this.landmarker = landmarker;
    this.palmToHand = new PalmToHand(detector.config(), landmarker, PalmToHand.Refinement.still(refinePasses));
    this.extraCandidates = extraCandidates;
    this.partMaxAreaShare = partMaxAreaShare;
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
      if (tried >= maxHands + extraCandidates) {
        break;
      }
      if (PalmToHand.onFoundHand(palm, boxes(hands))) {
        continue; // the curled fingers or thumb of a hand already found
      }
      HandRegion region = palmToHand.region(palm);
      if (hands.size() >= maxHands && hands.stream().noneMatch(h -> h.landmarks().box().centredIn(upright(region)))) {
        continue; // enough hands, and this palm's region cannot hold a larger view of one of them
      }
      tried++;
      HandLandmarks landmarks = palmToHand.landmarks(image, region, false);
      if (landmarks.presence() < config.minPresence()) {
        continue;
      }
      PixelBox box = landmarks.box();
      if (palmToHand.foundAgain(box, boxes(hands))) {
        continue; // the same hand, found again
      }
      DetectedHand hand = new DetectedHand(palm.score(), landmarks);
      DetectedHand part = hands.stream().filter(h -> h.landmarks().box().centredIn(box)
          && h.landmarks().box().areaPx() <= partMaxAreaShare * box.areaPx()).findFirst().orElse(null);
      if (part != null) {
        hands.set(hands.indexOf(part), hand); // the whole hand, found after a part of it
      } else if (hands.stream().noneMatch(h -> nested(h.landmarks().box(), box))) {
        hands.add(hand); // not a second reading of a hand already found: another hand
      }
    }
    hands.sort(Comparator.comparingDouble(DetectedHand::detectorScore).reversed());
    return hands.size() > maxHands ? List.copyOf(hands.subList(0, maxHands)) : hands;
  }

  private static List<PixelBox> boxes(List<DetectedHand> hands) {
    List<PixelBox> boxes = new ArrayList<>(hands.size());
    for (DetectedHand h : hands) {
      boxes.add(h.landmarks().box());
    }
    return boxes;
  }

  /** Whether one box's centre lies inside the other. */
  private static boolean nested(PixelBox a, PixelBox b) {
    return a.centredIn(b) || b.centredIn(a);
  }

  /** The upright square of a region's centre and side: close enough to the turned square for this check. */
  private static PixelBox upright(HandRegion r) {
    double half = r.sidePx() / 2;
    return new PixelBox(r.centerXPx() - half, r.centerYPx() - half, r.centerXPx() + half, r.centerYPx() + half);
  }
}
