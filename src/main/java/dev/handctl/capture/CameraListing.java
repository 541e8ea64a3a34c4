package dev.handctl.capture;

/**
 * A camera found on this machine.
 *
 * @param index its number, as in {@code camera:N}
 * @param name the device's name, or null when the system does not tell it
 */
public record CameraListing(int index, String name) {
  /** Returns the source string that opens it, {@code camera:N}. */
  public String source() {
    return CameraSpec.PREFIX + index;
  }

  /** Returns a label for menus: {@code camera:0 (HD Webcam)}. */
  public String label() {
    return source() + (name == null ? "" : " (" + name + ")");
  }
}
