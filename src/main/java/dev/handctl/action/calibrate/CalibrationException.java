package dev.handctl.action.calibrate;

/** The recorded hand positions cannot give a region (too few still positions, a region too small); the message says what to do. */
public final class CalibrationException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong and what to do instead
   */
  public CalibrationException(String message) {
    super(message);
  }
}
