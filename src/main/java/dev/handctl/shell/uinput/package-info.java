/**
 * The uinput output backend: virtual kernel input devices made through {@code /dev/uinput}, which
 * every compositor, X11 and even a text console take as real ones. Opt-in only
 * ({@code output.backend: uinput}): such a device has the power of a physical keyboard and mouse.
 *
 * <p>{@link dev.handctl.shell.uinput.UinputEncoding} holds the kernel ABI (ioctl numbers, the bytes of
 * {@code struct input_event}, {@code uinput_setup}, {@code uinput_abs_setup}) as plain, unit-tested
 * Java; {@link dev.handctl.shell.uinput.UinputDevice} is the small edge to the device file, with a
 * real implementation calling libc through JNA.
 */
package dev.handctl.shell.uinput;
