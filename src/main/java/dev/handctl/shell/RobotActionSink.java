package dev.handctl.shell;

import dev.handctl.action.ActionSink;
import dev.handctl.action.DesktopPoint;
import dev.handctl.action.MouseButton;
import java.awt.AWTException;
import java.awt.MouseInfo;
import java.awt.PointerInfo;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.Locale;

/**
 * The real mouse and keyboard, through {@link java.awt.Robot}.
 *
 * <p>Horizontal scrolling has no Robot call: on Linux (X11) it is the extra buttons 6 and 7, which
 * Java numbers 4 and 5; elsewhere it is shift with the vertical wheel, the convention most
 * programs follow.
 *
 * <p>Create it only after the tray: on Linux, a Robot made first loads GTK in a way that makes the
 * tray library hang (see the desktop integration notes).
 */
public final class RobotActionSink implements ActionSink {
  private final Robot robot;
  private final InjectedKeys injected;
  private final boolean x11ExtraButtons;

  /**
   * Creates the sink.
   *
   * @param injected told of every key pressed, for the hotkey listener
   * @throws InputInjectionException when the display does not allow input injection (X11 without XTEST)
   */
  public RobotActionSink(InjectedKeys injected) throws InputInjectionException {
    try {
      this.robot = new Robot();
    } catch (AWTException e) {
      throw new InputInjectionException(e.getMessage(), e);
    }
    this.injected = injected;
    boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    this.x11ExtraButtons = linux && Toolkit.getDefaultToolkit().areExtraMouseButtonsEnabled()
        && MouseInfo.getNumberOfButtons() >= 5;
  }

  @Override
  public DesktopPoint pointerPosition() {
    PointerInfo info = MouseInfo.getPointerInfo();
    return info == null ? null : new DesktopPoint(info.getLocation().x, info.getLocation().y);
  }

  @Override
  public void moveTo(int xPx, int yPx) {
    robot.mouseMove(xPx, yPx);
  }

  @Override
  public void press(MouseButton button) {
    robot.mousePress(mask(button));
  }

  @Override
  public void release(MouseButton button) {
    robot.mouseRelease(mask(button));
  }

  @Override
  public void scroll(int verticalSteps, int horizontalSteps) {
    if (verticalSteps != 0) {
      robot.mouseWheel(verticalSteps);
    }
    if (horizontalSteps != 0) {
      if (x11ExtraButtons) {
        int mask = InputEvent.getMaskForButton(horizontalSteps > 0 ? 5 : 4);
        for (int i = 0; i < Math.abs(horizontalSteps); i++) {
          robot.mousePress(mask);
          robot.mouseRelease(mask);
        }
      } else {
        injected.pressed();
        robot.keyPress(KeyEvent.VK_SHIFT);
        try {
          robot.mouseWheel(horizontalSteps);
        } finally {
          robot.keyRelease(KeyEvent.VK_SHIFT);
          injected.released();
        }
      }
    }
  }

  @Override
  public void keyPress(String key) {
    injected.pressed();
    robot.keyPress(AwtKeyCodes.code(key));
  }

  @Override
  public void keyRelease(String key) {
    robot.keyRelease(AwtKeyCodes.code(key));
    injected.released();
  }

  private static int mask(MouseButton button) {
    return switch (button) {
      case LEFT -> InputEvent.BUTTON1_DOWN_MASK;
      case MIDDLE -> InputEvent.BUTTON2_DOWN_MASK;
      case RIGHT -> InputEvent.BUTTON3_DOWN_MASK;
    };
  }
}
