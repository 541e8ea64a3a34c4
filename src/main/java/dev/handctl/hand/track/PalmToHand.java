package dev.handctl.hand.track;

import dev.handctl.capture.RgbImage;
import dev.handctl.hand.Checks;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.PixelBox;
import dev.handctl.hand.detect.PalmDetection;
import dev.handctl.hand.detect.PalmDetectorConfig;
import dev.handctl.hand.landmark.HandLandmarkerConfig;
import dev.handctl.hand.landmark.HandRegions;
import dev.handctl.hand.landmark.LandmarkEstimator;
import java.util.List;

/**
 * The one step from a palm to a hand, shared by the still-image finder and the tracker: the palm's
 * hand region ({@link HandRegions#fromPalm}), the landmark model on it, then passes on the region
 * the model's own keypoints give ({@link HandRegions#fromLandmarks}), and the rules that tell a
 * palm or hand already found.
 *
 * <p>The callers differ on purpose in how they refine, and that difference is a
 * {@link Refinement}: a still image refines every palm (its box is rough on sideways or fisted
 * hands) and takes the refined pass on equal presence; the tracker refines only a hand that is
 * already present, once, and keeps the first pass on equal presence. Which palms to try and which
 * hands to keep stays with the callers ({@link StillImageHandFinder}, {@link HandTracker}).
 */
public final class PalmToHand {
  /**
   * How the landmark model looks again at the region its own keypoints give; the pass with the
   * higher presence is kept.
   *
   * @param passes passes on the region from the previous pass's keypoints, at least 0
   * @param onlyWhenPresent whether only a first pass that reaches the landmark settings' minimum
   *     presence is refined (a palm that is no hand costs one landmark call, not two)
   * @param takeTies whether a refined pass of the same presence replaces the one before
   */
  public record Refinement(int passes, boolean onlyWhenPresent, boolean takeTies) {
    /** The tracker's: one pass, on a present hand only; the refined pass must be better. */
    public static final Refinement TRACKER = new Refinement(1, true, false);

    /** Validates the pass count. */
    public Refinement {
      Checks.range("refinePasses", passes, 0, 100);
    }

    /**
     * The still-image finder's: every palm, ties go to the refined pass.
     *
     * @param passes refining passes ({@code still.refinePasses})
     * @return the refinement
     */
    public static Refinement still(int passes) {
      return new Refinement(passes, false, true);
    }
  }

  private final PalmDetectorConfig palmConfig;
  private final LandmarkEstimator landmarker;
  private final Refinement refinement;

  /**
   * Creates the step.
   *
   * @param palmConfig the palm-to-region settings ({@code detector.region*}, rotation)
   * @param landmarker the landmark model
   * @param refinement how to refine
   */
  public PalmToHand(PalmDetectorConfig palmConfig, LandmarkEstimator landmarker, Refinement refinement) {
    this.palmConfig = palmConfig;
    this.landmarker = landmarker;
    this.refinement = refinement;
  }

  /**
   * Returns the hand region of a palm, turned so that the fingers point up.
   *
   * @param palm the palm
   * @return its region
   */
  public HandRegion region(PalmDetection palm) {
    return HandRegions.fromPalm(palm, palmConfig);
  }

  /**
   * Runs the landmark model on a palm's region and refines the result.
   *
   * @param image the image
   * @param palm the palm
   * @param mirrored whether the image is mirrored (a selfie view); decides the handedness label
   * @return the best pass, whatever its presence; callers compare presence with their threshold
   */
  public HandLandmarks landmarks(RgbImage image, PalmDetection palm, boolean mirrored) {
    return landmarks(image, region(palm), mirrored);
  }

  /**
   * Runs the landmark model on a palm's region ({@link #region}) and refines the result.
   *
   * @param image the image
   * @param region the palm's region
   * @param mirrored whether the image is mirrored
   * @return the best pass, whatever its presence
   */
  public HandLandmarks landmarks(RgbImage image, HandRegion region, boolean mirrored) {
    HandLandmarkerConfig c = landmarker.config();
    HandLandmarks lm = landmarker.estimate(image, region, mirrored);
    for (int pass = 0; pass < refinement.passes(); pass++) {
      if (refinement.onlyWhenPresent() && lm.presence() < c.minPresence()) {
        break;
      }
      HandLandmarks refined = landmarker.estimate(image,
          HandRegions.fromLandmarks(lm.keypoints(), c.regionScale(), c.regionShiftY()), mirrored);
      if (!better(refined.presence(), lm.presence(), refinement.takeTies())) {
        break;
      }
      lm = refined;
    }
    return lm;
  }

  /** Whether a refined pass replaces the one before. */
  static boolean better(double refined, double before, boolean takeTies) {
    return takeTies ? refined >= before : refined > before;
  }

  /**
   * Tells whether a palm lies on a hand already found: its box is centred inside the hand's
   * keypoint box (the curled fingers or the thumb of that hand, or the hand itself again).
   *
   * @param palm the palm
   * @param found keypoint boxes of the hands found
   * @return whether to skip the palm
   */
  public static boolean onFoundHand(PalmDetection palm, List<PixelBox> found) {
    for (PixelBox b : found) {
      if (palm.box().centredIn(b)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a hand is one already found, read again: its keypoint box overlaps one found
   * by more than {@code landmarks.duplicateIou}.
   *
   * @param box the new hand's keypoint box
   * @param found keypoint boxes of the hands found
   * @return whether the new hand is a duplicate
   */
  public boolean foundAgain(PixelBox box, List<PixelBox> found) {
    double iou = landmarker.config().duplicateIou();
    for (PixelBox b : found) {
      if (b.iou(box) > iou) {
        return true;
      }
    }
    return false;
  }

  /** Returns how this step refines. */
  public Refinement refinement() {
    return refinement;
  }
}
