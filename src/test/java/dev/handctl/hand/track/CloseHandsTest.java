package dev.handctl.hand.track;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.capture.RgbImage;
import dev.handctl.capture.StillImageReader;
import dev.handctl.config.ConfigLoader;
import dev.handctl.config.HandctlConfig;
import dev.handctl.eval.LabelledBoxes;
import dev.handctl.hand.PixelBox;
import dev.handctl.hand.StageTimer;
import dev.handctl.hand.detect.PalmDetector;
import dev.handctl.hand.detect.PalmDetectorConfig;
import dev.handctl.hand.model.ModelManifest;
import dev.handctl.inference.ModelFiles;
import dev.handctl.inference.TfModel;
import dev.handctl.testing.Models;
import dev.handctl.testing.Slow;
import dev.handctl.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hands close to the camera, filling the picture with little wrist showing: the real webcam photos
 * cut tightly around each labelled hand (5% margin), found with and without the zoomed-out
 * detector pass ({@code detector.zoomOutScale}).
 */
@Slow
class CloseHandsTest {
  @Test
  void theZoomedOutPassFindsHandsThatFillThePicture() throws Exception {
    Path dir = TestData.require("images/subhih-webcam");
    Map<String, List<PixelBox>> boxes = LabelledBoxes.read(dir.resolve(LabelledBoxes.FILE_NAME));
    HandctlConfig config = ConfigLoader.defaults();
    PalmDetectorConfig d = config.detector();
    assertThat(d.zoomOutPass()).as("on by default").isTrue();
    PalmDetectorConfig plainOnly = new PalmDetectorConfig(d.minScore(), d.nmsIouThreshold(), d.rotationStartKeypoint(), d.rotationEndKeypoint(), d.rotationTargetDegrees(),
        d.regionScale(), d.regionShiftY(), d.mirroredPass(), 1);
    ModelFiles files = new ModelFiles(List.of(Models.DIR));
    try (TfModel model = TfModel.load(files, config.models().detector(), 1);
        PalmDetector withoutZoom = new PalmDetector(model, ModelManifest.palm(files, config.models().detector()),
            plainOnly, StageTimer.NONE)) {
      StillImageHandFinder without = new StillImageHandFinder(withoutZoom, Models.landmarker(),
          config.still().extraCandidates(), config.still().refinePasses(), config.still().partMaxAreaShare());
      int hands = 0;
      int foundWith = 0;
      int foundWithout = 0;
      StillImageReader reader = new StillImageReader();
      for (var e : boxes.entrySet()) {
        RgbImage photo = reader.read(dir.resolve(e.getKey()));
        for (PixelBox box : e.getValue()) {
          RgbImage tight = crop(photo, box, 0.05);
          hands++;
          foundWith += Models.finder().find(tight, 1).isEmpty() ? 0 : 1;
          foundWithout += without.find(tight, 1).isEmpty() ? 0 : 1;
        }
      }
      System.out.printf("close hands (webcam photos cut to each hand): found %d of %d with the zoomed-out pass,"
          + " %d without%n", foundWith, hands, foundWithout);
      assertThat(hands).isEqualTo(52);
      assertThat(foundWith).isGreaterThanOrEqualTo(40).isGreaterThan(foundWithout);
    }
  }

  /** The box widened by a margin (a share of its larger side) on every side, clipped to the image. */
  private static RgbImage crop(RgbImage image, PixelBox box, double margin) {
    double m = Math.max(box.widthPx(), box.heightPx()) * margin;
    int x0 = (int) Math.max(0, Math.floor(box.xMinPx() - m));
    int y0 = (int) Math.max(0, Math.floor(box.yMinPx() - m));
    int x1 = (int) Math.min(image.width(), Math.ceil(box.xMaxPx() + m));
    int y1 = (int) Math.min(image.height(), Math.ceil(box.yMaxPx() + m));
    int w = x1 - x0;
    int h = y1 - y0;
    byte[] rgb = new byte[w * h * 3];
    for (int y = 0; y < h; y++) {
      System.arraycopy(image.rgb(), ((y0 + y) * image.width() + x0) * 3, rgb, y * w * 3, w * 3);
    }
    return new RgbImage(w, h, rgb);
  }
}
