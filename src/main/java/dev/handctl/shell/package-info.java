/**
 * The desktop edge of handctl, where {@code java.awt} and the native desktop libraries live: the real
 * mouse and keyboard ({@link dev.handctl.shell.RobotActionSink}), the tray icon and menu
 * ({@link dev.handctl.shell.tray.Tray}, through dorkbox SystemTray), the global pause hotkey
 * ({@link dev.handctl.shell.hotkey.PauseHotkey}, through JNativeHook), the preview window, the per-user
 * "start at login" item of each platform ({@link dev.handctl.shell.login.LoginItem}), and images and
 * videos annotated with the hands found. The tray, the hotkey and the preview reach the daemon through
 * small interfaces ({@link dev.handctl.shell.tray.Tray}, {@link dev.handctl.shell.hotkey.Hotkey},
 * {@link dev.handctl.shell.preview.Preview}), each with a {@code none()} stand-in for desktops without one.
 * Subpackages hold the other edges: the Wayland client
 * ({@code wayland}), virtual kernel input devices ({@code uinput}) and the daemon's local control
 * socket ({@code control}).
 */
package dev.handctl.shell;
