package dev.handctl.gesture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.capture.StillImageReader;
import dev.handctl.config.ConfigLoader;
import dev.handctl.eval.PhotoEvaluation;
import dev.handctl.eval.PhotoTally;
import dev.handctl.gesture.file.GestureFileLoader;
import dev.handctl.hand.DetectedHand;
import dev.handctl.testing.Models;
import dev.handctl.testing.Slow;
import dev.handctl.testing.StillPhotos;
import dev.handctl.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped gestures on real labelled photos, through the still-image hand finder. */
@Slow
class GesturePhotosTest {
  private static StaticGestureClassifier classifier;

  @BeforeAll
  static void loadGestures() {
    GestureFileLoader.Result r = GestureFileLoader.load(List.of(Path.of("gestures")));
    assertThat(r.problems()).isEmpty();
    classifier = new StaticGestureClassifier(r.definitions(), ConfigLoader.defaults().geometry());
  }

  private static List<DetectedHand> hands(Path image) throws Exception {
    return Models.finder().find(new StillImageReader().read(image), 2);
  }

  private static String gesture(DetectedHand h) {
    Optional<GestureMatch> g = classifier.classify(HandGeometry.of(h.landmarks(), false, classifier.geometry()));
    return g.map(GestureMatch::name).orElse(PhotoTally.NONE);
  }

  @Test
  void webcamHandsShowTheirLabelledGesture() throws Exception {
    // Scored as handctl eval photos scores it: the folder names the gesture, each box of boxes.csv is
    // paired one-to-one with a found hand (IoU >= 0.3); a hand not found counts as "none".
    Path dir = TestData.require("images/subhih-webcam");
    List<String> gestures = GestureFileLoader.load(List.of(Path.of("gestures"))).definitions().stream()
        .filter(d -> !d.isMotion()).map(GestureDefinition::name).toList();
    PhotoTally tally = PhotoEvaluation.evaluate(dir, gestures, StillPhotos.analyzer(classifier));
    StringBuilder table = new StringBuilder("subhih-webcam gestures (labelled -> classified):\n");
    // The acceptance counts over all labelled hands (a hand not found is not right): printed, not asserted.
    for (String label : tally.rows()) {
      Map<String, Integer> row = new TreeMap<>();
      tally.columns().stream().filter(c -> tally.count(label, c) > 0).forEach(c -> row.put(c, tally.count(label, c)));
      table.append(String.format(Locale.ROOT, "  %-10s %s  right %d of %d labelled (%.0f%%), hand found for %d%n",
          label, row, tally.right(label), tally.samples(label), 100 * tally.accuracy(label), tally.handsFound(label)));
    }
    System.out.print(table);
    assertThat(tally.failures()).isEmpty();
    assertThat(tally.rows()).containsExactlyInAnyOrder("fist", "four", "open_palm", "pointing", "three", "victory");
    assertThat(tally.total()).isEqualTo(52);
    for (String label : tally.rows()) {
      // Hands the detector does not find are the hand finder's misses (51 of 52 found), counted apart.
      assertThat(tally.right(label)).as("%s right among the %d hands found", label, tally.handsFound(label))
          .isGreaterThanOrEqualTo((int) Math.ceil(0.9 * tally.handsFound(label)));
    }
  }

  @Test
  void fingerposeAndThumbsUpPhotos() throws Exception {
    assertThat(gesture(hands(TestData.require("images/fingerpose/fullcurl.jpg")).get(0))).isEqualTo("fist");
    assertThat(gesture(hands(TestData.require("images/fingerpose/nocurl.jpg")).get(0))).isEqualTo("pointing");
    for (String photo : List.of("hand_thumb_up.jpg", "thumbs_up_ios.png", "thumbs_up_web.png")) {
      List<DetectedHand> hands = hands(TestData.require("images/mediapipe-samples/" + photo));
      assertThat(hands.stream().map(GesturePhotosTest::gesture)).as(photo).contains("thumbs_up");
    }
  }

  @Test
  void noGestureOnTheNegatives() throws Exception {
    for (String negative : List.of("google_mediapipe/000000000072.jpg", "google_mediapipe/000000000078.jpg",
        "google_mediapipe/37ca2a3d-IMG_0520.jpg", "google_mediapipe/3d3382d3-IMG_0514.jpg",
        "google_mediapipe/d86b20e0-IMG_0509.jpg", "google_mediapipe/dino.jpg",
        "mediapipe-samples/image_classification_test_image.jpg", "tfjs-models/depth-estimation_portrait.jpg")) {
      assertThat(hands(TestData.require("negatives/" + negative)).stream().map(GesturePhotosTest::gesture))
          .as(negative).allMatch("none"::equals);
    }
  }
}
