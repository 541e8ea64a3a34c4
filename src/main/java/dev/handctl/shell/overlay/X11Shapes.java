package dev.handctl.shell.overlay;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.awt.Window;

/**
 * What AWT cannot do to a window, through Xlib and the X Shape extension: an empty input shape
 * (the window takes no pointer events; they go to the window under it) and a name for it, so it
 * can be found from outside ({@code xwininfo -name "handctl overlay"}). Uses a connection of its
 * own to the X server, on Swing's event thread only.
 */
final class X11Shapes implements AutoCloseable {
  /** {@code ShapeInput} in {@code X11/extensions/shape.h}. */
  private static final int SHAPE_INPUT = 2;
  /** {@code ShapeSet}. */
  private static final int SHAPE_SET = 0;
  /** {@code XA_STRING}. */
  private static final long XA_STRING = 31;
  /** {@code PropModeReplace}. */
  private static final int PROP_MODE_REPLACE = 0;
  /** {@code Unsorted}. */
  private static final int UNSORTED = 0;

  /** The few Xlib calls used. */
  interface Xlib extends Library {
    Pointer XOpenDisplay(String name);

    int XStoreName(Pointer display, NativeLong window, String name);

    int XRaiseWindow(Pointer display, NativeLong window);

    int XFlush(Pointer display);

    NativeLong XInternAtom(Pointer display, String name, boolean onlyIfExists);

    int XChangeProperty(Pointer display, NativeLong window, NativeLong property, NativeLong type, int format,
        int mode, byte[] data, int elements);

    int XCloseDisplay(Pointer display);
  }

  /** The X Shape extension's call. */
  interface Xext extends Library {
    void XShapeCombineRectangles(Pointer display, NativeLong window, int destKind, int xOff, int yOff,
        Pointer rectangles, int count, int op, int ordering);
  }

  private final Xlib xlib;
  private final Xext xext;
  private final Pointer display;
  private final NativeLong window;

  private X11Shapes(Xlib xlib, Xext xext, Pointer display, NativeLong window) {
    this.xlib = xlib;
    this.xext = xext;
    this.display = display;
    this.window = window;
  }

  /**
   * Finds a shown-or-displayable window's X11 id and opens a connection for it.
   *
   * @param w the window; it must be displayable (packed)
   * @return the connection
   * @throws IllegalStateException when there is no X11 display or the window has no X11 id
   * @throws UnsatisfiedLinkError when libX11 or libXext cannot be loaded
   */
  static X11Shapes of(Window w) {
    long id = Native.getWindowID(w);
    if (id == 0) {
      throw new IllegalStateException("the window has no X11 id");
    }
    Xlib xlib = Native.load("X11", Xlib.class);
    Xext xext = Native.load("Xext", Xext.class);
    Pointer display = xlib.XOpenDisplay(null);
    if (display == null) {
      throw new IllegalStateException("cannot open the X11 display " + System.getenv("DISPLAY"));
    }
    return new X11Shapes(xlib, xext, display, new NativeLong(id));
  }

  /** Returns the window's X11 id. */
  long windowId() {
    return window.longValue();
  }

  /**
   * Gives the window an empty input shape, so every click goes through it, and a name.
   *
   * @param name the window's name ({@code WM_NAME})
   */
  void makeClickThrough(String name) {
    xext.XShapeCombineRectangles(display, window, SHAPE_INPUT, 0, 0, null, 0, SHAPE_SET, UNSORTED);
    xlib.XStoreName(display, window, name);
    xlib.XFlush(display);
  }

  /**
   * Publishes what the overlay last drew on its window, as the text property
   * {@code _HANDCTL_OVERLAY} ({@code xprop -spy} shows each change): how many click flashes it has
   * painted, so that a tool outside (the end-to-end test, an accessibility helper) sees every flash
   * without having to catch it in a screenshot.
   *
   * @param text such as {@code flashes 2}
   */
  void publish(String text) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    NativeLong atom = xlib.XInternAtom(display, "_HANDCTL_OVERLAY", false);
    xlib.XChangeProperty(display, window, atom, new NativeLong(XA_STRING), 8, PROP_MODE_REPLACE, bytes, bytes.length);
    xlib.XFlush(display);
  }

  /** Raises the window above the others (an override-redirect window is not kept on top by a window manager). */
  void raise() {
    xlib.XRaiseWindow(display, window);
    xlib.XFlush(display);
  }

  @Override
  public void close() {
    xlib.XCloseDisplay(display);
  }
}
