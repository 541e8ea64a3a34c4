package dev.handctl.hand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.capture.RgbImage;
import dev.handctl.capture.StillImageReader;
import dev.handctl.testing.Models;
import dev.handctl.testing.Slow;
import dev.handctl.testing.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which hand is which, on photos whose hands can be told by eye (none of the test data carries a
 * handedness label): the two hands of {@code tfjs-hands/hands.jpg} show their backs with the
 * thumb on the right of the fingers-up hand, so both are left hands; {@code hand_thumb_up.jpg} is a
 * left thumbs-up seen from the palm side (fingers curled to the right, arm from the lower left) and
 * {@code thumbs_up_ios.png} its mirror image, a right one. The mirror image of a photo shows the
 * other hand.
 */
@Slow
class HandednessTest {
  private static List<Handedness> handsIn(String photo, boolean mirror) throws Exception {
    RgbImage image = new StillImageReader().read(TestData.require(photo));
    if (mirror) {
      byte[] src = image.rgb();
      byte[] out = new byte[src.length];
      int w = image.width();
      for (int y = 0; y < image.height(); y++) {
        for (int x = 0; x < w; x++) {
          System.arraycopy(src, (y * w + x) * 3, out, (y * w + (w - 1 - x)) * 3, 3);
        }
      }
      image = new RgbImage(w, image.height(), out);
    }
    return Models.finder().find(image, 2).stream().map(h -> h.landmarks().handedness()).toList();
  }

  @Test
  void leftHandsAreLeftAndRightHandsRight() throws Exception {
    assertThat(handsIn("images/tfjs-hands/hands.jpg", false)).containsExactly(Handedness.LEFT, Handedness.LEFT);
    assertThat(handsIn("images/mediapipe-samples/hand_thumb_up.jpg", false)).containsExactly(Handedness.LEFT);
    assertThat(handsIn("images/mediapipe-samples/thumbs_up_ios.png", false)).containsExactly(Handedness.RIGHT);
  }

  @Test
  void aMirrorImageShowsTheOtherHand() throws Exception {
    assertThat(handsIn("images/tfjs-hands/hands.jpg", true)).containsExactly(Handedness.RIGHT, Handedness.RIGHT);
    assertThat(handsIn("images/mediapipe-samples/hand_thumb_up.jpg", true)).containsExactly(Handedness.RIGHT);
  }
}
