package dev.handctl.shell.login;

import dev.handctl.shell.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A login item that is one file the desktop reads at login (an XDG autostart entry, a LaunchAgent):
 * enabling writes it whole (atomically), disabling deletes it.
 */
abstract class FileLoginItem implements LoginItem {
  /** The file. */
  protected final Path file;
  /** What the file makes the desktop start. */
  protected final LaunchCommand command;

  FileLoginItem(Path file, LaunchCommand command) {
    this.file = file;
    this.command = command;
  }

  /** Returns the file's path. */
  public Path file() {
    return file;
  }

  /** Returns the file's text. */
  abstract String contents();

  @Override
  public void enable() throws IOException {
    AtomicFiles.write(file, contents());
  }

  @Override
  public void disable() throws IOException {
    Files.deleteIfExists(file);
  }
}
