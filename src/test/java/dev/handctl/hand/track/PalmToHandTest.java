package dev.handctl.hand.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handctl.hand.PixelBox;
import dev.handctl.hand.detect.PalmDetection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the palm-to-hand step that need no model. */
class PalmToHandTest {
  @Test
  void theCallersRefineDifferentlyOnPurpose() {
    assertThat(PalmToHand.Refinement.TRACKER).isEqualTo(new PalmToHand.Refinement(1, true, false));
    assertThat(PalmToHand.Refinement.still(2)).isEqualTo(new PalmToHand.Refinement(2, false, true));
    assertThat(PalmToHand.better(0.8, 0.8, true)).as("still images: a tie goes to the refined pass").isTrue();
    assertThat(PalmToHand.better(0.8, 0.8, false)).as("tracker: a tie keeps the first pass").isFalse();
    assertThat(PalmToHand.better(0.81, 0.8, false)).isTrue();
    assertThat(PalmToHand.better(0.79, 0.8, true)).isFalse();
    assertThatThrownBy(() -> PalmToHand.Refinement.still(-1)).hasMessageContaining("refinePasses");
  }

  @Test
  void aPalmCentredInAHandFoundIsThatHands() {
    PixelBox hand = new PixelBox(100, 100, 200, 200);
    PalmDetection onIt = new PalmDetection(0.9, new PixelBox(120, 150, 160, 190), List.of());
    PalmDetection beside = new PalmDetection(0.9, new PixelBox(190, 150, 260, 190), List.of());
    assertThat(PalmToHand.onFoundHand(onIt, List.of(hand))).isTrue();
    assertThat(PalmToHand.onFoundHand(beside, List.of(hand))).isFalse();
    assertThat(PalmToHand.onFoundHand(onIt, List.of())).isFalse();
  }
}
