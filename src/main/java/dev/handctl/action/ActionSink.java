package dev.handctl.action;

/**
 * Where mouse and keyboard input goes: the operating system (through {@code java.awt.Robot}, in
 * the shell) or a recording for dry runs and tests. Coordinates are virtual-desktop pixels, the
 * space that spans every monitor.
 *
 * <p>Calls come from one thread, the pipeline's, in the order the input must happen.
 */
public interface ActionSink {
  /**
   * Says which frame the following calls belong to; a recording uses it as the time of each action.
   *
   * @param timestampNanos the frame's capture time
   */
  default void beginFrame(long timestampNanos) {}

  /**
   * Returns where the pointer is now (the user may have moved it with the real mouse), or null when
   * this sink cannot tell.
   *
   * @return the pointer's position, or null
   */
  DesktopPoint pointerPosition();

  /**
   * Moves the pointer.
   *
   * @param xPx virtual-desktop x
   * @param yPx virtual-desktop y
   */
  void moveTo(int xPx, int yPx);

  /**
   * Presses a mouse button where the pointer is.
   *
   * @param button which
   */
  void press(MouseButton button);

  /**
   * Releases a mouse button.
   *
   * @param button which
   */
  void release(MouseButton button);

  /**
   * Turns the wheel.
   *
   * @param verticalSteps notches, positive scrolls down (content moves up)
   * @param horizontalSteps notches, positive scrolls right
   */
  void scroll(int verticalSteps, int horizontalSteps);

  /**
   * Presses a key.
   *
   * @param key a name from {@link KeyNames}
   */
  void keyPress(String key);

  /**
   * Releases a key.
   *
   * @param key a name from {@link KeyNames}
   */
  void keyRelease(String key);
}
