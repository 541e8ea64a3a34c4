package dev.handctl.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.handctl.capture.CameraDevice;
import dev.handctl.capture.CameraRetry;
import dev.handctl.capture.CameraSource;
import dev.handctl.capture.CameraUnavailableException;
import dev.handctl.capture.Frame;
import dev.handctl.capture.RgbImage;
import dev.handctl.capture.SourceState;
import dev.handctl.capture.VideoFileReader;
import dev.handctl.config.ConfigLoader;
import dev.handctl.config.HandctlConfig;
import dev.handctl.hand.TrackedFrame;
import dev.handctl.hand.TrackedHand;
import dev.handctl.hand.track.HandTracker;
import dev.handctl.hand.track.PalmSearcher;
import dev.handctl.testing.Models;
import dev.handctl.testing.Slow;
import dev.handctl.testing.TestData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The live pipeline survives its camera going away: a camera that is missing at start, delivers
 * real frames, is unplugged, is missing again and comes back. The same source, tracker and loop
 * find the hand again without a restart.
 */
@Slow
class TrackingLoopRecoveryTest {
  private static final int FRAMES_PER_CONNECTION = 40;
  private static final java.util.concurrent.atomic.AtomicLong unpluggedAtNanos =
      new java.util.concurrent.atomic.AtomicLong();
  private static final AtomicInteger framesWithHandBefore = new AtomicInteger();

  /** Plays real frames (round and round) like a 100 frames/s camera, then reports itself unplugged. */
  private static final class ReplayCamera implements CameraDevice {
    private final List<RgbImage> frames;
    private final int framesBeforeUnplug;
    private int grabbed;

    ReplayCamera(List<RgbImage> frames, int framesBeforeUnplug) {
      this.frames = frames;
      this.framesBeforeUnplug = framesBeforeUnplug;
    }

    @Override
    public boolean grab() {
      // Unplugged after its frames, once the loop has tracked the hand on a few of them (or after
      // ten times as many frames): a loaded machine processes fewer of the 100 frames a second.
      if (grabbed >= framesBeforeUnplug && (framesWithHandBefore.get() > 5 || grabbed >= 10L * framesBeforeUnplug)) {
        unpluggedAtNanos.compareAndSet(0, System.nanoTime());
        return false; // unplugged
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      grabbed++;
      return true;
    }

    @Override
    public RgbImage retrieve(RgbImage reuse) {
      RgbImage src = frames.get((grabbed - 1) % frames.size());
      RgbImage out = reuse != null && reuse.rgb().length == src.rgb().length ? reuse
          : new RgbImage(src.width(), src.height(), new byte[src.rgb().length]);
      System.arraycopy(src.rgb(), 0, out.rgb(), 0, src.rgb().length);
      return out;
    }

    @Override
    public int widthPx() {
      return frames.get(0).width();
    }

    @Override
    public int heightPx() {
      return frames.get(0).height();
    }

    @Override
    public double frameRate() {
      return 100;
    }

    @Override
    public String name() {
      return "replay";
    }

    @Override
    public void close() {}
  }

  @Test
  void theTrackerFindsTheHandAgainAfterTheCameraComesBack() throws Exception {
    List<RgbImage> frames = new ArrayList<>();
    try (VideoFileReader in = VideoFileReader.open(TestData.require("video/tfjs-asl/asl_hand.25fps.mp4"))) {
      for (int i = 0; i < FRAMES_PER_CONNECTION; i++) {
        RgbImage f = in.next().image();
        frames.add(new RgbImage(f.width(), f.height(), f.rgb().clone()));
      }
    }
    AtomicInteger opens = new AtomicInteger();
    List<SourceState> states = Collections.synchronizedList(new ArrayList<>());
    HandctlConfig config = ConfigLoader.defaults();
    // The retry wait (600 ms) is longer than tracker.maxFrameGapMillis, so the tracker starts afresh.
    assertThat(config.tracker().maxFrameGapMillis()).isLessThan(600);
    CameraSource source = new CameraSource(() -> {
      int attempt = opens.incrementAndGet();
      if (attempt == 1 || attempt == 3) {
        throw new CameraUnavailableException("no camera at /dev/video0 (test, attempt " + attempt + ")", true);
      }
      return new ReplayCamera(frames, attempt == 2 ? 5 * FRAMES_PER_CONNECTION : Integer.MAX_VALUE); // 2 s, then unplugged
    }, new CameraRetry(600, 600), "camera:test");
    source.addStatusListener(s -> {
      synchronized (states) {
        if (states.isEmpty() || states.get(states.size() - 1) != s.state()) {
          states.add(s.state());
        }
      }
    });
    List<Integer> idsBefore = new ArrayList<>();
    List<Integer> idsAfter = new ArrayList<>();
    try (source; PalmSearcher searcher = PalmSearcher.concurrent(Models.detector(), Models.workerDetector())) {
      HandTracker tracker = new HandTracker(searcher, Models.landmarker(), config.tracker(), config.idle());
      TrackingLoop loop = new TrackingLoop(source, tracker, false);
      assertTimeoutPreemptively(Duration.ofSeconds(60), () -> loop.run((Frame frame, TrackedFrame report,
          long start, long done) -> {
        List<TrackedHand> hands = report.hands();
        long unplugged = unpluggedAtNanos.get();
        List<Integer> ids = unplugged == 0 || frame.timestampNanos() < unplugged ? idsBefore : idsAfter;
        hands.forEach(h -> ids.add(h.id()));
        if (ids == idsBefore && !hands.isEmpty()) {
          framesWithHandBefore.incrementAndGet();
        }
        if (idsAfter.size() >= 10) {
          loop.stop();
        }
      }));
    }
    assertThat(opens.get()).as("opened, lost, reopened").isEqualTo(4);
    assertThat(states).containsSubsequence(SourceState.WAITING_FOR_CAMERA, SourceState.RUNNING,
        SourceState.WAITING_FOR_CAMERA, SourceState.RUNNING);
    assertThat(idsBefore).as("the hand was tracked before the camera went away").hasSizeGreaterThan(5);
    assertThat(idsAfter).as("and again after it came back").hasSizeGreaterThanOrEqualTo(10);
    assertThat(idsAfter.get(0)).as("found afresh after the gap, not carried over").isNotEqualTo(
        idsBefore.get(idsBefore.size() - 1));
  }
}
