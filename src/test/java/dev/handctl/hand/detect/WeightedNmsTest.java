package dev.handctl.hand.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.handctl.hand.PixelBox;
import dev.handctl.hand.PixelPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedNmsTest {
  private static PalmDetection palm(double score, double x0, double y0, double x1, double y1) {
    return new PalmDetection(score, new PixelBox(x0, y0, x1, y1), List.of(new PixelPoint(x0, y0)));
  }

  @Test
  void overlappingPalmsBecomeTheirScoreWeightedMeanWithTheBestScore() {
    PalmDetection best = palm(0.9, 0, 0, 10, 10);
    PalmDetection close = palm(0.3, 2, 0, 12, 10); // IoU 8/12 = 0.67
    PalmDetection far = palm(0.8, 50, 50, 60, 60);

    List<PalmDetection> out = WeightedNms.apply(List.of(close, far, best), 0.3);

    assertThat(out).hasSize(2);
    assertThat(out.get(0).score()).isEqualTo(0.9);
    assertThat(out.get(0).box().xMinPx()).isCloseTo((0.9 * 0 + 0.3 * 2) / 1.2, within(1e-9));
    assertThat(out.get(0).keypoints().get(0).xPx()).isCloseTo(0.5, within(1e-9));
    assertThat(out.get(1)).isEqualTo(far);
  }

  @Test
  void palmsBelowTheOverlapThresholdStaySeparate() {
    PalmDetection a = palm(0.9, 0, 0, 10, 10);
    PalmDetection b = palm(0.7, 6, 0, 16, 10); // IoU 4/16 = 0.25
    assertThat(WeightedNms.apply(List.of(a, b), 0.3)).containsExactly(a, b);
  }
}
