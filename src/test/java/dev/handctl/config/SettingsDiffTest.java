package dev.handctl.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reload line names the settings that changed, by their path in config.yaml. */
class SettingsDiffTest {
  private static HandctlConfig read(String yaml) {
    ConfigLoader.Result r = ConfigLoader.check("config.yaml", yaml);
    assertThat(r.problems()).isEmpty();
    return r.config();
  }

  @Test
  void namesEachChangedSettingWithItsOldAndNewValue() {
    HandctlConfig before = ConfigLoader.defaults();
    HandctlConfig after = read("pointer:\n  gainPxPerHandSize: 1500\n  acceleration:\n    enabled: false\n");
    assertThat(SettingsDiff.changes(before, after)).containsExactly(
        "pointer.gainPxPerHandSize: 1200.0 -> 1500.0", "pointer.acceleration: true -> false"); // the record folds acceleration.enabled into one value
  }

  @Test
  void aFileThatRestatesTheDefaultsChangesNothing() {
    assertThat(SettingsDiff.changes(ConfigLoader.defaults(), read("pointer:\n  gainPxPerHandSize: 1200\n"))).isEmpty();
  }
}
