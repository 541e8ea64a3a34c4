package dev.handctl.hand.landmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.handctl.capture.RgbImage;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.Handedness;
import dev.handctl.hand.model.ModelManifest;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The landmark model's pre- and post-processing, on made-up values: no model runs. */
class LandmarkTranslatorTest {
  private final LandmarkTranslator translator =
      new LandmarkTranslator(ModelManifest.landmarks(Path.of("models/handlandmark-full.manifest.yaml")));

  @Test
  void inputIsTheRegionOnTheManifestsRange() {
    byte[] rgb = new byte[100 * 100 * 3];
    Arrays.fill(rgb, (byte) 255);
    float[] input = new float[224 * 224 * 3];
    translator.processInput(new RgbImage(100, 100, rgb), new HandRegion(50, 50, 40, 0.3), input);
    assertThat(input[(112 * 224 + 112) * 3]).isCloseTo(1f, within(1e-5f));
    assertThat(translator.inputShape()).containsExactly(1, 224, 224, 3);
  }

  @Test
  void keypointsGoBackThroughTheRegionsTurnAndScale() {
    float[] raw = new float[LandmarkTranslator.KEYPOINT_VALUES];
    float[] world = new float[LandmarkTranslator.KEYPOINT_VALUES];
    for (int k = 0; k < 21; k++) {
      raw[3 * k] = 112; // the crop's centre
      raw[3 * k + 1] = 112;
    }
    raw[3] = 168; // keypoint 1: a quarter of the crop to the right of the centre
    raw[5] = 22.4f; // its z: a tenth of the crop
    world[3] = 0.01f; // 1 cm along the crop's x
    HandRegion region = new HandRegion(300, 200, 80, Math.PI / 2); // turned a quarter
    HandLandmarks h = translator.processOutput(raw, 0.9, 0.8, world, region, false);
    assertThat(h.keypoints().get(0).xPx()).isCloseTo(300, within(1e-9));
    assertThat(h.keypoints().get(0).yPx()).isCloseTo(200, within(1e-9));
    // The crop's x is the image's y once turned a quarter.
    assertThat(h.keypoints().get(1).xPx()).isCloseTo(300, within(1e-6));
    assertThat(h.keypoints().get(1).yPx()).isCloseTo(220, within(1e-6));
    assertThat(h.keypoints().get(1).zPx()).isCloseTo(0.1 / 0.4 * 80, within(1e-4));
    assertThat(h.worldKeypoints().get(1).yMeters()).isCloseTo(0.01, within(1e-6));
    assertThat(h.presence()).isEqualTo(0.9);
    assertThat(h.region()).isEqualTo(region);
    assertThat(h.handedness()).isEqualTo(Handedness.RIGHT);
    assertThat(h.handednessScore()).isCloseTo(0.8, within(1e-9));
    assertThat(translator.processOutput(raw, 0.9, 0.8, world, region, true).handedness())
        .as("a mirrored picture shows the other hand").isEqualTo(Handedness.LEFT);
  }
}
