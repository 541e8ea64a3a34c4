package dev.handctl.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserFoldersTest {
  @Test
  void eachPlatformsConvention() {
    assertThat(UserFolders.configDir("Linux", Map.of(), "/home/a")).isEqualTo(Path.of("/home/a/.config/handctl"));
    assertThat(UserFolders.configDir("Linux", Map.of("XDG_CONFIG_HOME", "/x"), "/home/a"))
        .isEqualTo(Path.of("/x/handctl"));
    assertThat(UserFolders.configDir("Mac OS X", Map.of(), "/Users/a"))
        .isEqualTo(Path.of("/Users/a/Library/Application Support/handctl"));
    assertThat(UserFolders.configDir("Windows 11", Map.of("APPDATA", "C:/Users/a/AppData/Roaming"), "C:/Users/a"))
        .isEqualTo(Path.of("C:/Users/a/AppData/Roaming/handctl"));
  }

  @Test
  void cacheFolderByEachPlatformsConvention() {
    assertThat(UserFolders.cacheDir("Linux", Map.of(), "/home/a")).isEqualTo(Path.of("/home/a/.cache/handctl"));
    assertThat(UserFolders.cacheDir("Linux", Map.of("XDG_CACHE_HOME", "/c"), "/home/a"))
        .isEqualTo(Path.of("/c/handctl"));
    assertThat(UserFolders.cacheDir("Mac OS X", Map.of(), "/Users/a"))
        .isEqualTo(Path.of("/Users/a/Library/Caches/handctl"));
    assertThat(UserFolders.cacheDir("Windows 11", Map.of("LOCALAPPDATA", "C:/Users/a/AppData/Local"), "C:/Users/a"))
        .isEqualTo(Path.of("C:/Users/a/AppData/Local/handctl/cache"));
    assertThat(UserFolders.cacheDir("Windows 11", Map.of(), "C:/Users/a"))
        .isEqualTo(Path.of("C:/Users/a/AppData/Local/handctl/cache"));
  }

  @Test
  void homeIsTheEnvironmentsHomeOutsideWindows() {
    // A service account's passwd home (user.home) can be /nonexistent while $HOME is usable.
    Map<String, String> env = Map.of("HOME", "/tmp/h");
    assertThat(UserFolders.cacheDir("Linux", env, "/nonexistent")).isEqualTo(Path.of("/tmp/h/.cache/handctl"));
    assertThat(UserFolders.configDir("Linux", env, "/nonexistent")).isEqualTo(Path.of("/tmp/h/.config/handctl"));
    assertThat(UserFolders.cacheDir("Mac OS X", env, "/nonexistent"))
        .isEqualTo(Path.of("/tmp/h/Library/Caches/handctl"));
    assertThat(UserFolders.home("Windows 10", env, "C:/Users/a")).isEqualTo(Path.of("C:/Users/a"));
    assertThat(UserFolders.home("Linux", Map.of("HOME", "relative"), "/home/a")).isEqualTo(Path.of("/home/a"));
  }

  @Test
  void relativeXdgFoldersAreIgnored() {
    Map<String, String> env = Map.of("XDG_CONFIG_HOME", "conf", "XDG_CACHE_HOME", "cache");
    assertThat(UserFolders.configDir("Linux", env, "/home/a")).isEqualTo(Path.of("/home/a/.config/handctl"));
    assertThat(UserFolders.cacheDir("Linux", env, "/home/a")).isEqualTo(Path.of("/home/a/.cache/handctl"));
    assertThat(UserFolders.xdgConfigHome(env, "/home/a")).isEqualTo(Path.of("/home/a/.config"));
  }
}
