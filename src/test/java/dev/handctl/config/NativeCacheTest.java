package dev.handctl.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** JavaCPP's cache goes to the user's cache folder unless the user chose one. */
class NativeCacheTest {
  @Test
  void setsTheUsersCacheFolderWhenNoneIsSet() {
    Properties props = new Properties();
    Path dir = Path.of("/home/a/.cache/handctl/javacpp");
    assertThat(NativeCache.configure(props, dir)).isEqualTo(dir);
    assertThat(props.getProperty(NativeCache.PROPERTY)).isEqualTo(dir.toString());
  }

  @Test
  void leavesAChosenFolderAlone() {
    Properties props = new Properties();
    props.setProperty(NativeCache.PROPERTY, "/mine");
    assertThat(NativeCache.configure(props, Path.of("/other"))).isEqualTo(Path.of("/mine"));
    assertThat(props.getProperty(NativeCache.PROPERTY)).isEqualTo("/mine");

    Properties alt = new Properties();
    alt.setProperty(NativeCache.PROPERTY_ALT, "/mine2");
    assertThat(NativeCache.configure(alt, Path.of("/other"))).isEqualTo(Path.of("/mine2"));
    assertThat(alt.getProperty(NativeCache.PROPERTY)).isNull();
  }

  @Test
  void bundledNativesNeedPathsFirstAndAFolderHoldingJavaCppsLibrary(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws java.io.IOException {
    Properties p = new Properties();
    p.setProperty(NativeCache.PRELOAD_PATH, tmp.toString());
    assertThat(NativeCache.bundledFolder(p)).as("without pathsFirst JavaCPP unpacks its jars").isNull();
    p.setProperty(NativeCache.PATHS_FIRST, "true");
    assertThat(NativeCache.bundledFolder(p)).as("an empty folder is no bundle").isNull();
    java.nio.file.Files.writeString(tmp.resolve(System.mapLibraryName("jnijavacpp")), "x");
    assertThat(NativeCache.bundledFolder(p)).isEqualTo(tmp);
    p.setProperty(NativeCache.PRELOAD_PATH, "/nonexistent" + java.io.File.pathSeparator + tmp);
    assertThat(NativeCache.bundledFolder(p)).isEqualTo(tmp);
  }
}
