package dev.handctl.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.gesture.GestureProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The one validity contract of the settings, checked for every setting alike: the schema knows
 * exactly the keys of the shipped defaults; each value the schema accepts at the edges of its range
 * builds the typed settings (so nothing it passes fails when it runs); and each wrong value (out of
 * range, NaN, infinite, empty, a list, a mapping, text) is refused with the file, the line, the key
 * and no Java names.
 */
class SettingsContractTest {
  static Stream<SettingsSchema.Rule> rules() {
    return SettingsSchema.rules().values().stream();
  }

  @Test
  void theSchemaKnowsExactlyTheShippedKeys() {
    // ConfigLoader refuses defaults whose keys differ from the schema's; this fails loudly if they do.
    assertThat(ConfigLoader.defaults()).isNotNull();
    assertThat(SettingsSchema.rules()).hasSizeGreaterThan(70);
  }

  @ParameterizedTest
  @MethodSource("rules")
  void acceptedValuesRunAndWrongOnesAreRefusedWithTheirLine(SettingsSchema.Rule rule) {
    for (String good : edges(rule)) {
      ConfigLoader.Result r = ConfigLoader.check("edge.yaml", "# a setting at the edge of its range\n"
          + rule.key() + ": " + good + "\n");
      // A value that ties to another setting (retryMaxMillis >= retryInitialMillis) may be refused by
      // that check, never by a failure: with a line and the key.
      r.problems().forEach(p -> assertWellFormed(p, rule));
      if (!ties(rule)) {
        assertThat(r.problems()).as(rule.key() + ": " + good).isEmpty();
      }
    }
    for (String bad : wrong(rule)) {
      ConfigLoader.Result r = ConfigLoader.check("wrong.yaml", "# a wrong value\n" + rule.key() + ": " + bad + "\n");
      assertThat(r.clean()).as(rule.key() + ": " + bad + " must be refused").isFalse();
      assertThat(r.config()).isNull();
      r.problems().forEach(p -> assertWellFormed(p, rule));
    }
  }

  private static void assertWellFormed(GestureProblem p, SettingsSchema.Rule rule) {
    assertThat(p.line()).as(p.toString()).isEqualTo(2);
    assertThat(p.file()).isIn("edge.yaml", "wrong.yaml");
    assertThat(p.message()).as(p.toString()).doesNotContainPattern("java\\.|Exception|\\$");
  }

  private static boolean ties(SettingsSchema.Rule rule) {
    return rule.key().startsWith("camera.retry") || rule.key().startsWith("geometry.")
        || rule.key().startsWith("pointer.absoluteRegion") || rule.key().startsWith("pointer.acceleration.")
        || rule.key().startsWith("detector.rotation");
  }

  private static List<String> edges(SettingsSchema.Rule rule) {
    double lo = rule.openMin() ? rule.min() + 1e-6 : rule.min();
    double hi = rule.openMax() ? rule.max() - 1e-6 : rule.max();
    return switch (rule.kind()) {
      case WHOLE -> List.of(SettingsSchema.fmt(lo), SettingsSchema.fmt(hi));
      case NUMBER -> List.of(Double.toString(lo), Double.toString(hi));
      case SWITCH -> List.of("true", "false");
      case MODEL -> List.of("handdetect", "handlandmark-lite");
      case CHOICE -> rule.choices();
      case KEYPOINTS -> List.of("[wrist]", "[index_finger_tip, pinky_mcp]");
      case KEYS -> List.of("ctrl+alt+h", "shift+f12");
    };
  }

  private static List<String> wrong(SettingsSchema.Rule rule) {
    List<String> out = new ArrayList<>(List.of("", "null", "~", "{a: 1}", ".nan", "'\"'"));
    switch (rule.kind()) {
      case WHOLE, NUMBER -> {
        double below = rule.openMin() ? rule.min() : rule.min() - 1;
        double above = rule.openMax() ? rule.max() : rule.max() + 1;
        out.addAll(List.of(SettingsSchema.fmt(below), SettingsSchema.fmt(above), ".inf", "-.inf", "1e300", "high",
            "[1]", "99999999999999999999999"));
        if (rule.kind() == SettingsSchema.Kind.WHOLE) {
          out.add(SettingsSchema.fmt(rule.min()) + ".5");
        }
      }
      case SWITCH -> out.addAll(List.of("maybe", "2", "[true]"));
      case MODEL -> out.addAll(List.of("../../../etc/passwd", "/etc/passwd", "sub/model", "'..'", "[x]"));
      case CHOICE -> out.addAll(List.of("sideways", "[relative]"));
      case KEYPOINTS -> out.addAll(List.of("[]", "wrist", "[elbow]", "[[wrist]]"));
      case KEYS -> out.addAll(List.of("h", "ctrl+alt", "ctrl+ctrl+h", "ctrl+banana", "[ctrl, h]"));
    }
    return out;
  }
}
