package dev.handctl.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.config.ConfigLoader;
import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GesturePhase;
import dev.handctl.gesture.GestureProblem;
import dev.handctl.gesture.file.GestureFileLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BindingFileLoaderTest {
  private static final List<GestureDefinition> GESTURES =
      GestureFileLoader.load(List.of(Path.of("gestures"))).definitions();
  private static final KeyChord HOTKEY = ConfigLoader.defaults().hotkey().pause();

  @Test
  void theShippedBindingsAreCleanAndDoWhatTheReadmeSays() {
    BindingFileLoader.Result r = BindingFileLoader.load(Path.of("gestures", "bindings.yaml"), GESTURES, HOTKEY);
    assertThat(r.problems()).isEmpty();
    assertThat(r.bindings()).extracting(b -> b.gesture() + " " + b.action().key())
        .containsExactly("pointing move", "fist clutch", "pinch drag", "swipe_up scroll", "swipe_down scroll",
            "swipe_left scroll", "swipe_right scroll");
    assertThat(r.bindings().get(3).scrollDirection()).isEqualTo(ScrollDirection.DOWN);
    assertThat(r.bindings().get(2).lasting()).isTrue();
    assertThat(r.bindings()).allMatch(b -> b.hand() == HandSelector.PRIMARY);
  }

  @Test
  void everyMistakeIsReportedWithItsLine() {
    String text = String.join("\n",
        "bindings:",
        "  - {gesture: pointing, action: move}",
        "  - {gesture: pinchh, action: click}",              // 3: unknown gesture
        "  - {gesture: fist, action: explode}",              // 4: unknown action
        "  - {gesture: swipe_left, action: move}",           // 5: lasting action on a motion gesture
        "  - {gesture: victory, action: key, keys: ctrl+alt+h}", // 6: the pause hotkey
        "  - {gesture: three, action: scroll, steps: 500}",  // 7: no direction, steps out of range
        "  - {gesture: four, action: key, keys: ctrl+banana}", // 8: unknown key
        "  - {gesture: pointing, action: drag}",             // 9: second pointer action on pointing
        "  - {gesture: thumbs_up, action: click, button: left, on: sometime}", // 10: unknown phase
        "  - {gesture: open_palm, action: move, on: end}",   // 11: 'on' on a lasting action
        "  - {gesture: fist, action: click, colour: red}",   // 12: unknown key
        "");
    BindingFileLoader.Result r = BindingFileLoader.parse("b.yaml", text, GESTURES, HOTKEY);
    List<String> problems = r.problems().stream().map(GestureProblem::toString).toList();
    problems.forEach(System.out::println);
    assertThat(problems).anyMatch(p -> p.startsWith("b.yaml:3:") && p.contains("unknown gesture 'pinchh'"));
    assertThat(problems).anyMatch(p -> p.startsWith("b.yaml:4:") && p.contains("unknown action 'explode'"));
    assertThat(problems).anyMatch(p -> p.startsWith("b.yaml:5:") && p.contains("motion gesture"));
    assertThat(problems).anyMatch(p -> p.startsWith("b.yaml:6:") && p.contains("pause hotkey"));
    assertThat(problems).anyMatch(p -> p.startsWith("b.yaml:7:") && p.contains("needs a direction"));
    assertThat(problems).anyMatch(p -> p.startsWith("b.yaml:7:") && p.contains("steps: expected a number from 1 to 100"));
    assertThat(problems).anyMatch(p -> p.startsWith("b.yaml:8:") && p.contains("unknown key 'banana'"));
    assertThat(problems).anyMatch(p -> p.startsWith("b.yaml:9:") && p.contains("already steers the pointer"));
    assertThat(problems).anyMatch(p -> p.startsWith("b.yaml:10:") && p.contains("unknown phase 'sometime'"));
    assertThat(problems).anyMatch(p -> p.startsWith("b.yaml:11:") && p.contains("'on' applies only"));
    assertThat(problems).anyMatch(p -> p.startsWith("b.yaml:12:") && p.contains("unknown key 'colour'"));
    assertThat(r.bindings()).extracting(Binding::gesture).containsExactly("pointing");
  }

  @Test
  void optionsAreRead() {
    String text = String.join("\n",
        "bindings:",
        "  - {gesture: victory, action: click, button: right, on: end, hand: any}",
        "  - {gesture: thumbs_up, action: scroll, direction: up, rate: 8}",
        "  - {gesture: three, action: key, keys: Alt+Left, hold: true}",
        "");
    BindingFileLoader.Result r = BindingFileLoader.parse("b.yaml", text, GESTURES, HOTKEY);
    assertThat(r.problems()).isEmpty();
    Binding click = r.bindings().get(0);
    assertThat(click.button()).isEqualTo(MouseButton.RIGHT);
    assertThat(click.on()).isEqualTo(GesturePhase.END);
    assertThat(click.hand()).isEqualTo(HandSelector.ANY);
    Binding scroll = r.bindings().get(1);
    assertThat(scroll.scrollRate()).isTrue();
    assertThat(scroll.scrollSteps()).isEqualTo(8);
    assertThat(scroll.lasting()).isTrue();
    Binding key = r.bindings().get(2);
    assertThat(key.keys().keys()).containsExactly("alt", "left");
    assertThat(key.lasting()).isTrue();
  }

  @Test
  void brokenYamlIsNamedWithItsLine() {
    BindingFileLoader.Result r = BindingFileLoader.parse("b.yaml", "bindings:\n  - {gesture: fist, action: [\n", GESTURES,
        HOTKEY);
    assertThat(r.problems()).hasSize(1);
    assertThat(r.problems().get(0).toString()).startsWith("b.yaml:").contains("not valid YAML");
  }
}
