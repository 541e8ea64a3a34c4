package dev.handctl.capture;

import java.util.Locale;

/**
 * Which camera to open and what to ask it for.
 *
 * <p>A camera is named either by index ({@code camera:0}, the device {@code /dev/video0} on Linux)
 * or by name ({@code camera:HD Webcam}: the first device whose name contains this text, ignoring
 * case; Linux only). A requested size or frame rate of 0 leaves the device's default; the device may
 * also deliver something other than what was asked, so read the actual values from the open device.
 *
 * @param index device index, 0 or more; {@link #BY_NAME} when the camera is named by {@code name}
 * @param name part of the device name, when {@code index} is {@link #BY_NAME}; otherwise null
 * @param widthPx requested frame width in pixels, 0 for the device default
 * @param heightPx requested frame height in pixels, 0 for the device default
 * @param frameRate requested frames per second, 0 for the device default
 */
public record CameraSpec(int index, String name, int widthPx, int heightPx, double frameRate) {
  /** The {@code index} of a camera chosen by name. */
  public static final int BY_NAME = -1;

  /** What every camera source string starts with. */
  public static final String PREFIX = "camera:";

  /** Checks that exactly one of index and name is given and the request is not negative. */
  public CameraSpec {
    boolean hasName = name != null && !name.isBlank();
    if (index == BY_NAME && !hasName) {
      throw new IllegalArgumentException("a camera needs an index (camera:0) or a name (camera:HD Webcam)");
    }
    if (index != BY_NAME && name != null) {
      throw new IllegalArgumentException("give a camera index or a name, not both (index " + index + ", name \""
          + name + "\")");
    }
    if (index < BY_NAME) {
      throw new IllegalArgumentException("camera index must be 0 or more, got " + index);
    }
    if (widthPx < 0 || heightPx < 0 || !(frameRate >= 0)) {
      throw new IllegalArgumentException("requested camera size and frame rate must be 0 (device default) or"
          + " positive, got " + widthPx + "x" + heightPx + " at " + frameRate + " frames/s");
    }
  }

  /**
   * Tells whether a source string names a camera.
   *
   * @param source a command-line source
   * @return true when it starts with {@code camera:} (any case)
   */
  public static boolean isCamera(String source) {
    return source.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  /**
   * Parses {@code camera:N} (device index) or {@code camera:NAME} (part of the device name).
   *
   * @param source the command-line form
   * @return the camera with the device's default size and frame rate
   * @throws IllegalArgumentException when the form is not one of those, naming what was expected
   */
  public static CameraSpec parse(String source) {
    if (!isCamera(source)) {
      throw new IllegalArgumentException("\"" + source + "\" is not a camera; expected camera:N (a device index"
          + " such as camera:0) or camera:NAME (part of the device name)");
    }
    String rest = source.substring(PREFIX.length()).trim();
    if (rest.isEmpty()) {
      throw new IllegalArgumentException("\"" + source + "\" names no camera; expected camera:N (a device index"
          + " such as camera:0) or camera:NAME (part of the device name)");
    }
    if (rest.matches("[+-]?\\d+")) {
      int index;
      try {
        index = Integer.parseInt(rest);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("\"" + source + "\": camera index out of range");
      }
      if (index < 0) {
        throw new IllegalArgumentException("\"" + source + "\": camera index must be 0 or more (camera:0 is the"
            + " first camera)");
      }
      return new CameraSpec(index, null, 0, 0, 0);
    }
    return new CameraSpec(BY_NAME, rest, 0, 0, 0);
  }

  /**
   * Returns this camera with a requested size and frame rate.
   *
   * @param widthPx frame width in pixels, 0 for the device default
   * @param heightPx frame height in pixels, 0 for the device default
   * @param frameRate frames per second, 0 for the device default
   * @return the new spec
   */
  public CameraSpec withRequest(int widthPx, int heightPx, double frameRate) {
    return new CameraSpec(index, name, widthPx, heightPx, frameRate);
  }

  /** Tells whether the camera is chosen by name rather than index. */
  public boolean byName() {
    return index == BY_NAME;
  }

  /** Tells whether a device name matches this spec's name: a substring, ignoring case. */
  boolean matchesName(String deviceName) {
    return byName() && deviceName.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
  }

  /** Returns the command-line form, {@code camera:0} or {@code camera:HD Webcam}. */
  @Override
  public String toString() {
    return PREFIX + (byName() ? name : Integer.toString(index));
  }
}
