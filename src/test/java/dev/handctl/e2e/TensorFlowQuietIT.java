package dev.handctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.testing.RealHands;
import dev.handctl.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * TensorFlow's informational start-up lines (oneDNN, CPU features) stay out of the terminal of a
 * command that loads the models, unless the user asks for them with {@code TF_CPP_MIN_LOG_LEVEL}.
 * Runs the packaged jar in a process of its own (TensorFlow reads the level once, when it loads).
 */
class TensorFlowQuietIT {
  private static String detect(String tfLevel) throws Exception {
    Path photo = TestData.require(RealHands.OPEN_PALM);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-jar", Path.of("target", "handctl.jar").toString(), "detect",
        photo.toString()).redirectErrorStream(true);
    pb.environment().remove("TF_CPP_MIN_LOG_LEVEL");
    if (tfLevel != null) {
      pb.environment().put("TF_CPP_MIN_LOG_LEVEL", tfLevel);
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).as("the command did its work").contains("1 hand");
    return out;
  }

  @Test
  void startUpLinesAreKeptOutUnlessTheUserAsks() throws Exception {
    assertThat(detect(null)).doesNotContain("cpu_feature_guard").doesNotContain("oneDNN custom operations");
    assertThat(detect("0")).as("the user's own TF_CPP_MIN_LOG_LEVEL is left alone").contains("cpu_feature_guard");
  }
}
