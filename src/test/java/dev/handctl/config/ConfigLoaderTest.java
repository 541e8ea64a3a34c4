package dev.handctl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handctl.gesture.GestureProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir
  Path dir;

  @Test
  void defaultsNameTheModelsAndHoldNoneOfTheirFacts() {
    HandctlConfig c = ConfigLoader.defaults();
    assertThat(c.models().detector()).isEqualTo("handdetect");
    assertThat(c.models().landmarks()).isEqualTo("handlandmark-full");
    for (String moved : SettingsSchema.movedToModelKeys()) {
      assertThat(SettingsSchema.rule(moved)).as(moved).isNull();
    }
  }

  @Test
  void aSettingThatIsNowAFactOfTheModelIsRefusedSayingWhereItWent() {
    ConfigLoader.Result r = ConfigLoader.check("mine.yaml",
        "detector:\n  inputSize: 256\n  anchors:\n    strides: [8, 16]\nlandmarks:\n  normalizeZ: 0.4\n");
    assertThat(r.clean()).isFalse();
    assertThat(r.config()).isNull();
    assertThat(r.problems()).extracting(GestureProblem::line).containsExactly(2, 3, 6);
    assertThat(r.problems().get(0).message())
        .startsWith("detector.inputSize: a fact of the model now, not a setting")
        .contains("models/handdetect.manifest.yaml (input.size")
        .contains("remove it from the settings file")
        .doesNotContain("unknown");
    assertThat(r.problems().get(1).message()).startsWith("detector.anchors: a fact of the model now")
        .contains("models/handdetect.manifest.yaml (anchors;");
    assertThat(r.problems().get(2).message()).startsWith("landmarks.normalizeZ: a fact of the model now")
        .contains("models/handlandmark-full.manifest.yaml (normalizeZ");
  }

  @Test
  void userKeysWinAndTheRestKeepTheirDefaults() throws Exception {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, "detector:\n  minScore: 0.7\nmodels:\n  landmarks: handlandmark-lite\n");
    HandctlConfig c = ConfigLoader.load(file);
    assertThat(c.detector().minScore()).isEqualTo(0.7);
    assertThat(c.models().landmarks()).isEqualTo("handlandmark-lite");
    assertThat(c.detector().nmsIouThreshold()).isEqualTo(ConfigLoader.defaults().detector().nmsIouThreshold());
  }

  @Test
  void outOfRangeValueNamesFileKeyAndRange() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "landmarks:\n  minPresence: 1.5\n");
    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("landmarks.minPresence")
        .hasMessageContaining("bad.yaml:2:")
        .hasMessageContaining("above 0 and below 1")
        .hasMessageContaining("1.5");
  }

  @Test
  void notANumberAndNotYamlAreReported() throws Exception {
    Path file = dir.resolve("text.yaml");
    Files.writeString(file, "detector:\n  minScore: high\n");
    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class).hasMessageContaining(file.toString())
        .hasMessageContaining("detector.minScore");
    Files.writeString(file, "detector: [unclosed\n");
    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class).hasMessageContaining("not valid YAML")
        .hasMessageContaining(file.toString());
    assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("absent.yaml")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("absent.yaml");
  }

  @Test
  void everyProblemOfAFileIsReportedAtOnceWithItsLine() throws Exception {
    Path file = dir.resolve("many.yaml");
    Files.writeString(file, String.join("\n",
        "pointr:",
        "  gainPxPerHandSize: 900",
        "pointer.gain: 3",
        "camera:",
        "  fps: null",
        "  widthPx: .inf",
        "still:",
        "  extraCandidates: .NaN",
        "detector:",
        "  inputSize: 100000",
        "  anchors: {anchorsPerLayer: .inf}",
        "models:",
        "  detector: ../../../etc/passwd",
        "hotkey: {pause: h}",
        ""));
    ConfigLoader.Result r = ConfigLoader.check(file);
    assertThat(r.clean()).isFalse();
    assertThat(r.problems()).extracting(Object::toString).satisfiesExactlyInAnyOrder(
        p -> assertThat(p).contains("many.yaml:1:").contains("did you mean 'pointer'"),
        p -> assertThat(p).contains("many.yaml:3:").contains("did you mean 'pointer.gainPxPerHandSize'"),
        p -> assertThat(p).contains("many.yaml:5:").contains("camera.fps").contains("nothing"),
        p -> assertThat(p).contains("many.yaml:6:").contains("camera.widthPx").contains("infinity"),
        p -> assertThat(p).contains("many.yaml:8:").contains("still.extraCandidates").contains("not a number"),
        p -> assertThat(p).contains("many.yaml:10:").contains("detector.inputSize").contains("fact of the model"),
        p -> assertThat(p).contains("many.yaml:11:").contains("detector.anchors").contains("fact of the model"),
        p -> assertThat(p).contains("many.yaml:13:").contains("models.detector").contains("not a path"),
        p -> assertThat(p).contains("many.yaml:14:").contains("hotkey.pause").contains("'h'"));
    assertThat(r.problemReport()).doesNotContain("java.");
  }

  @Test
  void dottedNamesWorkLikeNestedOnesAndATwiceSetNameIsReported() throws Exception {
    Path file = dir.resolve("dots.yaml");
    Files.writeString(file, "pointer.gainPxPerHandSize: 900\npointer:\n  gainPxPerHandSize: 800\n");
    assertThat(ConfigLoader.check(file).problems()).singleElement().asString()
        .contains("dots.yaml:3:").contains("set twice (also at line 1)");
    Files.writeString(file, "pointer.gainPxPerHandSize: 900\n");
    assertThat(ConfigLoader.load(file).pointer().gainPxPerHandSize()).isEqualTo(900);
  }

  @Test
  void aCrossSettingCheckNamesTheLineOfTheSetting() throws Exception {
    Path file = dir.resolve("retry.yaml");
    Files.writeString(file, "camera:\n  mirrored: true\n  retryMaxMillis: 20\n");
    assertThat(ConfigLoader.check(file).problems()).singleElement().asString()
        .contains("retry.yaml:3:").contains("camera.retryMaxMillis");
  }

  @Test
  void recursiveAliasesAndDeepNestingAreRefusedWithoutAStackOverflow() throws Exception {
    Path file = dir.resolve("alias.yaml");
    Files.writeString(file, "rec: &r [*r]\n");
    assertThat(ConfigLoader.check(file).problems()).isNotEmpty();
    Files.writeString(file, "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
    assertThat(ConfigLoader.check(file).problems()).singleElement().asString().contains("nested more than");
    Files.writeString(file, "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n");
    assertThat(ConfigLoader.check(file).problems()).singleElement().asString().contains("aliases");
  }
}
