package dev.handctl.gesture;

/**
 * One mistake in a gesture file.
 *
 * @param file the file
 * @param line 1-based line, or 0 when the whole file is meant
 * @param message what is wrong and what was expected
 */
public record GestureProblem(String file, int line, String message) {
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
