package dev.handctl.shell.uinput;

import static dev.handctl.shell.uinput.UinputEncoding.ABS_X;
import static dev.handctl.shell.uinput.UinputEncoding.ABS_Y;
import static dev.handctl.shell.uinput.UinputEncoding.EV_ABS;
import static dev.handctl.shell.uinput.UinputEncoding.EV_KEY;
import static dev.handctl.shell.uinput.UinputEncoding.EV_REL;
import static dev.handctl.shell.uinput.UinputEncoding.EV_SYN;
import static dev.handctl.shell.uinput.UinputEncoding.REL_HWHEEL;
import static dev.handctl.shell.uinput.UinputEncoding.REL_WHEEL;
import static dev.handctl.shell.uinput.UinputEncoding.SYN_REPORT;

import dev.handctl.action.ActionSink;
import dev.handctl.action.DesktopBounds;
import dev.handctl.action.DesktopPoint;
import dev.handctl.action.KeyNames;
import dev.handctl.action.MouseButton;
import dev.handctl.output.LinuxInputCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mouse and keyboard as two virtual kernel devices: an absolute pointer (ABS_X/ABS_Y over the
 * desktop, three buttons, both wheels; what a virtual machine's "tablet" is, which libinput and X
 * take as an absolute pointer) and a keyboard with the keys bindings can name. Positions are the
 * ones handctl sends; nothing is read back.
 *
 * <p>Wheel values follow the kernel's convention: {@code REL_WHEEL} positive is up, the opposite of
 * {@link ActionSink#scroll}'s; {@code REL_HWHEEL} positive is right.
 */
public final class UinputActionSink implements ActionSink, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");
  private static final int VENDOR = 0x1209; // pid.codes, the open-source vendor id
  private static final int PRODUCT_POINTER = 0x4863;
  private static final int PRODUCT_KEYBOARD = 0x4864;

  private final UinputDevice pointer;
  private final UinputDevice keyboard;
  private final DesktopBounds desktop;
  private int x;
  private int y;
  private boolean failed;

  /**
   * Creates both devices.
   *
   * @param pointer an open uinput for the pointer
   * @param keyboard another for the keyboard
   * @param desktop the desktop the absolute axes span
   * @throws IOException when the kernel refuses a device
   */
  public UinputActionSink(UinputDevice pointer, UinputDevice keyboard, DesktopBounds desktop) throws IOException {
    this.pointer = pointer;
    this.keyboard = keyboard;
    this.desktop = desktop;
    pointer.ioctl(UinputEncoding.UI_SET_EVBIT, EV_KEY);
    for (MouseButton b : MouseButton.values()) {
      pointer.ioctl(UinputEncoding.UI_SET_KEYBIT, LinuxInputCodes.button(b));
    }
    pointer.ioctl(UinputEncoding.UI_SET_EVBIT, EV_REL);
    pointer.ioctl(UinputEncoding.UI_SET_RELBIT, REL_WHEEL);
    pointer.ioctl(UinputEncoding.UI_SET_RELBIT, REL_HWHEEL);
    pointer.ioctl(UinputEncoding.UI_SET_EVBIT, EV_ABS);
    pointer.ioctl(UinputEncoding.UI_SET_ABSBIT, ABS_X);
    pointer.ioctl(UinputEncoding.UI_SET_ABSBIT, ABS_Y);
    pointer.ioctl(UinputEncoding.UI_ABS_SETUP, UinputEncoding.absSetup(ABS_X, desktop.widthPx() - 1));
    pointer.ioctl(UinputEncoding.UI_ABS_SETUP, UinputEncoding.absSetup(ABS_Y, desktop.heightPx() - 1));
    pointer.ioctl(UinputEncoding.UI_DEV_SETUP, UinputEncoding.setup("handctl pointer", VENDOR, PRODUCT_POINTER));
    pointer.ioctl(UinputEncoding.UI_DEV_CREATE, 0);
    keyboard.ioctl(UinputEncoding.UI_SET_EVBIT, EV_KEY);
    for (String k : KeyNames.all()) {
      keyboard.ioctl(UinputEncoding.UI_SET_KEYBIT, LinuxInputCodes.key(k));
    }
    keyboard.ioctl(UinputEncoding.UI_DEV_SETUP, UinputEncoding.setup("handctl keyboard", VENDOR, PRODUCT_KEYBOARD));
    keyboard.ioctl(UinputEncoding.UI_DEV_CREATE, 0);
    x = desktop.xPx() + desktop.widthPx() / 2;
    y = desktop.yPx() + desktop.heightPx() / 2;
  }

  /** Writes events followed by SYN_REPORT, the end of one input frame. */
  private void emit(UinputDevice device, int... typeCodeValue) {
    if (failed) {
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < typeCodeValue.length; i += 3) {
      out.writeBytes(UinputEncoding.event(typeCodeValue[i], typeCodeValue[i + 1], typeCodeValue[i + 2]));
    }
    out.writeBytes(UinputEncoding.event(EV_SYN, SYN_REPORT, 0));
    try {
      device.write(out.toByteArray());
    } catch (IOException e) {
      failed = true;
      LOG.error("uinput: output stopped: {}", e.getMessage());
    }
  }

  @Override
  public synchronized DesktopPoint pointerPosition() {
    return new DesktopPoint(x, y);
  }

  @Override
  public synchronized void moveTo(int xPx, int yPx) {
    x = desktop.clampX(xPx);
    y = desktop.clampY(yPx);
    emit(pointer, EV_ABS, ABS_X, x - desktop.xPx(), EV_ABS, ABS_Y, y - desktop.yPx());
  }

  @Override
  public synchronized void press(MouseButton button) {
    emit(pointer, EV_KEY, LinuxInputCodes.button(button), 1);
  }

  @Override
  public synchronized void release(MouseButton button) {
    emit(pointer, EV_KEY, LinuxInputCodes.button(button), 0);
  }

  @Override
  public synchronized void scroll(int verticalSteps, int horizontalSteps) {
    if (verticalSteps != 0) {
      emit(pointer, EV_REL, REL_WHEEL, -verticalSteps);
    }
    if (horizontalSteps != 0) {
      emit(pointer, EV_REL, REL_HWHEEL, horizontalSteps);
    }
  }

  @Override
  public synchronized void keyPress(String key) {
    emit(keyboard, EV_KEY, LinuxInputCodes.key(key), 1);
  }

  @Override
  public synchronized void keyRelease(String key) {
    emit(keyboard, EV_KEY, LinuxInputCodes.key(key), 0);
  }

  @Override
  public synchronized void close() {
    for (UinputDevice d : new UinputDevice[] {pointer, keyboard}) {
      try {
        d.ioctl(UinputEncoding.UI_DEV_DESTROY, 0);
      } catch (IOException e) {
        // Closing the file destroys the device too.
      }
      d.close();
    }
  }
}
