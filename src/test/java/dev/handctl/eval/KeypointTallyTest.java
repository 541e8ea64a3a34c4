package dev.handctl.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.handctl.hand.PixelBox;
import dev.handctl.hand.PixelKeypoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PCK and mean errors on a synthetic hand whose keypoints are moved by known amounts. */
class KeypointTallyTest {
  /** 21 keypoints spread over a 100 x 200 px box from (x0, y0): its larger side is 200 px. */
  private static List<PixelKeypoint> hand(double x0, double y0) {
    List<PixelKeypoint> k = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      k.add(new PixelKeypoint(x0 + 5 * i, y0 + 10 * i, 0));
    }
    return k;
  }

  /** The hand with keypoint i moved right by shifts[i] pixels. */
  private static List<PixelKeypoint> shifted(List<PixelKeypoint> k, double[] shifts) {
    List<PixelKeypoint> out = new ArrayList<>();
    for (int i = 0; i < k.size(); i++) {
      out.add(new PixelKeypoint(k.get(i).xPx() + shifts[i], k.get(i).yPx(), 0));
    }
    return out;
  }

  private static FoundHand found(List<PixelKeypoint> k) {
    return new FoundHand(PixelBox.around(k), k, null);
  }

  @Test
  void pckCountsKeypointsWithinATenthAndAFifthOfTheLargerBoxSide() {
    List<PixelKeypoint> ref = hand(0, 0);
    double[] shifts = new double[21];
    // 10 keypoints exact, 5 at 20 px (= 0.1 of 200: still correct), 3 at 30 px, 3 at 50 px.
    for (int i = 10; i < 15; i++) {
      shifts[i] = 20;
    }
    for (int i = 15; i < 18; i++) {
      shifts[i] = 30;
    }
    for (int i = 18; i < 21; i++) {
      shifts[i] = 50;
    }
    KeypointTally.Score s = KeypointTally.compare(new ReferenceHand(ref, null, false), shifted(ref, shifts));
    assertThat(s.keypoints()).isEqualTo(21);
    assertThat(s.pckStrict()).isEqualTo(15 / 21.0);
    assertThat(s.pckLoose()).isEqualTo(18 / 21.0);
    assertThat(s.meanErrorPx()).isCloseTo((5 * 20 + 3 * 30 + 3 * 50) / 21.0, offset(1e-9));
    assertThat(s.meanErrorBox()).isCloseTo(s.meanErrorPx() / 200, offset(1e-12));
  }

  @Test
  void imagesPairHandsByOverlapAndTotalsAddUp() {
    List<PixelKeypoint> a = hand(0, 0);
    List<PixelKeypoint> b = hand(400, 0);
    double[] off = new double[21];
    java.util.Arrays.fill(off, 4);
    // Normalised reference on a 1000 x 500 image; the found hands come in the other order, plus a stray one.
    List<PixelKeypoint> aNorm = a.stream().map(p -> new PixelKeypoint(p.xPx() / 1000, p.yPx() / 500, 0)).toList();
    ReferenceImage image = new ReferenceImage("x.jpg", Path.of("x.jpg"), List.of(new ReferenceHand(aNorm, null, true),
        new ReferenceHand(b, null, false), new ReferenceHand(hand(800, 250), null, false)));
    KeypointTally tally = new KeypointTally();
    KeypointTally.ImageResult r = tally.add(image, new AnalysedPhoto(1000, 500,
        List.of(found(shifted(b, off)), found(a), found(hand(2000, 2000)))));

    assertThat(r.foundHands()).isEqualTo(3);
    assertThat(r.score().referenceHands()).isEqualTo(3);
    assertThat(r.score().matchedHands()).isEqualTo(2);
    assertThat(r.score().extraHands()).isEqualTo(1);
    assertThat(r.score().detectionRate()).isEqualTo(2 / 3.0);
    assertThat(r.score().keypoints()).isEqualTo(42);
    assertThat(r.score().meanErrorPx()).isCloseTo(2.0, offset(1e-9));
    assertThat(tally.total()).isEqualTo(r.score());
  }

  @Test
  void unlabelledKeypointsAreNotScoredAndTheLabelledBoxIsTheNormaliser() {
    List<PixelKeypoint> ref = new ArrayList<>(hand(0, 0));
    ref.set(20, new PixelKeypoint(Double.NaN, Double.NaN, 0));
    double[] off = new double[21];
    java.util.Arrays.fill(off, 30);
    KeypointTally.Score s = KeypointTally.compare(new ReferenceHand(ref, new PixelBox(-50, -50, 350, 250), false),
        shifted(hand(0, 0), off));
    assertThat(s.keypoints()).isEqualTo(20);
    assertThat(s.pckStrict()).as("30 px is within 0.1 of the 400 px box").isEqualTo(1.0);
    assertThat(s.meanErrorBox()).isCloseTo(30 / 400.0, offset(1e-12));
  }
}
