package dev.handctl.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handctl.hand.PixelBox;
import dev.handctl.hand.PixelKeypoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading reference keypoint files of both layouts; the keypoints are made up. */
class KeypointReferencesTest {
  @TempDir
  Path dir;

  private Path json(String text) throws Exception {
    return Files.writeString(dir.resolve("ref.json"), text);
  }

  /** 21 points [x, y, z] on a line from (x0, y0), one unit apart. */
  private static String hand(double x0, double y0, double step) {
    List<String> p = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      p.add(String.format(Locale.ROOT, "[%s, %s, 0.0]", x0 + i * step, y0 + i * step));
    }
    return "[" + String.join(", ", p) + "]";
  }

  @Test
  void perImagePixelsAndNormalisedWithTheSharedFilesFields() throws Exception {
    Path f = json("{\"a/hands.jpg\": {\"source\": \"x\", \"units\": \"pixels\", \"hands\": [" + hand(10, 20, 5) + ", "
        + hand(300, 20, 5) + "]},"
        + " \"b.png\": {\"units\": \"normalized\", \"hands\": [" + hand(0.1, 0.2, 0.01) + "]},"
        + " \"c.jpg\": {\"expected_gesture\": \"Thumb_Up\"}}");
    KeypointReferences r = KeypointReferences.read(f, null);
    assertThat(r.format()).isEqualTo("per-image");
    assertThat(r.images()).extracting(ReferenceImage::name).containsExactly("a/hands.jpg", "b.png");
    assertThat(r.images().get(0).path()).isEqualTo(dir.toAbsolutePath().resolve("a/hands.jpg"));
    assertThat(r.images().get(0).hands()).hasSize(2);
    assertThat(r.images().get(0).hands().get(0).normalized()).isFalse();
    ReferenceHand normal = r.images().get(1).hands().get(0);
    assertThat(normal.normalized()).isTrue();
    PixelKeypoint wrist = normal.inPixels(1000, 500).keypoints().get(0);
    assertThat(wrist.xPx()).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(wrist.yPx()).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.skipped()).singleElement().asString().contains("c.jpg").contains("no \"hands\"");
  }

  @Test
  void withoutUnitsSmallCoordinatesAreNormalisedAndTheImageBaseCanBeGiven() throws Exception {
    Path f = json("{\"x.jpg\": {\"hands\": [{\"keypoints\": " + hand(0.1, 0.1, 0.02) + "}]},"
        + " \"y.jpg\": {\"hands\": [" + hand(100, 100, 3) + "]}}");
    KeypointReferences r = KeypointReferences.read(f, Path.of("/photos"));
    assertThat(r.images().get(0).hands().get(0).normalized()).isTrue();
    assertThat(r.images().get(1).hands().get(0).normalized()).isFalse();
    assertThat(r.images().get(1).path()).isEqualTo(Path.of("/photos/y.jpg"));
  }

  @Test
  void cocoKeypointsWithUnlabelledPointsAndABox() throws Exception {
    StringBuilder kp = new StringBuilder();
    for (int i = 0; i < 21; i++) {
      kp.append(i == 0 ? "" : ", ").append(50 + i).append(", ").append(60 + i).append(", ").append(i == 20 ? 0 : 2);
    }
    Path f = json("{\"images\": [{\"id\": 7, \"file_name\": \"img/p.jpg\", \"width\": 640, \"height\": 480},"
        + " {\"id\": 8, \"file_name\": \"img/empty.jpg\"}],"
        + " \"annotations\": [{\"id\": 1, \"image_id\": 7, \"bbox\": [40, 50, 100, 80], \"keypoints\": [" + kp + "]}],"
        + " \"categories\": [{\"id\": 1, \"name\": \"hand\"}]}");
    KeypointReferences r = KeypointReferences.read(f, null);
    assertThat(r.format()).isEqualTo("coco");
    assertThat(r.images()).hasSize(2);
    ReferenceHand h = r.images().get(0).hands().get(0);
    assertThat(h.box()).isEqualTo(new PixelBox(40, 50, 140, 130));
    assertThat(h.scoringBox()).isEqualTo(h.box());
    assertThat(h.labelled()).hasSize(20);
    assertThat(r.images().get(1).hands()).as("an image with no annotation: every hand found there is extra").isEmpty();
  }

  @Test
  void malformedFilesNameTheEntryAndWhatWasExpected() throws Exception {
    assertThatThrownBy(() -> KeypointReferences.read(json("{\"a.jpg\": {\"hands\": [[[1, 2]]]}}"), null))
        .isInstanceOf(EvalInputException.class)
        .hasMessageContaining("ref.json: \"a.jpg\" hand 1: expected 21 keypoints [x, y] or [x, y, z], got 1 entries");
    assertThatThrownBy(() -> KeypointReferences.read(json("{\"a.jpg\": {\"hands\": 3}}"), null))
        .hasMessageContaining("\"hands\" must be a list of hands");
    assertThatThrownBy(() -> KeypointReferences.read(json("{\"a.jpg\": {\"units\": \"inches\", \"hands\": []}}"), null))
        .hasMessageContaining("expected \"pixels\" or \"normalized\"");
    assertThatThrownBy(() -> KeypointReferences.read(json("[1, 2]"), null)).hasMessageContaining("expected a JSON object");
    assertThatThrownBy(() -> KeypointReferences.read(json("{\"a.jpg\": {\"hands\": [}"), null))
        .hasMessageContaining("not valid JSON (line 1");
    assertThatThrownBy(() -> KeypointReferences.read(json("{\"images\": [{\"id\": 1, \"file_name\": \"a.jpg\"}],"
        + " \"annotations\": [{\"image_id\": 1, \"keypoints\": [1, 2, 2]}]}"), null))
        .hasMessageContaining("annotations[0]: \"keypoints\" must be 21 x (x, y, v) = 63 numbers, got 3 numbers");
    assertThatThrownBy(() -> KeypointReferences.read(json("{\"images\": [], \"annotations\": [{\"image_id\": 4}]}"),
        null)).hasMessageContaining("image_id 4 is not among the images");
    assertThatThrownBy(() -> KeypointReferences.read(dir.resolve("missing.json"), null))
        .hasMessageContaining("missing.json: cannot read");
  }
}
