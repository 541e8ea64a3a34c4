package dev.handctl.eval;

import dev.handctl.capture.ImageFiles;
import dev.handctl.hand.PixelBox;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores a folder of photos sorted into one folder per gesture ({@link GestureFolders} says which
 * gesture a folder expects; its images are searched recursively). With a {@link LabelledBoxes}
 * file in the folder, each labelled box is a sample, paired with a found hand by
 * {@link BoxMatcher}; an image the file does not list is one sample, as without the file. Without
 * boxes each image is one sample: right when any hand found there shows the expected gesture (for
 * a folder expecting none: when no hand shows a gesture). Images directly in the top folder belong
 * to no gesture folder and are skipped, with a note among the failures.
 */
public final class PhotoEvaluation {
  private PhotoEvaluation() {}

  /**
   * Scores the photos.
   *
   * @param dir the folder with one folder per gesture
   * @param gestures the gestures known, in the order the tables list them
   * @param analyzer finds the hands in an image
   * @return the tally; images that could not be read are among its failures
   * @throws EvalInputException when {@code dir} is not a folder or its boxes file is malformed
   */
  public static PhotoTally evaluate(Path dir, List<String> gestures, PhotoAnalyzer analyzer)
      throws EvalInputException {
    if (!Files.isDirectory(dir)) {
      throw new EvalInputException(dir + ": not a folder; expected a folder with one folder of photos per gesture"
          + " (fist/, open_palm/, negatives/...)");
    }
    Path csv = dir.resolve(LabelledBoxes.FILE_NAME);
    Map<String, List<PixelBox>> boxes = Files.isRegularFile(csv) ? LabelledBoxes.read(csv) : Map.of();
    PhotoTally tally = new PhotoTally(gestures, Files.isRegularFile(csv));
    Set<String> seen = new HashSet<>();
    for (Path image : images(dir)) {
      String relative = slashes(dir.relativize(image));
      if (image.getParent().equals(dir)) {
        tally.addFailure(relative + ": not in a gesture folder; skipped");
        continue;
      }
      String folder = dir.relativize(image).getName(0).toString();
      String expected = GestureFolders.expectedGesture(folder, gestures).orElse(PhotoTally.NONE);
      List<FoundHand> hands;
      try {
        hands = analyzer.analyse(image).hands();
      } catch (EvalInputException e) {
        tally.addFailure(e.getMessage());
        continue;
      }
      seen.add(relative);
      tally.countImage();
      List<PixelBox> labelled = boxes.get(relative);
      if (labelled != null) {
        scoreBoxes(tally, relative, expected, labelled, hands);
      } else {
        scoreImage(tally, relative, expected, hands);
      }
    }
    boxes.keySet().stream().filter(k -> !seen.contains(k)).forEach(k -> {
      if (!Files.exists(dir.resolve(k))) {
        tally.addFailure(csv + ": names " + k + ", which is not there");
      }
    });
    return tally;
  }

  private static void scoreBoxes(PhotoTally tally, String image, String expected, List<PixelBox> labelled,
      List<FoundHand> hands) {
    List<BoxMatcher.Pair> pairs = BoxMatcher.match(labelled, hands.stream().map(FoundHand::box).toList());
    for (int r = 0; r < labelled.size(); r++) {
      final int ref = r;
      FoundHand hand = pairs.stream().filter(p -> p.reference() == ref).findFirst()
          .map(p -> hands.get(p.found())).orElse(null);
      tally.add(new PhotoTally.Sample(image, expected, true, hand != null, gestureOf(hand)));
    }
    tally.addExtraHands(hands.size() - pairs.size());
  }

  private static void scoreImage(PhotoTally tally, String image, String expected, List<FoundHand> hands) {
    String recognised;
    if (hands.stream().anyMatch(h -> expected.equals(gestureOf(h)))) {
      recognised = expected;
    } else {
      recognised = hands.stream().map(PhotoEvaluation::gestureOf).filter(g -> !g.equals(PhotoTally.NONE))
          .findFirst().orElse(PhotoTally.NONE);
    }
    tally.add(new PhotoTally.Sample(image, expected, !expected.equals(PhotoTally.NONE), !hands.isEmpty(),
        recognised));
  }

  private static String gestureOf(FoundHand hand) {
    return hand == null || hand.gesture() == null ? PhotoTally.NONE : hand.gesture();
  }

  private static List<Path> images(Path dir) throws EvalInputException {
    // Linked folders are followed: a test set is often put together from links to other folders.
    try (Stream<Path> files = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
      return files.filter(Files::isRegularFile).filter(ImageFiles::isImage).sorted().toList();
    } catch (IOException | RuntimeException e) {
      throw new EvalInputException(dir + ": cannot list the photos (" + e.getMessage() + ")");
    }
  }

  private static String slashes(Path relative) {
    List<String> parts = new ArrayList<>();
    relative.forEach(p -> parts.add(p.toString()));
    return String.join("/", parts);
  }
}
