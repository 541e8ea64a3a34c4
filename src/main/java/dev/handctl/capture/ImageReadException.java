package dev.handctl.capture;

/** An image file that cannot be read; the message names the file and the reason. */
public class ImageReadException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which file and why
   */
  public ImageReadException(String message) {
    super(message);
  }
}
