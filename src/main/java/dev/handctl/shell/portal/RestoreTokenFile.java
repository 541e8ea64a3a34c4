package dev.handctl.shell.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the portal's restore token is kept between runs: one line in a file only the user can read
 * ({@code portal-restore-token} in the state folder). The token lets the desktop skip its dialog; each
 * Start returns a new one, which replaces the old.
 */
public final class RestoreTokenFile {
  /** The file's name in the state folder. */
  public static final String NAME = "portal-restore-token";
  /** Longer content is not a token (portals issue UUIDs). */
  static final int MAX_CHARS = 4096;

  private final Path file;

  /**
   * Uses a file.
   *
   * @param file the file (its folder is made when a token is written)
   */
  public RestoreTokenFile(Path file) {
    this.file = file;
  }

  /** Returns the file. */
  public Path file() {
    return file;
  }

  /**
   * Reads the token.
   *
   * @return the token, or null when there is none (no file, empty, unreadable or not a token)
   */
  public String read() {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_CHARS) {
        return null;
      }
      String token = Files.readString(file, StandardCharsets.UTF_8).strip();
      return token.isEmpty() || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e) ? null : token;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Writes a token, replacing the old one atomically; the file is readable by the user only.
   *
   * @param token the token
   * @throws IOException when it cannot be written
   */
  public void write(String token) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    Path tmp = posix ? Files.createTempFile(dir, NAME, ".tmp",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
        : Files.createTempFile(dir, NAME, ".tmp");
    try {
      Files.writeString(tmp, token + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Removes the token (the desktop no longer honours it). */
  public void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Nothing to do: a stale token only costs a dialog.
    }
  }
}
