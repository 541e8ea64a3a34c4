package dev.handctl.eval;

import dev.handctl.hand.PixelBox;
import dev.handctl.hand.PixelKeypoint;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of {@code handctl eval keypoints}, per image and in total.
 *
 * <p>Each reference hand is paired with a found hand by {@link BoxMatcher} (its labelled box, or
 * the box around its keypoints, against the box around the found keypoints). A paired hand's
 * keypoints are compared one by one: the error is the distance in pixels, and in units of the
 * reference box's larger side, the normaliser of PCK (percentage of correct keypoints): a keypoint
 * is correct at 0.1 (0.2) when its error is at most 0.1 (0.2) of that side. PCK and the mean errors
 * count the keypoints of paired hands only; a reference hand with no pair lowers the detection rate
 * instead.
 */
public final class KeypointTally {
  /** The stricter PCK threshold, in reference box sides. */
  public static final double PCK_STRICT = 0.1;
  /** The looser PCK threshold, in reference box sides. */
  public static final double PCK_LOOSE = 0.2;

  /**
   * Counts and sums over some hands.
   *
   * @param referenceHands reference hands
   * @param matchedHands reference hands paired with a found hand
   * @param extraHands found hands paired with no reference hand
   * @param keypoints keypoints compared (labelled keypoints of paired hands)
   * @param withinStrict keypoints within {@link #PCK_STRICT}
   * @param withinLoose keypoints within {@link #PCK_LOOSE}
   * @param errorPxSum sum of the keypoint errors, pixels
   * @param errorBoxSum sum of the keypoint errors, reference box sides
   */
  public record Score(int referenceHands, int matchedHands, int extraHands, int keypoints, int withinStrict,
      int withinLoose, double errorPxSum, double errorBoxSum) {
    /** Nothing counted. */
    public static final Score ZERO = new Score(0, 0, 0, 0, 0, 0, 0, 0);

    /** Returns the sum of two scores. */
    public Score plus(Score o) {
      return new Score(referenceHands + o.referenceHands, matchedHands + o.matchedHands, extraHands + o.extraHands,
          keypoints + o.keypoints, withinStrict + o.withinStrict, withinLoose + o.withinLoose,
          errorPxSum + o.errorPxSum, errorBoxSum + o.errorBoxSum);
    }

    /** Returns the share of reference hands found, NaN without any. */
    public double detectionRate() {
      return referenceHands == 0 ? Double.NaN : matchedHands / (double) referenceHands;
    }

    /** Returns PCK at {@link #PCK_STRICT}, NaN when no keypoint was compared. */
    public double pckStrict() {
      return keypoints == 0 ? Double.NaN : withinStrict / (double) keypoints;
    }

    /** Returns PCK at {@link #PCK_LOOSE}, NaN when no keypoint was compared. */
    public double pckLoose() {
      return keypoints == 0 ? Double.NaN : withinLoose / (double) keypoints;
    }

    /** Returns the mean keypoint error in pixels, NaN when no keypoint was compared. */
    public double meanErrorPx() {
      return keypoints == 0 ? Double.NaN : errorPxSum / keypoints;
    }

    /** Returns the mean keypoint error in reference box sides, NaN when no keypoint was compared. */
    public double meanErrorBox() {
      return keypoints == 0 ? Double.NaN : errorBoxSum / keypoints;
    }
  }

  /**
   * One image's figures.
   *
   * @param image the image as the reference file names it
   * @param foundHands hands found there
   * @param score its figures
   */
  public record ImageResult(String image, int foundHands, Score score) {}

  private final List<ImageResult> results = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();

  /**
   * Scores one image.
   *
   * @param reference its reference hands
   * @param photo what was found there
   * @return its figures, also kept in this tally
   */
  public ImageResult add(ReferenceImage reference, AnalysedPhoto photo) {
    List<ReferenceHand> refs = reference.hands().stream().map(h -> h.inPixels(photo.widthPx(), photo.heightPx()))
        .toList();
    List<FoundHand> found = photo.hands();
    List<BoxMatcher.Pair> pairs = BoxMatcher.match(refs.stream().map(ReferenceHand::scoringBox).toList(),
        found.stream().map(FoundHand::box).toList());
    Score score = new Score(refs.size(), 0, found.size() - pairs.size(), 0, 0, 0, 0, 0);
    for (BoxMatcher.Pair p : pairs) {
      score = score.plus(compare(refs.get(p.reference()), found.get(p.found()).keypoints()));
    }
    ImageResult result = new ImageResult(reference.name(), found.size(), score);
    results.add(result);
    return result;
  }

  /**
   * Compares one found hand with one reference hand, keypoint by keypoint.
   *
   * @param reference the reference hand, in pixels
   * @param found the 21 found keypoints, in pixels
   * @return one matched hand's figures (no reference hand counted: the caller counts those)
   */
  public static Score compare(ReferenceHand reference, List<PixelKeypoint> found) {
    if (reference.normalized()) {
      throw new IllegalArgumentException("reference hand in normalised coordinates; convert it with inPixels first");
    }
    PixelBox box = reference.scoringBox();
    double side = Math.max(1e-9, Math.max(box.widthPx(), box.heightPx()));
    int n = 0;
    int strict = 0;
    int loose = 0;
    double px = 0;
    double rel = 0;
    for (int i = 0; i < reference.keypoints().size() && i < found.size(); i++) {
      PixelKeypoint r = reference.keypoints().get(i);
      if (!Double.isFinite(r.xPx()) || !Double.isFinite(r.yPx())) {
        continue; // not labelled
      }
      double d = Math.hypot(found.get(i).xPx() - r.xPx(), found.get(i).yPx() - r.yPx());
      n++;
      px += d;
      rel += d / side;
      strict += d <= PCK_STRICT * side ? 1 : 0;
      loose += d <= PCK_LOOSE * side ? 1 : 0;
    }
    return new Score(0, 1, 0, n, strict, loose, px, rel);
  }

  /** Records an image that could not be used, with why. */
  public void addFailure(String message) {
    failures.add(message);
  }

  /** Returns the images' figures in the order they were added. */
  public List<ImageResult> results() {
    return List.copyOf(results);
  }

  /** Returns what could not be used, one message each. */
  public List<String> failures() {
    return List.copyOf(failures);
  }

  /** Returns the figures over all images. */
  public Score total() {
    return results.stream().map(ImageResult::score).reduce(Score.ZERO, Score::plus);
  }
}
