package dev.handctl.hand.track;

import dev.handctl.capture.RgbImage;
/**
 * Tells whether a scene has changed since a reference frame, cheaply enough to ask on every idle
 * frame: it compares 32x24 grey thumbnails (each cell the mean of 4x4 sample points) by their mean
 * absolute difference in grey levels.
 *
 * <p>A hand entering the view changes the scene; a still, empty room does not. Averaging over a
 * cell removes sensor noise, so a threshold of a couple of grey levels separates real change from
 * noise. Not thread-safe; reuses its two thumbnails.
 */
public final class StillSceneGate {
  static final int COLUMNS = 32;
  static final int ROWS = 24;
  private static final int TAPS = 4;

  private final float[] reference = new float[COLUMNS * ROWS];
  private final float[] current = new float[COLUMNS * ROWS];
  private final double thresholdLevels;
  private boolean hasReference;

  /**
   * Creates a gate with no reference: the first frame counts as changed.
   *
   * @param thresholdLevels mean absolute thumbnail difference, in grey levels (0..255), above which
   *     the scene has changed; 0 counts every frame as changed (the gate is off)
   */
  public StillSceneGate(double thresholdLevels) {
    this.thresholdLevels = thresholdLevels;
  }

  /**
   * Compares a frame with the reference and, when it differs, makes it the new reference.
   *
   * @param image the frame
   * @return true when the frame differs from the reference by more than the threshold (or there
   *     was no reference)
   */
  public boolean changed(RgbImage image) {
    thumbnail(image, current);
    if (hasReference && thresholdLevels > 0 && meanAbsDifference(reference, current) <= thresholdLevels) {
      return false;
    }
    System.arraycopy(current, 0, reference, 0, current.length);
    hasReference = true;
    return true;
  }

  /** Forgets the reference, so the next frame counts as changed. */
  public void reset() {
    hasReference = false;
  }

  static void thumbnail(RgbImage image, float[] out) {
    byte[] rgb = image.rgb();
    int w = image.width();
    int h = image.height();
    for (int r = 0; r < ROWS; r++) {
      for (int c = 0; c < COLUMNS; c++) {
        int sum = 0;
        for (int ty = 0; ty < TAPS; ty++) {
          int y = (int) (((r * TAPS + ty + 0.5) / (ROWS * TAPS)) * h);
          for (int tx = 0; tx < TAPS; tx++) {
            int x = (int) (((c * TAPS + tx + 0.5) / (COLUMNS * TAPS)) * w);
            int o = (y * w + x) * 3;
            sum += (rgb[o] & 0xff) + 2 * (rgb[o + 1] & 0xff) + (rgb[o + 2] & 0xff);
          }
        }
        out[r * COLUMNS + c] = sum / (4f * TAPS * TAPS);
      }
    }
  }

  static double meanAbsDifference(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += Math.abs(a[i] - b[i]);
    }
    return sum / a.length;
  }
}
