package dev.handctl.inference;

/**
 * A model that cannot be used: missing, truncated, altered, malformed or rejected by TensorFlow.
 *
 * <p>The message always names the file and says what was expected, so that it can be shown to the
 * user as is.
 */
public class ModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, which file, what was expected
   */
  public ModelException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong, which file, what was expected
   * @param cause the underlying failure
   */
  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
