package dev.handctl.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.action.Binding;
import dev.handctl.action.BindingFileLoader;
import dev.handctl.config.ConfigLoader;
import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.file.GestureFileLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reload line says what changed: settings, gestures by name, bindings by count (shipped files). */
class RuleChangesTest {
  @Test
  void namesWhatChanged() {
    List<GestureDefinition> gestures = GestureFileLoader.load(List.of(Path.of("gestures"))).definitions();
    List<Binding> bindings = BindingFileLoader.load(Path.of("gestures", "bindings.yaml"), gestures,
        ConfigLoader.defaults().hotkey().pause()).bindings();
    Rules before = new Rules(ConfigLoader.defaults(), gestures, bindings);
    assertThat(RuleChanges.describe(before, before)).isEqualTo("nothing changed");

    List<GestureDefinition> fewer = new ArrayList<>(gestures);
    fewer.removeIf(g -> g.name().equals("victory"));
    Rules after = new Rules(ConfigLoader.check("config.yaml", "pointer:\n  mode: absolute\n").config(), fewer,
        bindings.subList(1, bindings.size()));
    assertThat(RuleChanges.describe(before, after)).isEqualTo(
        "settings changed: pointer.mode: RELATIVE -> ABSOLUTE; gestures removed: victory; bindings: 0 new or changed,"
            + " 1 gone");
  }
}
