/**
 * Feedback at the pointer: a small click-through window that follows the pointer and draws the
 * pointer's mode, a ring that fills as the fingers close into a click or drag pose, a flash when
 * the click is sent and the direction of a scroll ({@link dev.handctl.shell.overlay.Overlay},
 * {@code none()} where there is no X11 display or the setting is off). What to draw is worked out
 * without Swing in {@link dev.handctl.shell.overlay.OverlayState}.
 */
package dev.handctl.shell.overlay;
