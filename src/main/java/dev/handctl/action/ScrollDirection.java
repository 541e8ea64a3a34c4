package dev.handctl.action;

import java.util.Locale;

/**
 * Which way the wheel turns, as a mouse wheel does: {@code down} shows what is further down the
 * page (the content moves up), {@code right} what is further right.
 */
public enum ScrollDirection {
  UP(0, -1), DOWN(0, 1), LEFT(-1, 0), RIGHT(1, 0);

  private final int x;
  private final int y;

  ScrollDirection(int x, int y) {
    this.x = x;
    this.y = y;
  }

  /** Returns the horizontal sign: -1 left, 1 right, 0 for vertical directions. */
  public int x() {
    return x;
  }

  /** Returns the vertical sign: -1 up, 1 down, 0 for horizontal directions. */
  public int y() {
    return y;
  }

  /** Returns the name used in binding files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
