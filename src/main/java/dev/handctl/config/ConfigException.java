package dev.handctl.config;

/** A settings file that cannot be used; the message names the file, the key and what was expected. */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which file, which key, what was expected
   * @param cause the underlying failure, or null
   */
  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
