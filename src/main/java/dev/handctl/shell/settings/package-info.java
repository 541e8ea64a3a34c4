/**
 * The settings window (tray "Settings…"): pointer speed, acceleration, mode, smoothing, dwell
 * click, the overlay and start at login. {@link dev.handctl.shell.settings.Settings} is what the
 * daemon sees, {@link dev.handctl.shell.settings.SettingsFrame} the Swing window and
 * {@link dev.handctl.shell.settings.Settings#none()} its stand-in; the window only shows
 * {@link dev.handctl.shell.settings.SettingsValues} and asks {@link dev.handctl.shell.settings.SettingsEdits}
 * for changes, which the daemon writes to the user's {@code config.yaml} and reloads as for an edit.
 */
package dev.handctl.shell.settings;
