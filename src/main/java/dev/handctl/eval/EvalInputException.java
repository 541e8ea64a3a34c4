package dev.handctl.eval;

/**
 * A label or reference file that cannot be used. The message names the file, where in it (line,
 * entry) and what was expected, for example
 * {@code boxes.csv:7: xmin is "abc"; expected a number of pixels}.
 */
public class EvalInputException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message file, place and what was expected
   */
  public EvalInputException(String message) {
    super(message);
  }
}
