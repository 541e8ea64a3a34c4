package dev.handctl.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the focus is read, and the reason given where it is not. */
class FocusWatchTest {
  @Test
  void aDryRunReadsNoFocus() {
    assertThatThrownBy(() -> FocusWatch.opener(false, true, Map.of("DISPLAY", ":0")).open())
        .isInstanceOf(IOException.class).hasMessageContaining("dry run");
  }

  @Test
  void aWaylandSessionAsksTheCompositorAndSaysWhenThereIsNone() {
    Map<String, String> env = Map.of("WAYLAND_DISPLAY", "/nonexistent/handctl-test-wayland-socket");
    assertThatThrownBy(() -> FocusWatch.opener(true, false, env).open()).isInstanceOf(IOException.class)
        .hasMessageContaining("handctl-test-wayland-socket");
  }

  @Test
  void anX11OutputWithoutADisplaySaysSo() {
    assertThatThrownBy(() -> FocusWatch.opener(true, true, Map.of()).open()).isInstanceOf(IOException.class)
        .hasMessageContaining("X display");
  }

  @Test
  void neitherDesktopSaysSo() {
    assertThatThrownBy(() -> FocusWatch.opener(true, false, Map.of()).open()).isInstanceOf(IOException.class)
        .hasMessageContaining("no X11 display or Wayland compositor");
  }
}
