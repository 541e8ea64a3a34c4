package dev.handctl.gesture.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.capture.ImageFiles;
import dev.handctl.capture.StillImageReader;
import dev.handctl.gesture.HandGeometry;
import dev.handctl.gesture.HandShape;
import dev.handctl.hand.DetectedHand;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.testing.Models;
import dev.handctl.testing.Slow;
import dev.handctl.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Teaching from photos of different people and sessions (the real webcam folders): each folder's
 * even-numbered photos are taught, its odd-numbered ones held out; once alone, once with the
 * even-numbered photos of the other folders as negatives. Prints how many held-out hands of each
 * folder are accepted (none of the negatives themselves may be: the reject distance is cut under
 * them). The folders are shipped poses, so this measures the learning, not a new pose.
 */
@Slow
class PhotoFoldersTeachTest {
  @Test
  void halfOfEachFolderTaughtTheOtherHalfTried() throws Exception {
    Path root = TestData.require("images/subhih-webcam");
    Map<String, List<List<double[]>>> photos = new LinkedHashMap<>();
    try (Stream<Path> folders = Files.list(root)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        List<List<double[]>> list = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
          for (Path p : files.filter(ImageFiles::isImage).sorted().toList()) {
            List<double[]> hands = new ArrayList<>();
            for (DetectedHand h : Models.finder().find(new StillImageReader().read(p), 2)) {
              HandLandmarks l = h.landmarks();
              hands.add(HandShape.normalise(l.keypoints(), HandGeometry.rightAsSeen(l.handedness(), false)));
            }
            list.add(hands);
          }
        }
        photos.put(folder.getFileName().toString(), list);
      }
    }
    StringBuilder b = new StringBuilder("taught from the even photos of a folder: held-out (odd) hands accepted,"
        + " per folder; reject distance alone / with the other folders' even photos as negatives\n");
    for (String taught : photos.keySet()) {
      List<Example> ex = new ArrayList<>();
      List<double[]> negatives = new ArrayList<>();
      photos.forEach((folder, list) -> {
        for (int i = 0; i < list.size(); i += 2) {
          if (folder.equals(taught) && list.get(i).size() == 1) { // teach keeps photos of exactly one hand
            ex.add(new Example(list.get(i).get(0), ex.size() + 1, 0, folder + " " + i));
          } else if (!folder.equals(taught)) {
            negatives.addAll(list.get(i));
          }
        }
      });
      RejectDistance alone = RejectDistance.choose(ex, List.of(), LearnSettings.DEFAULTS);
      RejectDistance cut = RejectDistance.choose(ex, negatives, LearnSettings.DEFAULTS);
      for (double[] n : negatives) {
        assertThat(RejectDistance.nearest(ex, n)).isGreaterThan(cut.distance());
      }
      for (RejectDistance r : List.of(alone, cut)) {
        b.append(String.format(Locale.ROOT, "  %-15s %d examples, reject %.3f%s:", taught, ex.size(), r.distance(),
            r == cut ? " (negatives)" : ""));
        photos.forEach((folder, list) -> {
          int accepted = 0;
          int hands = 0;
          for (int i = 1; i < list.size(); i += 2) {
            for (double[] h : list.get(i)) {
              hands++;
              accepted += RejectDistance.nearest(ex, h) <= r.distance() ? 1 : 0;
            }
          }
          b.append(String.format(Locale.ROOT, " %s %d/%d", folder.equals(taught) ? "SELF" : folder.substring(0, 4),
              accepted, hands));
        });
        b.append('\n');
      }
    }
    System.out.print(b);
  }
}
