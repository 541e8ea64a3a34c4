package dev.handctl.hand.detect;

import dev.handctl.hand.PixelBox;
import dev.handctl.hand.PixelPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Weighted non-maximum suppression, as MediaPipe's palm detector uses it.
 *
 * <p>Take the best remaining palm; every remaining palm whose box overlaps it by more than the
 * threshold (IoU) joins its cluster; the cluster becomes one palm whose box and keypoints are the
 * score-weighted mean of its members and whose score is the best member's. Averaging instead of
 * discarding makes the box steadier than any single anchor's.
 */
public final class WeightedNms {
  private WeightedNms() {}

  /**
   * Merges overlapping palms.
   *
   * @param palms candidates, any order
   * @param iouThreshold overlap above which two palms are one
   * @return merged palms, best score first
   */
  public static List<PalmDetection> apply(List<PalmDetection> palms, double iouThreshold) {
    List<PalmDetection> remaining = new ArrayList<>(palms);
    remaining.sort(Comparator.comparingDouble(PalmDetection::score).reversed());
    List<PalmDetection> out = new ArrayList<>();
    while (!remaining.isEmpty()) {
      PalmDetection best = remaining.get(0);
      List<PalmDetection> cluster = new ArrayList<>();
      List<PalmDetection> rest = new ArrayList<>();
      for (PalmDetection p : remaining) {
        (p == best || best.box().iou(p.box()) > iouThreshold ? cluster : rest).add(p);
      }
      out.add(merge(best, cluster));
      remaining = rest;
    }
    return out;
  }

  private static PalmDetection merge(PalmDetection best, List<PalmDetection> cluster) {
    if (cluster.size() == 1) {
      return best;
    }
    int k = best.keypoints().size();
    double total = 0;
    double x0 = 0;
    double y0 = 0;
    double x1 = 0;
    double y1 = 0;
    double[] kx = new double[k];
    double[] ky = new double[k];
    for (PalmDetection p : cluster) {
      double w = p.score();
      total += w;
      x0 += w * p.box().xMinPx();
      y0 += w * p.box().yMinPx();
      x1 += w * p.box().xMaxPx();
      y1 += w * p.box().yMaxPx();
      for (int i = 0; i < k; i++) {
        kx[i] += w * p.keypoints().get(i).xPx();
        ky[i] += w * p.keypoints().get(i).yPx();
      }
    }
    List<PixelPoint> keypoints = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      keypoints.add(new PixelPoint(kx[i] / total, ky[i] / total));
    }
    return new PalmDetection(best.score(), new PixelBox(x0 / total, y0 / total, x1 / total, y1 / total), keypoints);
  }
}
