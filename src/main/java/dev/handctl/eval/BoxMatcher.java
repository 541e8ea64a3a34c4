package dev.handctl.eval;

import dev.handctl.hand.PixelBox;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs reference hands with found hands of the same image by box overlap: greedily, the pair with
 * the highest intersection over union first, each hand in at most one pair, and only pairs with an
 * IoU of at least {@link #MIN_IOU}.
 *
 * <p>One-to-one, so that one found hand cannot count for two labelled hands side by side (two V
 * signs, two fists). 0.3 is loose on purpose: labelled boxes include the hand's outline, a found
 * hand's box only its keypoints, and a hand seen from the side has a thin keypoint box.
 */
public final class BoxMatcher {
  /** The least IoU that makes a found hand the same hand as a reference one. */
  public static final double MIN_IOU = 0.3;

  /**
   * A reference hand and the found hand paired with it.
   *
   * @param reference index into the reference boxes
   * @param found index into the found boxes
   * @param iou their intersection over union
   */
  public record Pair(int reference, int found, double iou) {}

  private BoxMatcher() {}

  /**
   * Pairs the boxes.
   *
   * @param references the reference (labelled) boxes
   * @param found the boxes of the hands found
   * @return the pairs, best overlap first; reference hands in none were not found
   */
  public static List<Pair> match(List<PixelBox> references, List<PixelBox> found) {
    List<Pair> candidates = new ArrayList<>();
    for (int r = 0; r < references.size(); r++) {
      for (int f = 0; f < found.size(); f++) {
        double iou = references.get(r).iou(found.get(f));
        if (iou >= MIN_IOU) {
          candidates.add(new Pair(r, f, iou));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Pair::iou).reversed());
    boolean[] referenceUsed = new boolean[references.size()];
    boolean[] foundUsed = new boolean[found.size()];
    List<Pair> pairs = new ArrayList<>();
    for (Pair p : candidates) {
      if (!referenceUsed[p.reference()] && !foundUsed[p.found()]) {
        referenceUsed[p.reference()] = true;
        foundUsed[p.found()] = true;
        pairs.add(p);
      }
    }
    return pairs;
  }
}
