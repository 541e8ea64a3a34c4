package dev.handctl.hand.detect;

import java.util.List;

/**
 * The anchor centres of an SSD detector with fixed-size anchors, generated the way MediaPipe's
 * {@code SsdAnchorsCalculator} does.
 *
 * <p>Layers with the same stride share one grid; each cell of that grid gets
 * {@code anchorsPerLayer} anchors per layer, all centred at {@code ((x + offset) / gridW,
 * (y + offset) / gridH)}. For the palm detector (256 input, strides 8, 16, 32, 32, 32, two anchors
 * per layer) that is 32x32x2 + 16x16x2 + 8x8x6 = 2944 anchors. Anchors have size 1, so box sizes
 * decode as plain fractions of the input.
 */
public final class SsdAnchors {
  private final float[] centerX;
  private final float[] centerY;

  private SsdAnchors(float[] centerX, float[] centerY) {
    this.centerX = centerX;
    this.centerY = centerY;
  }

  /**
   * Generates the anchors.
   *
   * @param inputSize side of the square input, pixels
   * @param strides one stride per layer
   * @param anchorsPerLayer anchors per cell that each layer contributes
   * @param offset anchor centre within its cell, in cells (0.5 = middle)
   * @return the anchors in model output order
   */
  public static SsdAnchors generate(int inputSize, List<Integer> strides, int anchorsPerLayer, double offset) {
    int total = 0;
    for (int layer = 0; layer < strides.size(); ) {
      int last = sameStrideEnd(strides, layer);
      int grid = gridSize(inputSize, strides.get(layer));
      total += grid * grid * anchorsPerLayer * (last - layer);
      layer = last;
    }
    float[] cx = new float[total];
    float[] cy = new float[total];
    int n = 0;
    for (int layer = 0; layer < strides.size(); ) {
      int last = sameStrideEnd(strides, layer);
      int grid = gridSize(inputSize, strides.get(layer));
      int perCell = anchorsPerLayer * (last - layer);
      for (int y = 0; y < grid; y++) {
        for (int x = 0; x < grid; x++) {
          for (int k = 0; k < perCell; k++) {
            cx[n] = (float) ((x + offset) / grid);
            cy[n] = (float) ((y + offset) / grid);
            n++;
          }
        }
      }
      layer = last;
    }
    return new SsdAnchors(cx, cy);
  }

  private static int sameStrideEnd(List<Integer> strides, int first) {
    int last = first;
    while (last < strides.size() && strides.get(last).equals(strides.get(first))) {
      last++;
    }
    return last;
  }

  private static int gridSize(int inputSize, int stride) {
    return (inputSize + stride - 1) / stride;
  }

  /** Returns the number of anchors. */
  public int size() {
    return centerX.length;
  }

  /**
   * Returns the horizontal centre of an anchor.
   *
   * @param i anchor index
   * @return centre as a fraction of the input width
   */
  public float centerX(int i) {
    return centerX[i];
  }

  /**
   * Returns the vertical centre of an anchor.
   *
   * @param i anchor index
   * @return centre as a fraction of the input height
   */
  public float centerY(int i) {
    return centerY[i];
  }
}
