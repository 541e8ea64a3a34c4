package dev.handctl.hand.track;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handctl.capture.RgbImage;
import dev.handctl.capture.StillImageReader;
import dev.handctl.capture.VideoFileReader;
import dev.handctl.eval.KeypointReferences;
import dev.handctl.eval.KeypointTally;
import dev.handctl.eval.LabelledBoxes;
import dev.handctl.eval.PhotoEvaluation;
import dev.handctl.eval.PhotoTally;
import dev.handctl.eval.ReferenceHand;
import dev.handctl.eval.ReferenceImage;
import dev.handctl.hand.DetectedHand;
import dev.handctl.hand.KeypointName;
import dev.handctl.hand.PixelBox;
import dev.handctl.hand.PixelKeypoint;
import dev.handctl.testing.Models;
import dev.handctl.testing.Slow;
import dev.handctl.testing.StillPhotos;
import dev.handctl.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hand finding on the real photos and video of {@code ../shared/testdata}, against the reference
 * keypoints and labelled boxes there. Each test prints what it measured.
 */
@Slow
class RealImageAccuracyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final StillImageReader reader = new StillImageReader();

  /** The reference image of {@code expected_keypoints.json}, read as {@code handctl eval keypoints} reads it. */
  private static ReferenceImage reference(String image) throws Exception {
    return KeypointReferences.read(TestData.require("images/expected_keypoints.json"), null).images().stream()
        .filter(i -> i.name().equals(image)).findFirst().orElseThrow();
  }

  @Test
  void bothHandsOfTfjsPhotoWithinTenPixelsOfReference() throws Exception {
    ReferenceImage reference = reference("tfjs-hands/hands.jpg");
    List<DetectedHand> hands = Models.finder().find(reader.read(TestData.require("images/tfjs-hands/hands.jpg")), 2);

    assertThat(hands).hasSize(2);
    for (ReferenceHand refHand : reference.hands()) {
      double best = hands.stream()
          .mapToDouble(h -> KeypointTally.compare(refHand, h.landmarks().keypoints()).meanErrorPx()).min().orElseThrow();
      System.out.printf(Locale.ROOT, "hands.jpg: reference hand with wrist at (%.0f, %.0f): mean keypoint"
          + " distance %.2f px%n", refHand.keypoints().get(0).xPx(), refHand.keypoints().get(0).yPx(), best);
      assertThat(best).isLessThanOrEqualTo(10.0);
    }
  }

  @Test
  void thumbsUpWithinTwoPercentOfImageSize() throws Exception {
    ReferenceImage reference = reference("mediapipe-samples/thumbs_up_ios.png");
    RgbImage image = reader.read(TestData.require("images/mediapipe-samples/thumbs_up_ios.png"));
    List<DetectedHand> hands = Models.finder().find(image, 2);

    assertThat(hands).isNotEmpty();
    ReferenceHand ref = reference.hands().get(0);
    assertThat(ref.normalized()).isTrue();
    // Compared in normalised coordinates (x / width, y / height), as the reference is given.
    double best = hands.stream().mapToDouble(h -> meanNormalisedDistance(h.landmarks().keypoints(), ref, image))
        .min().orElseThrow();
    System.out.printf(Locale.ROOT, "thumbs_up_ios.png: mean keypoint distance %.4f of the image size%n", best);
    assertThat(best).isLessThanOrEqualTo(0.02);
  }

  @Test
  void everyAslVideoFrameAsStillImage() throws Exception {
    Path video = TestData.require("video/tfjs-asl/asl_hand.25fps.mp4");
    JsonNode reference = JSON.readTree(TestData.require("video/tfjs-asl/asl_hand.full.json").toFile());
    int frames = 0;
    int found = 0;
    double distanceSum = 0;
    try (VideoFileReader in = VideoFileReader.open(video)) {
      for (VideoFileReader.VideoFrame f; (f = in.next()) != null; ) {
        frames++;
        List<DetectedHand> hands = Models.finder().find(f.image(), 1);
        if (!hands.isEmpty() && f.index() < reference.size()) {
          found++;
          distanceSum += KeypointTally.compare(new ReferenceHand(points(reference.get(f.index())), null, false),
              hands.get(0).landmarks().keypoints()).meanErrorPx();
        }
      }
    }
    double foundRate = found / (double) frames;
    double meanDistance = distanceSum / found;
    System.out.printf(Locale.ROOT, "asl_hand.25fps.mp4: %d frames (reference has %d), hand found in %d (%.1f%%),"
        + " mean keypoint distance %.2f px%n", frames, reference.size(), found, 100 * foundRate, meanDistance);
    assertThat(frames).isEqualTo(reference.size());
    assertThat(foundRate).isGreaterThanOrEqualTo(0.95);
    assertThat(meanDistance).isLessThanOrEqualTo(10.0);
  }

  @Test
  void labelledWebcamHandsFound() throws Exception {
    // Scored as handctl eval photos scores it: each labelled box paired one-to-one with a found hand, IoU >= 0.3.
    Path dir = TestData.require("images/subhih-webcam");
    PhotoTally tally = PhotoEvaluation.evaluate(dir, List.of(), StillPhotos.analyzer(null));
    List<String> misses = tally.samples().stream().filter(s -> s.handExpected() && !s.handFound())
        .map(PhotoTally.Sample::image).toList();
    System.out.printf(Locale.ROOT, "subhih-webcam: %d of %d labelled hands found (%.1f%%); misses:%n  %s%n",
        tally.handsExpectedFound(), tally.handsExpected(), 100 * tally.detectionRate(), String.join("\n  ", misses));
    assertThat(tally.failures()).isEmpty();
    assertThat(tally.handsExpected()).isEqualTo(52);
    assertThat(tally.detectionRate()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void aPartOfAHandFoundFirstDoesNotHideTheWhole() throws Exception {
    // Two V signs. The palm detector's second-best palm (0.98) lies on the base of the left hand's
    // V, and the landmark model makes a small hand of it (presence 0.97); the whole left hand's palm
    // scores only 0.52. Both labelled hands must come out whole.
    Path dir = TestData.require("images/subhih-webcam");
    List<DetectedHand> hands = Models.finder().find(reader.read(dir.resolve("victory_two/26_pic00033.jpg")), 2);
    List<PixelBox> boxes = LabelledBoxes.read(dir.resolve(LabelledBoxes.FILE_NAME)).get("victory_two/26_pic00033.jpg");
    assertThat(boxes).hasSize(2);
    for (PixelBox labelled : boxes) {
      double bestIou = hands.stream().mapToDouble(h -> h.landmarks().box().iou(labelled)).max().orElse(0);
      System.out.printf(Locale.ROOT, "26_pic00033.jpg: labelled hand %s: best IoU %.2f among %d hands%n", labelled,
          bestIou, hands.size());
      assertThat(bestIou).isGreaterThanOrEqualTo(0.5);
    }
  }

  @Test
  void oneHandPhotosGiveOneHand() throws Exception {
    // Each shows one hand; the curled fingers of nocurl.jpg once came out as a second "hand".
    for (String name : List.of("fullcurl.jpg", "halfcurl.jpg", "nocurl.jpg")) {
      List<DetectedHand> hands = Models.finder().find(reader.read(TestData.require("images/fingerpose/" + name)), 2);
      assertThat(hands).as(name).hasSize(1);
    }
  }

  @Test
  void noHandsOnNegatives() throws Exception {
    Path dir = TestData.require("negatives");
    List<Path> images;
    try (Stream<Path> files = Files.walk(dir)) {
      images = files.filter(p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.(jpg|jpeg|png)$")).sorted()
          .toList();
    }
    List<String> falseHands = new ArrayList<>();
    for (Path p : images) {
      List<DetectedHand> hands = Models.finder().find(reader.read(p), 2);
      System.out.printf(Locale.ROOT, "negatives: %s: %d hands%s%n", dir.relativize(p), hands.size(),
          hands.isEmpty() ? "" : " (presence " + hands.get(0).landmarks().presence() + ")");
      if (!hands.isEmpty() && !p.getFileName().toString().contains("HARD")) {
        falseHands.add(p.toString());
      }
    }
    assertThat(images).hasSizeGreaterThanOrEqualTo(8);
    assertThat(falseHands).as("negatives with a hand reported").isEmpty();
  }

  /** One frame of the ASL reference: 21 x [x px, y px, z]. */
  private static List<PixelKeypoint> points(JsonNode hand) {
    List<PixelKeypoint> out = new ArrayList<>();
    for (JsonNode p : hand) {
      out.add(new PixelKeypoint(p.get(0).asDouble(), p.get(1).asDouble(), 0));
    }
    return out;
  }

  /** Mean distance of keypoints to a normalised reference, in fractions of the image's width and height. */
  private static double meanNormalisedDistance(List<PixelKeypoint> ours, ReferenceHand reference, RgbImage image) {
    double sum = 0;
    for (int i = 0; i < KeypointName.COUNT; i++) {
      PixelKeypoint r = reference.keypoints().get(i);
      sum += Math.hypot(ours.get(i).xPx() / image.width() - r.xPx(), ours.get(i).yPx() / image.height() - r.yPx());
    }
    return sum / KeypointName.COUNT;
  }
}
