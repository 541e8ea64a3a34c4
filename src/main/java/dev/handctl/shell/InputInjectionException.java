package dev.handctl.shell;

/**
 * The desktop does not let handctl inject input (an X server without the XTEST extension). Thrown
 * by the output backends at the edge, so that the rest of handctl never sees {@code java.awt}.
 */
public final class InputInjectionException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was refused
   * @param cause the toolkit's own exception
   */
  public InputInjectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
