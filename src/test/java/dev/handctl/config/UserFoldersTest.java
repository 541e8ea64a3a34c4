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
}
