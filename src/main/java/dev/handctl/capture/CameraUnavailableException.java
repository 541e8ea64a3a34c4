package dev.handctl.capture;

/**
 * A camera that cannot be opened right now. The message names the device and says why, for
 * example {@code no camera at /dev/video3 (camera:3)}.
 */
public class CameraUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean absent;

  /**
   * Creates the exception.
   *
   * @param message which device and why, for a human
   * @param absent true when the device is not there at all (reported as
   *     {@link SourceState#WAITING_FOR_CAMERA}); false when it is there but cannot be opened
   *     (reported as {@link SourceState#ERROR})
   */
  public CameraUnavailableException(String message, boolean absent) {
    super(message);
    this.absent = absent;
  }

  /** Tells whether the device is missing, as opposed to present but unusable. */
  public boolean absent() {
    return absent;
  }
}
