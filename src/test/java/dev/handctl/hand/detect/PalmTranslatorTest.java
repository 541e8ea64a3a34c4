package dev.handctl.hand.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.handctl.capture.RgbImage;
import dev.handctl.config.ConfigLoader;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.model.ModelManifest;
import dev.handctl.hand.model.PalmModelFacts;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The palm detector's pre- and post-processing, on made-up values: no model runs. */
class PalmTranslatorTest {
  private final PalmModelFacts facts = ModelManifest.palm(Path.of("models/handdetect.manifest.yaml"));
  private final PalmTranslator translator = new PalmTranslator(facts, ConfigLoader.defaults().detector());

  private static RgbImage filled(int width, int height, int value) {
    byte[] rgb = new byte[width * height * 3];
    Arrays.fill(rgb, (byte) value);
    return new RgbImage(width, height, rgb);
  }

  @Test
  void aRotationKeypointTheModelDoesNotHaveIsRefusedNamingTheSetting() {
    PalmDetectorConfig d = ConfigLoader.defaults().detector();
    PalmDetectorConfig nine = new PalmDetectorConfig(d.minScore(), d.nmsIouThreshold(), d.rotationStartKeypoint(), 9,
        d.rotationTargetDegrees(), d.regionScale(), d.regionShiftY(), d.mirroredPass(), d.zoomOutScale());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PalmTranslator(facts, nine))
        .isInstanceOf(dev.handctl.inference.ModelException.class)
        .hasMessageContaining("detector.rotationEndKeypoint").hasMessageContaining("7 palm keypoints");
  }

  @Test
  void inputIsTheLetterboxedImageOnTheManifestsRange() {
    float[] input = new float[256 * 256 * 3];
    RgbImage white = filled(512, 256, 255);
    translator.processInput(white, PalmTranslator.letterbox(white, 1), false, input);
    // A 512x256 image fills the middle half of the rows; black padding above and below.
    assertThat(input[(128 * 256 + 128) * 3]).isCloseTo(1f, within(1e-5f));
    assertThat(input[(5 * 256 + 128) * 3]).isCloseTo(-1f, within(1e-5f));
    assertThat(translator.inputShape()).containsExactly(1, 256, 256, 3);
    assertThat(translator.outputSize()).isEqualTo(2944 * 19);
  }

  @Test
  void outputRowsBecomePalmsInImagePixelsAndMirroredOnesComeBack() {
    float[] raw = new float[translator.outputSize()];
    for (int a = 0; a < 2944; a++) {
      raw[a * 19] = -10f; // no palm
    }
    int a = 2048 + 16 * 3 + 5; // 16x16 grid, row 1, column 10 (anchor centre 0.65625, 0.09375)
    raw[a * 19] = 3f;
    raw[a * 19 + 3] = 64f; // a quarter of the input wide
    raw[a * 19 + 4] = 64f;
    RgbImage image = filled(512, 512, 0);
    HandRegion box = PalmTranslator.letterbox(image, 1);

    List<PalmDetection> palms = translator.processOutput(raw, box, false);
    assertThat(palms).hasSize(1);
    PalmDetection p = palms.get(0);
    assertThat(p.score()).isCloseTo(1 / (1 + Math.exp(-3)), within(1e-5));
    assertThat((p.box().xMinPx() + p.box().xMaxPx()) / 2).isCloseTo(0.65625 * 512, within(1e-3));
    assertThat((p.box().yMinPx() + p.box().yMaxPx()) / 2).isCloseTo(0.09375 * 512, within(1e-3));
    assertThat(p.box().widthPx()).isCloseTo(128, within(1e-3));
    assertThat(p.keypoints()).hasSize(7);

    PalmDetection m = translator.processOutput(raw, box, true).get(0);
    assertThat((m.box().xMinPx() + m.box().xMaxPx()) / 2).isCloseTo((1 - 0.65625) * 512, within(1e-3));
    assertThat(m.box().yMinPx()).isCloseTo(p.box().yMinPx(), within(1e-9));
  }
}
