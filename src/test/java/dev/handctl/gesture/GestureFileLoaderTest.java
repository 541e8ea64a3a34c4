package dev.handctl.gesture;

import static org.assertj.core.api.Assertions.assertThat;

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
