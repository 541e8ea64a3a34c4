package dev.handctl.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageRotationTest {
  /**
   * A 3x2 image whose pixels are numbered by their red byte:
   * <pre>
   * 1 2 3
   * 4 5 6
   * </pre>
   */
  private static byte[] numbered() {
    byte[] rgb = new byte[3 * 2 * 3];
    for (int p = 0; p < 6; p++) {
      rgb[p * 3] = (byte) (p + 1);
      rgb[p * 3 + 1] = (byte) (10 * (p + 1));
      rgb[p * 3 + 2] = (byte) (20 * (p + 1));
    }
    return rgb;
  }

  private static int[] reds(RgbImage image) {
    int[] out = new int[image.width() * image.height()];
    for (int p = 0; p < out.length; p++) {
      out[p] = image.rgb()[p * 3];
      assertThat(image.rgb()[p * 3 + 1]).as("green moves with red").isEqualTo((byte) (10 * out[p]));
      assertThat(image.rgb()[p * 3 + 2]).as("blue moves with red").isEqualTo((byte) (20 * out[p]));
    }
    return out;
  }

  @Test
  void turnsClockwise() {
    RgbImage quarter = ImageRotation.rotate(numbered(), 3, 2, 90, null);
    assertThat(quarter.width()).isEqualTo(2);
    assertThat(quarter.height()).isEqualTo(3);
    // 4 1 / 5 2 / 6 3: the top-left 1 is now top-right.
    assertThat(reds(quarter)).containsExactly(4, 1, 5, 2, 6, 3);

    RgbImage half = ImageRotation.rotate(numbered(), 3, 2, 180, null);
    assertThat(reds(half)).containsExactly(6, 5, 4, 3, 2, 1);

    RgbImage threeQuarters = ImageRotation.rotate(numbered(), 3, 2, 270, null);
    // 3 6 / 2 5 / 1 4: the top-left 1 is now bottom-left.
    assertThat(reds(threeQuarters)).containsExactly(3, 6, 2, 5, 1, 4);
  }

  @Test
  void writesIntoAMatchingBuffer() {
    RgbImage reuse = new RgbImage(2, 3, new byte[18]);
    assertThat(ImageRotation.rotate(numbered(), 3, 2, 90, reuse)).isSameAs(reuse);
    RgbImage wrongSize = new RgbImage(3, 2, new byte[18]);
    assertThat(ImageRotation.rotate(numbered(), 3, 2, 90, wrongSize)).isNotSameAs(wrongSize);
  }

  @Test
  void ffmpegCounterClockwiseAnglesBecomeClockwiseTurns() {
    assertThat(ImageRotation.clockwiseDegrees(0, "f")).isZero();
    assertThat(ImageRotation.clockwiseDegrees(-90, "f")).isEqualTo(90);
    assertThat(ImageRotation.clockwiseDegrees(90, "f")).isEqualTo(270);
    assertThat(ImageRotation.clockwiseDegrees(-180, "f")).isEqualTo(180);
    assertThat(ImageRotation.clockwiseDegrees(180, "f")).isEqualTo(180);
    assertThat(ImageRotation.clockwiseDegrees(-89.99, "f")).isEqualTo(90);
    assertThat(ImageRotation.clockwiseDegrees(45, "f")).as("not a multiple of 90").isZero();
    assertThat(ImageRotation.clockwiseDegrees(Double.NaN, "f")).isZero();
  }
}
