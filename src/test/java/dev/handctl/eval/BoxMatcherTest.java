package dev.handctl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.hand.PixelBox;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pairing reference and found boxes, on synthetic boxes. */
class BoxMatcherTest {
  @Test
  void eachFoundHandCountsForOneReferenceOnly() {
    // Two labelled hands side by side; one found box overlaps both, the better one more.
    PixelBox left = new PixelBox(0, 0, 100, 100);
    PixelBox right = new PixelBox(60, 0, 160, 100);
    PixelBox found = new PixelBox(50, 0, 150, 100);
    List<BoxMatcher.Pair> pairs = BoxMatcher.match(List.of(left, right), List.of(found));
    assertThat(pairs).hasSize(1);
    assertThat(pairs.get(0).reference()).isEqualTo(1);
  }

  @Test
  void theBestOverlapsArePairedFirst() {
    PixelBox a = new PixelBox(0, 0, 100, 100);
    PixelBox b = new PixelBox(200, 0, 300, 100);
    List<BoxMatcher.Pair> pairs = BoxMatcher.match(List.of(a, b),
        List.of(new PixelBox(205, 5, 300, 100), new PixelBox(10, 0, 100, 100)));
    assertThat(pairs).extracting(BoxMatcher.Pair::reference, BoxMatcher.Pair::found)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(1, 0));
  }

  @Test
  void overlapsUnderTheThresholdAreNoPair() {
    PixelBox ref = new PixelBox(0, 0, 100, 100);
    // 40 of 160 px across overlap: IoU 0.25, under 0.3.
    PixelBox found = new PixelBox(60, 0, 160, 100);
    assertThat(ref.iou(found)).isLessThan(BoxMatcher.MIN_IOU);
    assertThat(BoxMatcher.match(List.of(ref), List.of(found))).isEmpty();
    assertThat(BoxMatcher.match(List.of(), List.of(found))).isEmpty();
  }
}
