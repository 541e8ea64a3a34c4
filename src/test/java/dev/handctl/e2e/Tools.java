package dev.handctl.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** The desktop tools the end-to-end tests need, looked up on the PATH. */
public final class Tools {
  private Tools() {}

  /** Returns whether an executable of this name is on the PATH. */
  public static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
