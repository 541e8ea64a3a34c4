package dev.handctl.capture;

/**
 * Opens a camera; {@link CameraSource} calls it again after every failure, so it must be cheap
 * to call when the device is missing.
 */
@FunctionalInterface
public interface CameraOpener {
  /**
   * Opens the camera.
   *
   * @return the open device, ready for {@link CameraDevice#grab()}
   * @throws CameraUnavailableException when the device is missing or cannot be opened
   */
  CameraDevice open() throws CameraUnavailableException;
}
