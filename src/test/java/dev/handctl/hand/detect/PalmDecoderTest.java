package dev.handctl.hand.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.handctl.config.ConfigLoader;
import dev.handctl.hand.model.ModelManifest;
import dev.handctl.hand.model.PalmModelFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class PalmDecoderTest {
  private final PalmDetectorConfig config = ConfigLoader.defaults().detector();
  private final PalmModelFacts facts = ModelManifest.palm(java.nio.file.Path.of("models/handdetect.manifest.yaml"));
  private final SsdAnchors anchors = SsdAnchors.generate(facts.inputSize(), facts.anchorStrides(),
      facts.anchorsPerLayer(), facts.anchorOffset());
  private final PalmDecoder decoder = new PalmDecoder(anchors, facts, config.minScore());

  @Test
  void decodesOffsetsRelativeToTheAnchorAndKeepsOnlyConfidentRows() {
    float[] raw = new float[decoder.expectedOutputSize()];
    java.util.Arrays.fill(raw, 0f);
    for (int a = 0; a < anchors.size(); a++) {
      raw[a * 19] = -5f; // sigmoid 0.0067: dropped
    }
    int a = 2048 + 16 * 3 + 5; // 16x16 grid, row 1, column 10, second anchor
    int r = a * 19;
    raw[r] = 2f; // sigmoid 0.881
    raw[r + 1] = 12.8f; // +0.05 of the input
    raw[r + 2] = -25.6f; // -0.1
    raw[r + 3] = 64f; // width 0.25
    raw[r + 4] = 32f; // height 0.125
    for (int k = 0; k < 7; k++) {
      raw[r + 5 + 2 * k] = k;
      raw[r + 6 + 2 * k] = -k;
    }

    List<PalmDetection> palms = decoder.decode(raw);

    assertThat(palms).hasSize(1);
    PalmDetection p = palms.get(0);
    double cx = anchors.centerX(a) + 0.05;
    double cy = anchors.centerY(a) - 0.1;
    assertThat(p.score()).isCloseTo(1 / (1 + Math.exp(-2)), within(1e-6));
    assertThat(p.box().xMinPx()).isCloseTo(cx - 0.125, within(1e-6));
    assertThat(p.box().xMaxPx()).isCloseTo(cx + 0.125, within(1e-6));
    assertThat(p.box().yMinPx()).isCloseTo(cy - 0.0625, within(1e-6));
    assertThat(p.keypoints()).hasSize(7);
    assertThat(p.keypoints().get(3).xPx()).isCloseTo(anchors.centerX(a) + 3 / 256.0, within(1e-6));
    assertThat(p.keypoints().get(3).yPx()).isCloseTo(anchors.centerY(a) - 3 / 256.0, within(1e-6));
  }
}
