package dev.handctl.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handctl.hand.PixelBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scoring a photo folder with a stand-in for the pipeline: the "photos" are empty files and the
 * hands each one shows are made up here, so every figure can be worked out by hand.
 */
class PhotoEvaluationTest {
  private static final List<String> GESTURES = List.of("fist", "open_palm", "pointing", "victory");
  private static final PixelBox LEFT = new PixelBox(100, 100, 200, 250);
  private static final PixelBox RIGHT = new PixelBox(400, 100, 500, 250);

  @TempDir
  Path dir;

  private void photos(String... relative) throws Exception {
    for (String r : relative) {
      Path p = dir.resolve(r);
      Files.createDirectories(p.getParent());
      Files.createFile(p);
    }
  }

  private static FoundHand hand(PixelBox box, String gesture) {
    return new FoundHand(box, List.of(), gesture);
  }

  /** Answers from a table of file name to hands; an unknown file cannot be read. */
  private PhotoAnalyzer standIn(Map<String, List<FoundHand>> hands) {
    return image -> {
      List<FoundHand> h = hands.get(image.getFileName().toString());
      if (h == null) {
        throw new EvalInputException(image + ": not an image that can be decoded");
      }
      return new AnalysedPhoto(640, 480, h);
    };
  }

  @Test
  void withBoxesEveryLabelledHandIsOneSample() throws Exception {
    photos("fist/a.jpg", "fist/b.jpg", "victory_two/c.jpg", "negatives/d.jpg");
    Files.write(dir.resolve("boxes.csv"), List.of("local_file,xmin,ymin,xmax,ymax",
        "fist/a.jpg,100,100,200,250", "fist/a.jpg,400,100,500,250", "fist/b.jpg,100,100,200,250",
        "victory_two/c.jpg,100,100,200,250"));
    PhotoTally t = PhotoEvaluation.evaluate(dir, GESTURES, standIn(Map.of(
        // a.jpg: both fists found, one read as pointing; b.jpg: the fist missed, a stray hand elsewhere.
        "a.jpg", List.of(hand(LEFT, "fist"), hand(RIGHT, "pointing")),
        "b.jpg", List.of(hand(RIGHT, "fist")),
        "c.jpg", List.of(hand(LEFT, "victory")),
        // d.jpg has no boxes: one sample, which expects no gesture and gets none.
        "d.jpg", List.of(hand(LEFT, null)))));

    assertThat(t.byBoxes()).isTrue();
    assertThat(t.images()).isEqualTo(4);
    assertThat(t.rows()).containsExactly("fist", "victory", "none");
    assertThat(t.columns()).containsExactly("fist", "pointing", "victory", "none");
    assertThat(t.count("fist", "fist")).isEqualTo(1);
    assertThat(t.count("fist", "pointing")).isEqualTo(1);
    assertThat(t.count("fist", "none")).isEqualTo(1);
    assertThat(t.accuracy("fist")).isEqualTo(1 / 3.0);
    assertThat(t.handsFound("fist")).isEqualTo(2);
    assertThat(t.accuracy("victory")).isEqualTo(1.0);
    assertThat(t.accuracy("none")).isEqualTo(1.0);
    assertThat(t.totalRight()).isEqualTo(3);
    assertThat(t.overallAccuracy()).isEqualTo(3 / 5.0);
    assertThat(t.handsExpected()).isEqualTo(4);
    assertThat(t.handsExpectedFound()).isEqualTo(3);
    assertThat(t.detectionRate()).isEqualTo(0.75);
    assertThat(t.extraHands()).isEqualTo(1);
    assertThat(t.handsOnNoneImages()).isEqualTo(1);
    assertThat(t.failures()).isEmpty();
  }

  @Test
  void withoutBoxesEveryImageIsOneSample() throws Exception {
    photos("open_palm_five/a.jpg", "open_palm_five/b.jpg", "pointing_up_one/c.jpg", "negatives/rooms/d.jpg");
    PhotoTally t = PhotoEvaluation.evaluate(dir, GESTURES, standIn(Map.of(
        // Two hands, the second shows the expected gesture: right.
        "a.jpg", List.of(hand(LEFT, "fist"), hand(RIGHT, "open_palm")),
        "b.jpg", List.of(),
        "c.jpg", List.of(hand(LEFT, "victory")),
        "d.jpg", List.of(hand(LEFT, "fist")))));

    assertThat(t.byBoxes()).isFalse();
    assertThat(t.count("open_palm", "open_palm")).isEqualTo(1);
    assertThat(t.count("open_palm", "none")).isEqualTo(1);
    assertThat(t.count("pointing", "victory")).isEqualTo(1);
    assertThat(t.count("none", "fist")).as("a gesture on a negative is wrong").isEqualTo(1);
    assertThat(t.detectionRate()).as("images in gesture folders with a hand").isEqualTo(2 / 3.0);
    assertThat(t.handsOnNoneImages()).isEqualTo(1);
    assertThat(t.overallAccuracy()).isEqualTo(0.25);
  }

  @Test
  void unreadableImagesAndStrayFilesAreNamedAndTheRestIsScored() throws Exception {
    photos("fist/a.jpg", "fist/broken.jpg", "loose.jpg");
    Files.write(dir.resolve("boxes.csv"), List.of("local_file,xmin,ymin,xmax,ymax", "fist/a.jpg,100,100,200,250",
        "fist/gone.jpg,1,1,5,5"));
    PhotoTally t = PhotoEvaluation.evaluate(dir, GESTURES, standIn(Map.of("a.jpg", List.of(hand(LEFT, "fist")))));
    assertThat(t.total()).isEqualTo(1);
    assertThat(t.accuracy("fist")).isEqualTo(1.0);
    assertThat(t.failures()).hasSize(3).anyMatch(f -> f.contains("broken.jpg") && f.contains("decoded"))
        .anyMatch(f -> f.contains("loose.jpg: not in a gesture folder"))
        .anyMatch(f -> f.contains("names fist/gone.jpg, which is not there"));
  }

  @Test
  void aFolderThatIsNotThereIsAClearError() {
    assertThatThrownBy(() -> PhotoEvaluation.evaluate(dir.resolve("nope"), GESTURES, standIn(Map.of())))
        .isInstanceOf(EvalInputException.class).hasMessageContaining("nope: not a folder");
  }
}
