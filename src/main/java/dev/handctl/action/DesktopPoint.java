package dev.handctl.action;

/**
 * A point of the virtual desktop (the space spanning every monitor), in pixels.
 *
 * @param xPx x, negative left of the primary monitor
 * @param yPx y
 */
public record DesktopPoint(int xPx, int yPx) {}
