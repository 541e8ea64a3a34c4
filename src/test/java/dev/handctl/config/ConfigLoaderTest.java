package dev.handctl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir
  Path dir;

  @Test
  void defaultsDescribeThePalmModel() {
    HandctlConfig c = ConfigLoader.defaults();
    assertThat(c.detector().anchorStrides()).containsExactly(8, 16, 32, 32, 32);
    assertThat(c.detector().inputSize()).isEqualTo(256);
    assertThat(c.landmarks().inputSize()).isEqualTo(224);
    assertThat(c.models().landmarks()).isEqualTo("handlandmark-full");
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
        .hasMessageContaining("between 0.0 and 1.0")
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
}
