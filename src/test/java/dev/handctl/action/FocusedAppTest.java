package dev.handctl.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.config.ConfigLoader;
import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GestureProblem;
import dev.handctl.gesture.file.GestureFileLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bindings limited to applications ({@code apps:}), read from a file and chosen by the focus. */
class FocusedAppTest {
  private static final List<GestureDefinition> GESTURES =
      GestureFileLoader.load(List.of(Path.of("gestures"))).definitions();

  private static BindingFileLoader.Result load(Path dir, String yaml) throws Exception {
    Path file = dir.resolve("bindings.yaml");
    Files.writeString(file, yaml);
    return BindingFileLoader.load(file, GESTURES, ConfigLoader.defaults().hotkey().pause());
  }

  @Test
  void aBindingForTheAppInFrontOverridesTheDefaultOne(@TempDir Path dir) throws Exception {
    BindingFileLoader.Result r = load(dir, """
        bindings:
          - {gesture: victory, action: key, keys: ctrl+t}
          - {gesture: victory, action: key, keys: ctrl+w, apps: [Firefox, "org.gnome.Evince"]}
        """);
    assertThat(r.problems()).isEmpty();
    Binding everywhere = r.bindings().get(0);
    Binding firefox = r.bindings().get(1);
    assertThat(firefox.apps()).containsExactly("firefox", "org.gnome.evince");
    FocusedApp focus = new FocusedApp();
    assertThat(focus.allows(everywhere, r.bindings())).as("focus unknown: the default").isTrue();
    assertThat(focus.allows(firefox, r.bindings())).isFalse();
    focus.set(List.of("navigator", "firefox"));
    assertThat(focus.allows(firefox, r.bindings())).isTrue();
    assertThat(focus.allows(everywhere, r.bindings())).as("overridden in firefox").isFalse();
    focus.set(List.of("xterm"));
    assertThat(focus.allows(everywhere, r.bindings())).isTrue();
    assertThat(focus.allows(firefox, r.bindings())).isFalse();
  }

  @Test
  void aBrokenAppsListIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
    BindingFileLoader.Result r = load(dir, """
        bindings:
          - {gesture: victory, action: key, keys: ctrl+t,
             apps: firefox}
        """);
    assertThat(r.problems()).extracting(GestureProblem::line).containsExactly(3);
    assertThat(r.problems().get(0).message()).contains("apps: expected a list of application names");
  }
}
