package dev.handctl.hand.track;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handctl.capture.VideoFileReader;
import dev.handctl.config.ConfigLoader;
import dev.handctl.config.HandctlConfig;
import dev.handctl.hand.KeypointName;
import dev.handctl.hand.PixelKeypoint;
import dev.handctl.hand.TrackedHand;
import dev.handctl.testing.Models;
import dev.handctl.testing.Slow;
import dev.handctl.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tracker on the real ASL video against the reference keypoints. */
@Slow
class TrackerAccuracyTest {
  @ParameterizedTest(name = "concurrent search: {0}")
  @ValueSource(booleans = {false, true})
  void followsTheAslHandWithRareDetectorRuns(boolean concurrent) throws Exception {
    Path video = TestData.require("video/tfjs-asl/asl_hand.25fps.mp4");
    JsonNode reference = new ObjectMapper().readTree(TestData.require("video/tfjs-asl/asl_hand.full.json").toFile());
    HandctlConfig config = ConfigLoader.defaults();
    PalmSearcher searcher = concurrent ? PalmSearcher.concurrent(Models.detector(), Models.workerDetector())
        : PalmSearcher.inline(Models.detector());
    HandTracker tracker = new HandTracker(searcher, Models.landmarker(), config.tracker(), config.idle());
    int frames = 0;
    int withHand = 0;
    int ids = 0;
    double distanceSum = 0;
    java.util.Set<Integer> seenIds = new java.util.HashSet<>();
    try (searcher; VideoFileReader in = VideoFileReader.open(video)) {
      for (VideoFileReader.VideoFrame f; (f = in.next()) != null; ) {
        frames++;
        List<TrackedHand> hands = tracker.process(f.image(), f.timestampMicros() * 1000, false);
        if (!hands.isEmpty()) {
          withHand++;
          hands.forEach(h -> seenIds.add(h.id()));
          JsonNode ref = reference.get(f.index());
          double best = Double.MAX_VALUE;
          for (TrackedHand h : hands) {
            double sum = 0;
            for (int k = 0; k < KeypointName.COUNT; k++) {
              PixelKeypoint p = h.landmarks().keypoints().get(k);
              sum += Math.hypot(p.xPx() - ref.get(k).get(0).asDouble(), p.yPx() - ref.get(k).get(1).asDouble());
            }
            best = Math.min(best, sum / KeypointName.COUNT);
          }
          distanceSum += best;
        }
      }
    }
    ids = seenIds.size();
    double handRate = withHand / (double) frames;
    double detectorRate = tracker.detectorRuns() / (double) frames;
    double mean = distanceSum / withHand;
    System.out.printf(Locale.ROOT, "tracking asl_hand.25fps.mp4 (concurrent %s): %d frames, hand in %.1f%%, mean keypoint distance"
        + " %.2f px, detector on %d frames (%.1f%%), %d hand id(s)%n", concurrent, frames, 100 * handRate, mean,
        tracker.detectorRuns(), 100 * detectorRate, ids);
    assertThat(handRate).isGreaterThanOrEqualTo(0.97);
    assertThat(mean).isLessThanOrEqualTo(10.0);
    assertThat(detectorRate).isLessThanOrEqualTo(0.10);
    assertThat(ids).as("one hand, followed without losing it").isEqualTo(1);
  }
}
