package dev.handctl.capture;

/**
 * An open camera: the small native edge under {@link CameraSource}, kept narrow so that tests can
 * replace it with a fake. Used from one thread at a time.
 */
public interface CameraDevice extends AutoCloseable {
  /**
   * Waits for the device's next frame and keeps it, without converting it.
   *
   * @return true when a frame was grabbed; false when the device stopped delivering (unplugged,
   *     driver error)
   */
  boolean grab();

  /**
   * Converts the last grabbed frame to RGB.
   *
   * @param reuse an image whose bytes may be overwritten when its size matches the frame's, or null
   * @return {@code reuse} holding the frame when the size matched, otherwise a new image
   */
  RgbImage retrieve(RgbImage reuse);

  /** Returns the width of the frames the device actually delivers, in pixels. */
  int widthPx();

  /** Returns the height of the frames the device actually delivers, in pixels. */
  int heightPx();

  /** Returns the frame rate the device reports, frames per second, or 0 when unknown. */
  double frameRate();

  /** Returns a human-readable name naming the device, such as {@code /dev/video0, "HD Webcam"}. */
  String name();

  /** Releases the device. */
  @Override
  void close();
}
