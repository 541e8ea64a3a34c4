package dev.handctl.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.handctl.testing.Slow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ClipRecorder} on stand-in frame sources (this machine has no camera): synthetic frames
 * with known timestamps, a camera that is never there, a camera the user stops.
 */
@Slow
class ClipRecorderTest {
  private static final int W = 64;
  private static final int H = 48;

  @TempDir
  Path dir;

  /** A source of synthetic frames, one every {@code intervalNanos}, each a flat grey of its index. */
  private static final class SyntheticSource implements FrameSource {
    final long count;
    final long intervalNanos;
    long next;
    volatile boolean closed;

    SyntheticSource(long count, long intervalNanos) {
      this.count = count;
      this.intervalNanos = intervalNanos;
    }

    @Override
    public Frame next() {
      if (closed || next >= count) {
        return null;
      }
      byte[] rgb = new byte[W * H * 3];
      java.util.Arrays.fill(rgb, (byte) (next * 8));
      Frame f = new Frame(next, 1_000_000_000L + next * intervalNanos, new RgbImage(W, H, rgb));
      next++;
      return f;
    }

    @Override
    public double frameRate() {
      return 1e9 / intervalNanos;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** A sink that keeps the timestamps it was given. */
  private static final class KeepingSink implements FrameSink {
    final List<Long> timestamps = new ArrayList<>();
    boolean closed;

    @Override
    public boolean write(RgbImage frame, long timestampNanos) {
      timestamps.add(timestampNanos);
      return true;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void recordsTheFirstSecondsIntoARealVideoFile() throws Exception {
    Path out = dir.resolve("clip.mp4");
    // 30 frames/s for 3 s, of which 1 s is wanted (the interval rounded up, so frame 30 is at 1.0 s, not before).
    ClipRecorder recorder = new ClipRecorder(new SyntheticSource(90, 33_333_334L),
        (w, h) -> VideoFileWriter.open(out, w, h, 30), 1.0, 1000);
    ClipRecorder.Result r = recorder.record();

    assertThat(r.noFrameReason()).isNull();
    assertThat(r.framesRead()).isEqualTo(30);
    assertThat(r.framesWritten()).isEqualTo(30);
    assertThat(r.widthPx()).isEqualTo(W);
    assertThat(r.heightPx()).isEqualTo(H);
    assertThat(r.seconds()).isBetween(0.95, 1.0);
    int frames = 0;
    try (VideoFileReader in = VideoFileReader.open(out)) {
      assertThat(in.widthPx()).isEqualTo(W);
      assertThat(in.heightPx()).isEqualTo(H);
      assertThat(in.frameRate()).isCloseTo(30, org.assertj.core.data.Offset.offset(0.1));
      while (in.next() != null) {
        frames++;
      }
    }
    assertThat(frames).isEqualTo(30);
  }

  @Test
  void aSourceFasterThanTheFileRateIsThinned() throws Exception {
    Path out = dir.resolve("fast.mkv");
    // 90 frames/s into a 30 frames/s file: two frames in three are dropped.
    VideoFileWriter[] writer = new VideoFileWriter[1];
    ClipRecorder.Result r = new ClipRecorder(new SyntheticSource(90, 11_111_111L), (w, h) -> {
      writer[0] = VideoFileWriter.open(out, w, h, 30);
      return writer[0];
    }, 10, 1000).record();
    assertThat(r.framesRead()).isEqualTo(90);
    assertThat(r.framesWritten()).isBetween(29L, 31L);
    assertThat(writer[0].codec()).isIn("H.264", "MPEG-4");
  }

  @Test
  void aMissingCameraGivesUpAfterTheWaitAndCreatesNothing() {
    AtomicInteger sinks = new AtomicInteger();
    CameraSource camera = new CameraSource(() -> {
      throw new CameraUnavailableException("no camera at /dev/video7 (camera:7)", true);
    }, new CameraRetry(20, 50), "camera:7");
    ClipRecorder.Result r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      try (camera) {
        return new ClipRecorder(camera, (w, h) -> {
          sinks.incrementAndGet();
          return new KeepingSink();
        }, 5, 300).record();
      }
    });
    assertThat(sinks).hasValue(0);
    assertThat(r.framesWritten()).isZero();
    assertThat(r.noFrameReason()).isEqualTo("no frame within 0.3 s (no camera at /dev/video7 (camera:7))");
  }

  @Test
  void stopEndsTheClipAndTheSinkIsFinished() throws Exception {
    KeepingSink sink = new KeepingSink();
    // A source that never ends; stop() comes from another thread, as Ctrl-C does.
    SyntheticSource endless = new SyntheticSource(Long.MAX_VALUE, 1_000_000L);
    ClipRecorder recorder = new ClipRecorder(endless, (w, h) -> sink, 3600, 1000);
    Thread stopper = new Thread(() -> {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
      recorder.stop();
    });
    stopper.start();
    ClipRecorder.Result r = assertTimeoutPreemptively(Duration.ofSeconds(5), recorder::record);
    assertThat(sink.closed).isTrue();
    assertThat(r.framesWritten()).isPositive().isEqualTo(sink.timestamps.size());
  }

  @Test
  void aSinkThatCannotBeCreatedIsReportedByName() {
    Path out = dir.resolve("no-such-folder").resolve("clip.mp4");
    ClipRecorder recorder = new ClipRecorder(new SyntheticSource(5, 33_333_333L),
        (w, h) -> VideoFileWriter.open(out, w, h, 30), 1, 1000);
    org.assertj.core.api.Assertions.assertThatThrownBy(recorder::record).isInstanceOf(IOException.class)
        .hasMessageContaining(out.toString());
    assertThat(Files.exists(out)).isFalse();
  }
}
