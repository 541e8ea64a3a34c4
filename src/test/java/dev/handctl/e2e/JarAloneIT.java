package dev.handctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on its own, in a folder with no {@code gestures/} or {@code models/} beside it:
 * it reads the gestures and bindings built into it (a zip file system, where links do not exist).
 */
class JarAloneIT {
  @Test
  void theJarAloneReadsTheGesturesBuiltIntoIt(@TempDir Path dir) throws Exception {
    Path jar = Path.of("target", "handctl.jar");
    assertThat(jar).as("mvn package makes it").exists();
    Files.copy(jar, dir.resolve("handctl.jar"));
    Files.createSymbolicLink(dir.resolve("lib"), Path.of("target", "lib").toAbsolutePath());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-jar", dir.resolve("handctl.jar").toString(), "check-config")
        .directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("0 problem(s)").doesNotContain("cannot be read");
  }
}
