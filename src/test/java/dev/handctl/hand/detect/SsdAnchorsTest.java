package dev.handctl.hand.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SsdAnchorsTest {
  private final SsdAnchors anchors = SsdAnchors.generate(256, List.of(8, 16, 32, 32, 32), 2, 0.5);

  @Test
  void palmDetectorHas2944Anchors() {
    assertThat(anchors.size()).isEqualTo(32 * 32 * 2 + 16 * 16 * 2 + 8 * 8 * 6).isEqualTo(2944);
  }

  @Test
  void anchorsGoLayerThenRowThenColumn() {
    // First two anchors share the first cell of the 32x32 grid.
    assertThat(anchors.centerX(0)).isEqualTo(0.5f / 32);
    assertThat(anchors.centerX(1)).isEqualTo(0.5f / 32);
    assertThat(anchors.centerX(2)).isEqualTo(1.5f / 32);
    assertThat(anchors.centerY(2 * 32)).isEqualTo(1.5f / 32);
    // The 16x16 grid starts after 2048 anchors.
    assertThat(anchors.centerX(2048)).isEqualTo(0.5f / 16);
    // The last grid (three layers of stride 32 merged) has six anchors per cell.
    int first8 = 2048 + 512;
    assertThat(anchors.centerX(first8 + 5)).isEqualTo(0.5f / 8);
    assertThat(anchors.centerX(first8 + 6)).isEqualTo(1.5f / 8);
    assertThat(anchors.centerY(2943)).isEqualTo(7.5f / 8);
    assertThat(anchors.centerX(2943)).isEqualTo(7.5f / 8);
  }
}
