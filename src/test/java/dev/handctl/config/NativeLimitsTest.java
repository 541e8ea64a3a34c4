package dev.handctl.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JavaCPP's memory limits from the heap, the cache folder's problems in words, crash reports collected. */
class NativeLimitsTest {
  @Test
  void javaCppLimitsFollowTheHeapUnlessGiven() {
    Properties p = new Properties();
    String said = NativeMemory.configure(p, 96L << 20);
    assertThat(p.getProperty(NativeMemory.MAX_BYTES)).isEqualTo(Long.toString(96L << 20));
    // Not 4 x 96 MB = 384 MB, under what the libraries alone take: the heap plus 2 GB.
    assertThat(p.getProperty(NativeMemory.MAX_PHYSICAL)).isEqualTo(Long.toString((96L + 2048) << 20));
    assertThat(said).startsWith("heap 96 MB, JavaCPP maxBytes 100663296, maxPhysicalBytes 2248146944");

    Properties given = new Properties();
    given.setProperty("org.bytedeco.javacpp.maxphysicalbytes", "0");
    NativeMemory.configure(given, 1L << 30);
    assertThat(given.getProperty(NativeMemory.MAX_PHYSICAL)).as("the user's 0 (off) stays").isNull();
  }

  @Test
  void anUnusableCacheIsSaidPlainly(@TempDir Path tmp) throws Exception {
    assertThat(NativeCache.problem(tmp.resolve("cache"))).isNull();
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    assertThat(NativeCache.problem(file.resolve("javacpp"))).startsWith("cannot create the native-library cache")
        .contains("836 MB of native libraries into the temporary folder").contains("XDG_CACHE_HOME");
    Path readOnly = Files.createDirectories(tmp.resolve("ro"));
    readOnly.toFile().setWritable(false);
    if (!Files.isWritable(readOnly)) { // root writes anywhere
      assertThat(NativeCache.problem(readOnly)).contains("is not writable");
    }
    readOnly.toFile().setWritable(true);
  }

  @Test
  void theStateFolderFollowsXdg() {
    assertThat(UserFolders.stateDir("Linux", Map.of("HOME", "/home/u"), "/x")).isEqualTo(Path.of(
        "/home/u/.local/state/handctl"));
    assertThat(UserFolders.stateDir("Linux", Map.of("HOME", "/home/u", "XDG_STATE_HOME", "/s"), "/x"))
        .isEqualTo(Path.of("/s/handctl"));
  }

  @Test
  void launcherCrashReportsMoveIntoTheStateFolder(@TempDir Path tmp) throws Exception {
    Path from = Files.createDirectories(tmp.resolve("tmp"));
    Files.writeString(from.resolve("handctl-hs_err_pid42.log"), "# A fatal error has been detected");
    Files.writeString(from.resolve("other-hs_err_pid43.log"), "not ours");
    Path state = tmp.resolve("state");
    assertThat(CrashReports.collect(from, state)).containsExactly(state.resolve("hs_err_pid42.log"));
    assertThat(from.resolve("other-hs_err_pid43.log")).exists();
    assertThat(CrashReports.collect(from, state)).isEmpty();
  }
}
