/**
 * What handctl sees, drawn: the live preview window ({@link dev.handctl.shell.preview.Preview},
 * {@code none()} when hidden) and images and videos annotated with the hands found.
 */
package dev.handctl.shell.preview;
