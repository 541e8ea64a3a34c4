package dev.handctl.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.testing.Slow;
import dev.handctl.testing.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Plays {@code open_hand_reach.mp4} (202 frames at 25 frames/s, 8 s) in real time. Timed by nature;
 * the bounds are generous so that a loaded machine does not fail them.
 */
@Slow
class PacedVideoSourceTest {
  private static final String VIDEO = "video/mediapipe-samples/open_hand_reach.mp4";
  private static final double FRAME_MILLIS = 40;

  @Test
  void framesBecomeAvailableAtTheFilesRate() throws Exception {
    Path video = TestData.require(VIDEO);
    List<Frame> frames = new ArrayList<>();
    long before = System.nanoTime();
    try (PacedVideoSource source = new PacedVideoSource(video)) {
      assertThat(source.live()).isTrue();
      assertThat(source.frameRate()).isEqualTo(25.0);
      while (frames.size() < 50) {
        Frame f = source.next();
        assertThat(f).isNotNull();
        frames.add(new Frame(f.index(), f.timestampNanos(), null));
      }
    }
    long after = System.nanoTime();
    Frame first = frames.get(0);
    Frame last = frames.get(frames.size() - 1);
    double meanFrameMillis = (last.timestampNanos() - first.timestampNanos()) / 1e6 / (last.index() - first.index());
    double worstMillis = 0;
    for (Frame f : frames) {
      double expected = (f.index() - first.index()) * FRAME_MILLIS;
      worstMillis = Math.max(worstMillis, Math.abs((f.timestampNanos() - first.timestampNanos()) / 1e6 - expected));
      assertThat(f.timestampNanos()).isBetween(before, after);
    }
    System.out.printf(Locale.ROOT, "paced: %d frames up to index %d, %.2f ms per frame (file: %.1f),"
        + " worst deviation from the file's times %.2f ms%n", frames.size(), last.index(), meanFrameMillis,
        FRAME_MILLIS, worstMillis);
    assertThat(first.index()).as("playback starts with the first next()").isZero();
    // A consumer that keeps up gets (nearly) every frame.
    assertThat(last.index()).isLessThan(60);
    assertThat(meanFrameMillis).isBetween(FRAME_MILLIS * 0.9, FRAME_MILLIS * 1.1);
    assertThat(worstMillis).isLessThan(100);
  }

  @Test
  void slowConsumerSeesTheNewestFramesAndTheEnd() throws Exception {
    Path video = TestData.require(VIDEO);
    List<Long> indices = new ArrayList<>();
    long start = System.nanoTime();
    long dropped;
    try (PacedVideoSource source = new PacedVideoSource(video)) {
      for (Frame f; (f = source.next()) != null; ) {
        indices.add(f.index());
        // Stands for a pipeline that needs 100 ms per frame, 2.5 frame intervals.
        Thread.sleep(100);
      }
      dropped = source.droppedFrames();
      assertThat(source.next()).as("stays at the end").isNull();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int gaps = 0;
    for (int i = 1; i < indices.size(); i++) {
      assertThat(indices.get(i)).isGreaterThan(indices.get(i - 1));
      gaps += indices.get(i) - indices.get(i - 1) > 1 ? 1 : 0;
    }
    System.out.printf(Locale.ROOT, "paced, 100 ms per frame: %d of 202 frames in %.2f s, %d gaps, %d dropped,"
        + " last index %d%n", indices.size(), seconds, gaps, dropped, indices.get(indices.size() - 1));
    assertThat(indices.size()).isBetween(40, 120);
    assertThat(gaps).isGreaterThan(indices.size() / 2);
    assertThat(dropped).isPositive();
    assertThat(indices.get(indices.size() - 1)).isGreaterThanOrEqualTo(190);
    assertThat(seconds).as("real time, not as fast as possible").isGreaterThan(7.5);
  }
}
