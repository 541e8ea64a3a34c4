/**
 * The global pause hotkey, through JNativeHook where the desktop lets it listen (X11, Windows, macOS),
 * behind {@link dev.handctl.shell.hotkey.Hotkey} with a {@code none()} stand-in; on Wayland pausing
 * goes through {@code handctl toggle} instead.
 */
package dev.handctl.shell.hotkey;
