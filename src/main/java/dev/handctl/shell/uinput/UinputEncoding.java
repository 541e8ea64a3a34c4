package dev.handctl.shell.uinput;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The uinput kernel ABI on 64-bit Linux ({@code linux/uinput.h}, {@code linux/input.h}): ioctl
 * request numbers, built as the kernel's {@code _IOW}/{@code _IO} macros build them, and the bytes
 * of the structures written to the device.
 */
public final class UinputEncoding {
  private static final int IOC_WRITE = 1;
  private static final int UINPUT_IOCTL_BASE = 'U';

  /** {@code EV_SYN}. */
  public static final int EV_SYN = 0;
  /** {@code EV_KEY}. */
  public static final int EV_KEY = 1;
  /** {@code EV_REL}. */
  public static final int EV_REL = 2;
  /** {@code EV_ABS}. */
  public static final int EV_ABS = 3;
  /** {@code SYN_REPORT}. */
  public static final int SYN_REPORT = 0;
  /** {@code REL_HWHEEL}. */
  public static final int REL_HWHEEL = 6;
  /** {@code REL_WHEEL}. */
  public static final int REL_WHEEL = 8;
  /** {@code ABS_X}. */
  public static final int ABS_X = 0;
  /** {@code ABS_Y}. */
  public static final int ABS_Y = 1;
  /** {@code BUS_VIRTUAL}. */
  public static final int BUS_VIRTUAL = 6;

  /** The size of {@code struct input_event}: a 16-byte timeval, type, code, value. */
  public static final int INPUT_EVENT_BYTES = 24;
  /** The size of {@code struct uinput_setup}: input_id (8), name[80], ff_effects_max (4). */
  public static final int SETUP_BYTES = 92;
  /** The size of {@code struct uinput_abs_setup}: code (2), padding (2), input_absinfo (24). */
  public static final int ABS_SETUP_BYTES = 28;

  /** {@code UI_DEV_CREATE = _IO('U', 1)}. */
  public static final int UI_DEV_CREATE = io(1);
  /** {@code UI_DEV_DESTROY = _IO('U', 2)}. */
  public static final int UI_DEV_DESTROY = io(2);
  /** {@code UI_DEV_SETUP = _IOW('U', 3, struct uinput_setup)}. */
  public static final int UI_DEV_SETUP = iow(3, SETUP_BYTES);
  /** {@code UI_ABS_SETUP = _IOW('U', 4, struct uinput_abs_setup)}. */
  public static final int UI_ABS_SETUP = iow(4, ABS_SETUP_BYTES);
  /** {@code UI_SET_EVBIT = _IOW('U', 100, int)}. */
  public static final int UI_SET_EVBIT = iow(100, 4);
  /** {@code UI_SET_KEYBIT = _IOW('U', 101, int)}. */
  public static final int UI_SET_KEYBIT = iow(101, 4);
  /** {@code UI_SET_RELBIT = _IOW('U', 102, int)}. */
  public static final int UI_SET_RELBIT = iow(102, 4);
  /** {@code UI_SET_ABSBIT = _IOW('U', 103, int)}. */
  public static final int UI_SET_ABSBIT = iow(103, 4);

  private UinputEncoding() {}

  private static int io(int nr) {
    return (UINPUT_IOCTL_BASE << 8) | nr;
  }

  private static int iow(int nr, int size) {
    return (IOC_WRITE << 30) | (size << 16) | (UINPUT_IOCTL_BASE << 8) | nr;
  }

  private static ByteBuffer buffer(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.nativeOrder());
  }

  /**
   * Returns a {@code struct input_event} with a zero time (the kernel stamps it).
   *
   * @param type such as {@link #EV_KEY}
   * @param code such as {@code KEY_A}
   * @param value such as 1 for a press
   * @return its 24 bytes
   */
  public static byte[] event(int type, int code, int value) {
    return buffer(INPUT_EVENT_BYTES).putLong(0).putLong(0).putShort((short) type).putShort((short) code)
        .putInt(value).array();
  }

  /**
   * Returns a {@code struct uinput_setup}.
   *
   * @param name the device's name (cut to 79 bytes)
   * @param vendor the vendor id
   * @param product the product id
   * @return its 92 bytes
   */
  public static byte[] setup(String name, int vendor, int product) {
    ByteBuffer b = buffer(SETUP_BYTES).putShort((short) BUS_VIRTUAL).putShort((short) vendor)
        .putShort((short) product).putShort((short) 1);
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    b.put(n, 0, Math.min(n.length, 79));
    return b.array();
  }

  /**
   * Returns a {@code struct uinput_abs_setup} for an axis from 0 to {@code max}.
   *
   * @param code such as {@link #ABS_X}
   * @param max the largest value (the desktop's size in pixels minus one)
   * @return its 28 bytes
   */
  public static byte[] absSetup(int code, int max) {
    // input_absinfo: value, minimum, maximum, fuzz, flat, resolution.
    return buffer(ABS_SETUP_BYTES).putShort((short) code).putShort((short) 0).putInt(0).putInt(0).putInt(max)
        .putInt(0).putInt(0).putInt(0).array();
  }
}
