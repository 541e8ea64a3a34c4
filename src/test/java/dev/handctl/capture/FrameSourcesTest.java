package dev.handctl.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handctl.testing.Slow;
import dev.handctl.testing.TestData;
import org.junit.jupiter.api.Test;

@Slow
class FrameSourcesTest {

  @Test
  void filesAndFoldersOpenTheRightSource() throws Exception {
    String video = TestData.require("video/mediapipe-samples/open_hand_reach.mp4").toString();
    try (FrameSource s = FrameSources.open(video, 10, false, CameraRetry.DEFAULT)) {
      assertThat(s).isInstanceOf(VideoFileSource.class);
      assertThat(s.live()).isFalse();
      assertThat(s.status().state()).isEqualTo(SourceState.RUNNING);
    }
    try (FrameSource s = FrameSources.open(video, 10, true, CameraRetry.DEFAULT)) {
      assertThat(s).isInstanceOf(PacedVideoSource.class);
      assertThat(s.live()).isTrue();
    }
    String folder = TestData.require("images/fingerpose").toString();
    try (FrameSource s = FrameSources.open(folder, 10, true, CameraRetry.DEFAULT)) {
      assertThat(s).isInstanceOf(ImageFolderSource.class);
      assertThat(s.frameRate()).isEqualTo(10);
    }
  }

  @Test
  void camerasOpenACameraSource() throws Exception {
    try (FrameSource s = FrameSources.open("camera:9", 10, true, CameraRetry.DEFAULT)) {
      assertThat(s).isInstanceOf(CameraSource.class);
      assertThat(s.live()).isTrue();
    }
  }

  @Test
  void badSourcesAreNamed() {
    assertThatThrownBy(() -> FrameSources.open("no/such/clip.mp4", 10, false, CameraRetry.DEFAULT))
        .isInstanceOf(ImageReadException.class).hasMessageStartingWith("no/such/clip.mp4: no such file or folder");
    assertThatThrownBy(() -> FrameSources.open("camera:", 10, false, CameraRetry.DEFAULT))
        .isInstanceOf(ImageReadException.class).hasMessageContaining("names no camera");
    assertThatThrownBy(() -> FrameSources.open("camera:-1", 10, false, CameraRetry.DEFAULT))
        .isInstanceOf(ImageReadException.class).hasMessageContaining("0 or more");
  }
}
