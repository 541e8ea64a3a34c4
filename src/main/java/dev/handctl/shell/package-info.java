/**
 * What the user sees of handctl outside the pipeline: for now, images annotated with the hands
 * found (later the tray, the hotkey and the preview window). {@code java.awt} lives here.
 */
package dev.handctl.shell;
