package dev.handctl.hand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.handctl.capture.RgbImage;
import org.junit.jupiter.api.Test;

class RegionSamplerTest {
  /** A 4x4 image whose red channel is 10 * x + y, green 100, blue 200. */
  private static RgbImage ramp() {
    byte[] rgb = new byte[4 * 4 * 3];
    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 4; x++) {
        int o = (y * 4 + x) * 3;
        rgb[o] = (byte) (10 * x + y);
        rgb[o + 1] = 100;
        rgb[o + 2] = (byte) 200;
      }
    }
    return new RgbImage(4, 4, rgb);
  }

  private static float red(float[] out, int size, int x, int y) {
    return out[(y * size + x) * 3];
  }

  @Test
  void regionCoveringTheImageReproducesItsPixels() {
    float[] out = new float[4 * 4 * 3];
    RegionSampler.sample(ramp(), new HandRegion(2, 2, 4, 0), 4, out, 1f, 0f, RegionSampler.Border.ZERO, false);
    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 4; x++) {
        assertThat(red(out, 4, x, y)).isCloseTo(10 * x + y, within(1e-4f));
      }
    }
    assertThat(out[1]).isCloseTo(100f, within(1e-4f));
    assertThat(out[2]).isCloseTo(200f, within(1e-4f));
  }

  @Test
  void scaleOffsetMirrorAndRotation() {
    float[] out = new float[4 * 4 * 3];
    RegionSampler.sample(ramp(), new HandRegion(2, 2, 4, 0), 4, out, 0.5f, -1f, RegionSampler.Border.ZERO, true);
    assertThat(red(out, 4, 0, 0)).isCloseTo(30 * 0.5f - 1, within(1e-4f)); // mirrored: x = 3
    // A quarter turn: crop "up" is image "right", so crop row 0 is image column 3.
    RegionSampler.sample(ramp(), new HandRegion(2, 2, 4, Math.PI / 2), 4, out, 1f, 0f, RegionSampler.Border.ZERO,
        false);
    assertThat(red(out, 4, 0, 0)).isCloseTo(30 + 0, within(1e-3f));
    assertThat(red(out, 4, 3, 0)).isCloseTo(30 + 3, within(1e-3f));
  }

  @Test
  void halfPixelStepsInterpolateAndBordersFollowTheMode() {
    float[] out = new float[2 * 2 * 3];
    // Side 1 around (1.5, 1.5): samples at 1.25 and 1.75 in continuous coordinates, i.e. between pixel 0 and 1.
    RegionSampler.sample(ramp(), new HandRegion(1.0, 1.0, 1.0, 0), 2, out, 1f, 0f, RegionSampler.Border.ZERO, false);
    assertThat(red(out, 2, 0, 0)).isCloseTo(0.25f * 10 + 0.25f, within(1e-4f));
    // A region hanging off the left edge: black with ZERO, edge colour with REPLICATE.
    RegionSampler.sample(ramp(), new HandRegion(-10, 2, 4, 0), 2, out, 1f, 0f, RegionSampler.Border.ZERO, false);
    assertThat(out[1]).isEqualTo(0f);
    RegionSampler.sample(ramp(), new HandRegion(-10, 2, 4, 0), 2, out, 1f, 0f, RegionSampler.Border.REPLICATE, false);
    assertThat(out[1]).isCloseTo(100f, within(1e-4f));
  }
}
