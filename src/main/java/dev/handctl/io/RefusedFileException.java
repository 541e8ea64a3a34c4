package dev.handctl.io;

import java.io.IOException;

/** A file that was not read (not a regular file, too large, too slow, not text); the message says which and why. */
public final class RefusedFileException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the file and the reason, in words a user can act on
   */
  public RefusedFileException(String message) {
    super(message);
  }
}
