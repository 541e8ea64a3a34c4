package dev.handctl.hand.model;

import dev.handctl.hand.Checks;
import java.util.List;

/**
 * The facts of a palm detector model: how to feed it and how to read it. They come with the model,
 * from its manifest ({@link ModelManifest}, {@code models/NAME.manifest.yaml}), not from the
 * user's settings.
 *
 * @param inputTensor the model's input placeholder
 * @param inputSize side of the square RGB input, pixels
 * @param inputMin the value pixel 0 is mapped to
 * @param inputMax the value pixel 255 is mapped to
 * @param outputTensor the model's output: rows of [score logit, cx, cy, w, h, keypointCount x (x, y)]
 * @param keypointCount palm keypoints per row
 * @param anchorStrides SSD feature-map strides, one per layer; consecutive equal strides share a grid
 * @param anchorsPerLayer anchors each layer adds to every grid cell
 * @param anchorOffset anchor centre within its cell, in cells
 */
public record PalmModelFacts(
    String inputTensor,
    int inputSize,
    double inputMin,
    double inputMax,
    String outputTensor,
    int keypointCount,
    List<Integer> anchorStrides,
    int anchorsPerLayer,
    double anchorOffset) {

  /** Validates every field; the message names the manifest key. */
  public PalmModelFacts {
    anchorStrides = List.copyOf(anchorStrides);
    Checks.positive("input.size", inputSize);
    Checks.positive("output.keypointCount", keypointCount);
    if (!(inputMin < inputMax)) {
      throw new IllegalArgumentException("input.range: expected the lowest value below the highest");
    }
    if (anchorStrides.isEmpty()) {
      throw new IllegalArgumentException("anchors.strides: expected at least one stride");
    }
    for (int s : anchorStrides) {
      Checks.positive("anchors.strides", s);
    }
    Checks.positive("anchors.anchorsPerLayer", anchorsPerLayer);
    Checks.range("anchors.offset", anchorOffset, 0, 1);
  }

  /** Returns the factor from a pixel value (0..255) to the model's input value. */
  public float pixelScale() {
    return (float) (inputMax - inputMin) / 255f;
  }

  /** Returns the model's input value for pixel value 0. */
  public float pixelOffset() {
    return (float) inputMin;
  }
}
