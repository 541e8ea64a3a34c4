package dev.handctl.shell.hotkey;

/** No global hotkey can be had on this desktop; the message says why. */
public final class HotkeyUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why
   * @param cause the underlying failure
   */
  public HotkeyUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
