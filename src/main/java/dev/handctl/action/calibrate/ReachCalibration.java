package dev.handctl.action.calibrate;

import dev.handctl.action.DesktopBounds;
import dev.handctl.action.PointerSettings;
import dev.handctl.filter.Quantiles;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.KeypointName;
import dev.handctl.hand.PixelKeypoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the comfort region from frames of one hand held still at the corners of the area the user
 * can reach comfortably (all four corners, or two opposite ones).
 *
 * <p>The point followed is the pointer's own anchor: the mean of the {@code pointer.anchor}
 * keypoints, as {@code PointerController} computes it, in image pixels divided by the frame's size.
 * {@code pointer.absoluteRegion} is a rectangle of the camera picture itself, so it is the same
 * whether the camera is mirrored or not (mirroring only decides which of its sides maps to the
 * desktop's left), and the region is found in picture coordinates.
 *
 * <p>A frame counts as held still when the anchor stayed within {@link Settings#stillHandSizes} of
 * where it is for the last {@link Settings#holdMillis}; frames with no hand or several hands break
 * a hold. The region's edges are robust extremes of the still positions (the
 * {@link Settings#percentile} and 1 - percentile of each coordinate: a stray still moment outside the
 * corners moves them little), drawn in by {@link Settings#marginHandSizes} so that a hand held at a
 * corner maps past the desktop's corner (where the pointer is clamped onto it) instead of just short
 * of it. Not thread-safe.
 */
public final class ReachCalibration {
  /**
   * The calibration's tunable numbers.
   *
   * @param holdMillis how long the hand must stay put for its frames to count: longer ignores pauses
   *     in a move, shorter accepts a hand that only slows down
   * @param stillHandSizes how far (hand sizes) the anchor may wander during a hold: larger accepts
   *     shakier hands, smaller rejects slow drifts
   * @param percentile the share of still positions ignored at each side of each coordinate: larger
   *     resists stray still moments but pulls the edges in
   * @param marginHandSizes how far (hand sizes) the edges are drawn in from the held extremes:
   *     larger makes the corners easier to reach, but leaves less of the region for the rest
   * @param minStillFrames fewest still frames accepted
   * @param minRegionHandSizes smallest region (each way, hand sizes) accepted: a smaller one would
   *     magnify every tremor onto the desktop
   */
  public record Settings(long holdMillis, double stillHandSizes, double percentile, double marginHandSizes,
      int minStillFrames, double minRegionHandSizes) {
    /** Half a second's hold within 0.1 hand sizes, 5th/95th percentiles, 0.1 hand sizes margin, 15 frames, 1 hand size. */
    public static final Settings DEFAULTS = new Settings(500, 0.1, 0.05, 0.1, 15, 1.0);

    /** Validates the numbers. */
    public Settings {
      if (holdMillis < 0 || !(stillHandSizes > 0) || !(percentile >= 0 && percentile < 0.5)
          || !(marginHandSizes >= 0 && marginHandSizes <= 1) || minStillFrames < 1 || !(minRegionHandSizes > 0)) {
        throw new IllegalArgumentException("calibration settings out of range: " + this);
      }
    }

    /** The same with another margin. */
    public Settings withMargin(double handSizes) {
      return new Settings(holdMillis, stillHandSizes, percentile, handSizes, minStillFrames, minRegionHandSizes);
    }
  }

  private final Settings settings;
  private final int[] anchor;
  /** The current run of frames with exactly one hand: times, anchors (pixels) and hand sizes. */
  private final List<double[]> run = new ArrayList<>();
  /** Still frames: u, v (fractions of the frame), hand size as fractions of width and height, pixels. */
  private final List<double[]> still = new ArrayList<>();
  private boolean inHold;
  private int holds;
  private int frames;
  private int framesWithoutOneHand;

  /**
   * Starts a calibration.
   *
   * @param settings the tunable numbers
   * @param anchor the keypoints whose mean drives the pointer ({@code pointer.anchor})
   */
  public ReachCalibration(Settings settings, List<KeypointName> anchor) {
    this.settings = settings;
    this.anchor = anchor.stream().mapToInt(KeypointName::ordinal).toArray();
    if (this.anchor.length == 0) {
      throw new IllegalArgumentException("pointer.anchor: expected at least one keypoint name");
    }
  }

  /**
   * Takes one frame.
   *
   * @param timestampNanos its time
   * @param widthPx the frame's width
   * @param heightPx the frame's height
   * @param hands the hands in it, keypoints in image pixels; only frames with exactly one count
   */
  public void offer(long timestampNanos, int widthPx, int heightPx, List<HandLandmarks> hands) {
    frames++;
    if (hands.size() != 1 || widthPx <= 0 || heightPx <= 0) {
      framesWithoutOneHand++;
      run.clear();
      inHold = false;
      return;
    }
    List<PixelKeypoint> k = hands.get(0).keypoints();
    double x = 0;
    double y = 0;
    for (int a : anchor) {
      x += k.get(a).xPx();
      y += k.get(a).yPx();
    }
    x /= anchor.length;
    y /= anchor.length;
    double size = HandLandmarks.sizePx(k);
    double t = timestampNanos / 1e6;
    if (!run.isEmpty() && t < run.get(run.size() - 1)[0]) {
      run.clear(); // time went backwards: another recording
      inHold = false;
    }
    run.add(new double[] {t, x, y, size});
    double radius = settings.stillHandSizes() * size;
    boolean stillNow = false;
    for (int i = run.size() - 1; i >= 0; i--) {
      double[] s = run.get(i);
      if (Math.hypot(s[1] - x, s[2] - y) > radius) {
        break;
      }
      if (t - s[0] >= settings.holdMillis()) {
        stillNow = true;
        break;
      }
    }
    // Keep the run no longer than the hold needs.
    while (run.size() > 2 && t - run.get(1)[0] >= settings.holdMillis()) {
      run.remove(0);
    }
    if (stillNow) {
      still.add(new double[] {x / widthPx, y / heightPx, size / widthPx, size / heightPx, size});
      if (!inHold) {
        holds++;
      }
    }
    inHold = stillNow;
  }

  /** Returns how many frames were offered. */
  public int frames() {
    return frames;
  }

  /** Returns how many still frames there are so far. */
  public int stillFrames() {
    return still.size();
  }

  /**
   * Works out the region and gain.
   *
   * @param desktop the desktop (for the gain)
   * @return the calibration
   * @throws CalibrationException when there are too few still frames or the region is too small
   */
  public Calibration result(DesktopBounds desktop) throws CalibrationException {
    if (still.size() < settings.minStillFrames()) {
      throw new CalibrationException(String.format(Locale.ROOT, "only %d of %d frames have one hand held still"
          + " (need %d; %d frames had no hand or several): hold one hand still for at least %.1f s at each corner of"
          + " the area you can reach comfortably", still.size(), frames, settings.minStillFrames(),
          framesWithoutOneHand, settings.holdMillis() / 1000.0 + 0.5));
    }
    double[] u = column(0);
    double[] v = column(1);
    double sizeU = median(column(2));
    double sizeV = median(column(3));
    double p = settings.percentile();
    double lo = quantile(u, p);
    double hi = quantile(u, 1 - p);
    double top = quantile(v, p);
    double bottom = quantile(v, 1 - p);
    double spanW = (hi - lo) / sizeU;
    double spanH = (bottom - top) / sizeV;
    double min = settings.minRegionHandSizes() + 2 * settings.marginHandSizes();
    if (spanW < min || spanH < min) {
      throw new CalibrationException(String.format(Locale.ROOT, "the held positions span only %.2f x %.2f hand sizes"
          + " (need at least %.2f each way, margin included): hold the hand at two opposite corners, or all four,"
          + " of the area you can reach comfortably, not just at one place", spanW, spanH, min));
    }
    double mu = settings.marginHandSizes() * sizeU;
    double mv = settings.marginHandSizes() * sizeV;
    double left = clamp01(lo + mu);
    double right = clamp01(hi - mu);
    double upper = clamp01(top + mv);
    double lower = clamp01(bottom - mv);
    if (right - left < 0.05 || lower - upper < 0.05) {
      throw new CalibrationException(String.format(Locale.ROOT, "the region is only %.3f x %.3f of the picture (need"
          + " 0.05 each way): move the hand further between the corners, or closer to the camera", right - left,
          lower - upper));
    }
    PointerSettings.CameraRegion region = new PointerSettings.CameraRegion(round(left), round(upper), round(right),
        round(lower));
    double w = (region.right() - region.left()) / sizeU;
    double h = (region.bottom() - region.top()) / sizeV;
    return new Calibration(region, gainFor(desktop, w, h), still.size(), holds, median(column(4)), w, h);
  }

  /**
   * The relative-mode gain for a region: {@code max(desktop width / region width, desktop height /
   * region height)}, region sizes in hand sizes. At that gain (before acceleration) one sweep of the
   * hand across the comfort region crosses the desktop in both directions, so the pointer reaches
   * every edge without a clutch, just as absolute mode maps the region; it is also absolute mode's
   * own scale (desktop pixels per hand size) along the axis that needs more. Acceleration then
   * makes slow moves finer and fast ones reach further. Kept within 1..20000, the setting's range.
   *
   * @param desktop the desktop
   * @param widthHandSizes the region's width in hand sizes
   * @param heightHandSizes the region's height in hand sizes
   * @return pixels per hand size, rounded to a whole number
   */
  public static double gainFor(DesktopBounds desktop, double widthHandSizes, double heightHandSizes) {
    double g = Math.max(desktop.widthPx() / widthHandSizes, desktop.heightPx() / heightHandSizes);
    return Math.max(1, Math.min(20_000, Math.round(g)));
  }

  private double[] column(int c) {
    double[] out = new double[still.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = still.get(i)[c];
    }
    return out;
  }

  private static double median(double[] values) {
    return quantile(values, 0.5);
  }

  /** Linear-interpolated quantile (values are copied and sorted). */
  static double quantile(double[] values, double q) {
    return Quantiles.of(values, q);
  }

  private static double clamp01(double v) {
    return Math.max(0, Math.min(1, v));
  }

  /** Four decimals: a tenth of a pixel on a 1000-pixel-wide picture, and a readable file. */
  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
