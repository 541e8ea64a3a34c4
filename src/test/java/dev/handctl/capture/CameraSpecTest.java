package dev.handctl.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CameraSpecTest {

  @Test
  void parsesIndexAndNameForms() {
    assertThat(CameraSpec.parse("camera:0")).isEqualTo(new CameraSpec(0, null, 0, 0, 0));
    assertThat(CameraSpec.parse("camera:2").index()).isEqualTo(2);
    assertThat(CameraSpec.parse("CAMERA:1").index()).isEqualTo(1);
    CameraSpec named = CameraSpec.parse("camera: HD Webcam ");
    assertThat(named.byName()).isTrue();
    assertThat(named.name()).isEqualTo("HD Webcam");
    assertThat(named.index()).isEqualTo(CameraSpec.BY_NAME);
    assertThat(named).hasToString("camera:HD Webcam");
    assertThat(CameraSpec.parse("camera:0")).hasToString("camera:0");
  }

  @Test
  void namesMatchAsCaseInsensitiveSubstrings() {
    CameraSpec spec = CameraSpec.parse("camera:hd web");
    assertThat(spec.matchesName("Logitech HD Webcam C270")).isTrue();
    assertThat(spec.matchesName("Integrated Camera")).isFalse();
    assertThat(CameraSpec.parse("camera:0").matchesName("HD Webcam")).as("an index matches no name").isFalse();
  }

  @Test
  void rejectsMalformedFormsWithAClearMessage() {
    assertThatThrownBy(() -> CameraSpec.parse("camera:")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"camera:\" names no camera").hasMessageContaining("camera:0");
    assertThatThrownBy(() -> CameraSpec.parse("camera:   ")).hasMessageContaining("names no camera");
    assertThatThrownBy(() -> CameraSpec.parse("camera:-1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"camera:-1\"").hasMessageContaining("0 or more");
    assertThatThrownBy(() -> CameraSpec.parse("camera:99999999999")).hasMessageContaining("out of range");
    assertThatThrownBy(() -> CameraSpec.parse("video:0")).hasMessageContaining("is not a camera");
  }

  @Test
  void requestIsValidated() {
    CameraSpec spec = CameraSpec.parse("camera:1").withRequest(1280, 720, 30);
    assertThat(spec).isEqualTo(new CameraSpec(1, null, 1280, 720, 30));
    assertThatThrownBy(() -> spec.withRequest(-1, 720, 30)).hasMessageContaining("-1x720");
    assertThatThrownBy(() -> new CameraSpec(0, "HD", 0, 0, 0)).hasMessageContaining("not both");
    assertThatThrownBy(() -> new CameraSpec(CameraSpec.BY_NAME, " ", 0, 0, 0)).hasMessageContaining("index");
  }

  @Test
  void retryDoublesUpToTheMaximum() {
    CameraRetry retry = new CameraRetry(250, 2000);
    assertThat(retry.delayMillis(0)).isEqualTo(250);
    assertThat(retry.delayMillis(1)).isEqualTo(500);
    assertThat(retry.delayMillis(3)).isEqualTo(2000);
    assertThat(retry.delayMillis(60)).isEqualTo(2000);
    assertThat(CameraRetry.format(250)).isEqualTo("250 ms");
    assertThat(CameraRetry.format(2000)).isEqualTo("2.0 s");
    assertThatThrownBy(() -> new CameraRetry(0, 10)).hasMessageContaining("positive");
    assertThatThrownBy(() -> new CameraRetry(100, 10)).hasMessageContaining("shorter");
  }
}
