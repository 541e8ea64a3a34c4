package dev.handctl.gesture.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GestureProblem;
import dev.handctl.gesture.PalmFacing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gesture files: the shipped ones load, and mistakes are reported with file and line, all of them. */
class GestureFileLoaderTest {
  @Test
  void theShippedGesturesLoadCleanly() {
    GestureFileLoader.Result r = GestureFileLoader.load(List.of(Path.of("gestures")));
    assertThat(r.problems()).isEmpty();
    assertThat(r.definitions()).extracting(GestureDefinition::name).contains("open_palm", "fist", "pointing", "pinch",
        "victory", "three", "four", "thumbs_up");
  }

  @Test
  void everyMistakeIsReportedWithItsLine() {
    String text = String.join("\n",
        "name: broken",
        "fingers:",
        "  index: {curl: extended}",
        "  thumbb: {curl: curled}",
        "  ring: {curl: bent}",
        "score: {enter: 1.5, exit: 0.5}",
        "");
    List<GestureProblem> problems = new ArrayList<>();
    assertThat(GestureFileLoader.parse("broken.yaml", text, problems)).isNull();
    assertThat(problems).extracting(GestureProblem::line).containsExactly(4, 5, 6);
    assertThat(problems.get(0).message()).contains("unknown finger 'thumbb'").contains("thumb");
    assertThat(problems.get(1).message()).contains("unknown curl 'bent'");
    assertThat(problems.get(2).message()).contains("score.enter").contains("0.01 to 1");
    assertThat(problems.get(0).toString()).startsWith("broken.yaml:4: ");
  }

  @Test
  void palmAndSpeedRulesAreReadInBothForms() {
    List<GestureProblem> problems = new ArrayList<>();
    GestureDefinition shown = GestureFileLoader.parse("shown.yaml", String.join("\n",
        "name: shown",
        "palm: [towards, sideways]",
        "speed: {below: 2, releaseBelow: 5}",
        ""), problems);
    GestureDefinition weighted = GestureFileLoader.parse("weighted.yaml", String.join("\n",
        "name: weighted",
        "fingers:",
        "  index: {curl: extended}",
        "palm: {facing: away, weight: 2}",
        "speed: {above: 1, weight: 0.5}",
        ""), problems);
    assertThat(problems).isEmpty();
    assertThat(shown.palm().facings()).containsExactlyInAnyOrder(PalmFacing.TOWARDS, PalmFacing.SIDEWAYS);
    assertThat(shown.palm().weight()).isEqualTo(1);
    assertThat(shown.speed().below()).isEqualTo(2);
    assertThat(shown.speed().above()).isNaN();
    assertThat(shown.speed().releaseBelow()).isEqualTo(5);
    assertThat(weighted.palm().facings()).containsExactly(PalmFacing.AWAY);
    assertThat(weighted.palm().weight()).isEqualTo(2);
    assertThat(weighted.speed().above()).isEqualTo(1);
    assertThat(weighted.speed().releaseAbove()).as("no bound once under way unless given").isNaN();
    assertThat(weighted.speed().weight()).isEqualTo(0.5);
  }

  @Test
  void palmAndSpeedMistakesAreReportedWithTheirLines() {
    String text = String.join("\n",
        "name: broken",
        "fingers:",
        "  index: {curl: extended}",
        "palm: upwards",
        "speed: {under: 2}",
        "");
    List<GestureProblem> problems = new ArrayList<>();
    assertThat(GestureFileLoader.parse("broken.yaml", text, problems)).isNull();
    assertThat(problems).extracting(GestureProblem::line).containsExactly(4, 5);
    assertThat(problems.get(0).message()).contains("unknown palm facing 'upwards'").contains("towards");
    assertThat(problems.get(1).message()).contains("unknown key 'under'").contains("below");

    problems.clear();
    GestureFileLoader.parse("speeds.yaml", String.join("\n",
        "name: speeds",
        "palm: {weight: 2}",
        "speed: {above: 3, below: 2}",
        ""), problems);
    GestureFileLoader.parse("fast.yaml", "name: fast\nspeed: {below: fast}\n", problems);
    GestureFileLoader.parse("loose.yaml", "name: loose\nspeed: {below: 2, releaseBelow: 1}\n", problems);
    GestureFileLoader.parse("none.yaml", "name: none\nspeed: {weight: 2}\n", problems);
    assertThat(problems).extracting(GestureProblem::toString).containsExactly(
        "speeds.yaml:2: palm: expected facing (towards, away or sideways)",
        "speeds.yaml:3: speed: above (3.0) must be under below (2.0), or no speed can start it",
        "fast.yaml:2: speed.below: expected a number, got 'fast'",
        "loose.yaml:2: speed.releaseBelow: expected a number from 2 to 100, got 1",
        "none.yaml:2: speed: expected below and/or above (in hand sizes per second)");
  }

  @Test
  void aMotionGestureTakesNoPalmOrSpeed() {
    List<GestureProblem> problems = new ArrayList<>();
    GestureFileLoader.parse("swipe.yaml", "name: swipe\nmotion: {pose: open_palm, direction: left}\npalm: towards\n",
        problems);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message()).contains("palm and speed belong in that pose's own file");
  }

  @Test
  void badYamlNamesTheLine() {
    List<GestureProblem> problems = new ArrayList<>();
    GestureFileLoader.parse("bad.yaml", "name: x\nfingers:\n  index: {curl: [extended\n", problems);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message()).startsWith("not valid YAML");
    assertThat(problems.get(0).line()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aUserFileReplacesTheDefaultOfTheSameName(@TempDir Path user) throws Exception {
    Files.writeString(user.resolve("fist.yaml"), "name: fist\nfingers:\n  index: {curl: curled}\n");
    GestureFileLoader.Result r = GestureFileLoader.load(List.of(Path.of("gestures"), user));
    assertThat(r.problems()).isEmpty();
    GestureDefinition fist = r.definitions().stream().filter(d -> d.name().equals("fist")).findFirst().orElseThrow();
    assertThat(fist.fingers()).hasSize(1);
    assertThat(fist.source()).startsWith(user.toString());
  }
}
