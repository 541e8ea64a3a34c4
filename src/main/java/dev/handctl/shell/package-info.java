/**
 * What the user sees of handctl outside the pipeline: images and videos annotated with the hands
 * found, and the per-user "start at login" item of each platform ({@link dev.handctl.shell.LoginItem});
 * later the tray, the hotkey and the preview window. {@code java.awt} lives here.
 */
package dev.handctl.shell;
