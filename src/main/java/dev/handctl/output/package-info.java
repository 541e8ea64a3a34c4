/**
 * Which output backend drives the mouse and keyboard, and why: the session's facts (X11 or Wayland,
 * which compositor, what it offers, whether {@code /dev/uinput} may be written) go in, a choice and
 * a reason come out. Pure logic, tested without a desktop; the backends themselves live at the
 * edge ({@code dev.handctl.shell}, {@code dev.handctl.shell.wayland}).
 */
package dev.handctl.output;
