package dev.handctl.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.testing.Slow;
import dev.handctl.testing.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

@Slow
class VideoFileSourceTest {
  private static final String VIDEO = "video/mediapipe-samples/open_hand_reach.mp4";

  /** Every frame's index, timestamp and pixel checksum, and the distinct pixel buffers used. */
  private record Run(List<Long> indices, List<Long> timestampsNanos, List<Long> checksums, int buffers) {}

  private static Run readAll(Path video, boolean readAhead) throws Exception {
    List<Long> indices = new ArrayList<>();
    List<Long> timestamps = new ArrayList<>();
    List<Long> checksums = new ArrayList<>();
    Set<byte[]> buffers = Collections.newSetFromMap(new IdentityHashMap<>());
    try (FrameSource source = new VideoFileSource(video, readAhead)) {
      assertThat(source.live()).isFalse();
      for (Frame f; (f = source.next()) != null; ) {
        indices.add(f.index());
        timestamps.add(f.timestampNanos());
        CRC32 crc = new CRC32();
        crc.update(f.image().rgb());
        checksums.add(crc.getValue());
        buffers.add(f.image().rgb());
      }
      assertThat(source.next()).as("stays at the end").isNull();
    }
    return new Run(indices, timestamps, checksums, buffers.size());
  }

  @Test
  void readAheadDeliversTheSameFramesInOrder() throws Exception {
    Path video = TestData.require(VIDEO);
    Run plain = readAll(video, false);
    Run ahead = readAll(video, true);
    assertThat(plain.indices()).hasSize(202);
    assertThat(ahead.indices()).isEqualTo(plain.indices());
    for (int i = 0; i < 202; i++) {
      assertThat(ahead.indices().get(i)).isEqualTo(i);
      assertThat(ahead.timestampsNanos().get(i)).isEqualTo(i * 40_000_000L);
    }
    assertThat(ahead.checksums()).isEqualTo(plain.checksums());
    assertThat(new java.util.HashSet<>(plain.checksums())).as("frames differ from each other").hasSizeGreaterThan(150);
    // No image buffer per frame: one reused without read-ahead, a bounded recycled set with it.
    assertThat(plain.buffers()).isEqualTo(1);
    assertThat(ahead.buffers()).isLessThanOrEqualTo(VideoFileSource.READ_AHEAD_FRAMES + 2);
  }

  @Test
  void closeEndsTheStream() throws Exception {
    Path video = TestData.require(VIDEO);
    for (boolean readAhead : new boolean[] {false, true}) {
      FrameSource source = new VideoFileSource(video, readAhead);
      assertThat(source.next()).isNotNull();
      source.close();
      assertThat(source.next()).as("after close, read-ahead " + readAhead).isNull();
      assertThat(source.description()).contains("open_hand_reach.mp4", "640x360", "25.00 frames/s");
    }
  }

  @Test
  void missingFileIsNamed() {
    Path missing = Path.of("no-such-dir", "clip.mp4");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new VideoFileSource(missing, true))
        .isInstanceOf(ImageReadException.class).hasMessage(missing + ": no such file");
  }
}
