/**
 * The daemon's local control channel: {@code handctl pause|resume|toggle|status} reach the running
 * daemon of the same user through a Unix domain socket in {@code $XDG_RUNTIME_DIR/handctl/} (a
 * folder only that user can enter), never a network socket. This is how a desktop shortcut pauses
 * handctl where no global hotkey can be had (Wayland).
 *
 * <p>The protocol is one line of text each way: the client sends a command ({@code pause},
 * {@code resume}, {@code toggle}, {@code status}), the daemon answers one line.
 */
package dev.handctl.shell.control;
