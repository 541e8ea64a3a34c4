/**
 * The tray icon and its menu, through dorkbox SystemTray, behind the small
 * {@link dev.handctl.shell.tray.Tray} interface ({@code Tray.none()} where there is no tray host).
 */
package dev.handctl.shell.tray;
