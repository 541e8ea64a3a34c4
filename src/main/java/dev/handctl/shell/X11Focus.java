package dev.handctl.shell;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import dev.handctl.action.FocusSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The application in front on X11: the root window's {@code _NET_ACTIVE_WINDOW} (set by every
 * EWMH window manager) and that window's {@code WM_CLASS} (instance and class names, as
 * {@code xprop} shows them). One display connection of its own, used from one thread; each read is
 * two round trips to the server.
 */
public final class X11Focus implements FocusSource {
  /** The few Xlib calls needed. */
  interface Xlib extends Library {
    Pointer XOpenDisplay(String name);

    int XCloseDisplay(Pointer display);

    NativeLong XDefaultRootWindow(Pointer display);

    NativeLong XInternAtom(Pointer display, String name, boolean onlyIfExists);

    int XGetWindowProperty(Pointer display, NativeLong window, NativeLong property, NativeLong offset,
        NativeLong length, boolean delete, NativeLong reqType, NativeLongByReference actualType,
        IntByReference actualFormat, NativeLongByReference items, NativeLongByReference bytesAfter,
        PointerByReference prop);

    int XGetClassHint(Pointer display, NativeLong window, ClassHint hint);

    int XFree(Pointer data);
  }

  /** {@code XClassHint}. */
  @Structure.FieldOrder({"resName", "resClass"})
  public static final class ClassHint extends Structure {
    /** The instance name. */
    public Pointer resName;
    /** The class name. */
    public Pointer resClass;
  }

  private static final long XA_WINDOW = 33;
  private final Xlib x;
  private final Pointer display;
  private final NativeLong root;
  private final NativeLong activeWindow;

  private X11Focus(Xlib x, Pointer display) {
    this.x = x;
    this.display = display;
    this.root = x.XDefaultRootWindow(display);
    this.activeWindow = x.XInternAtom(display, "_NET_ACTIVE_WINDOW", false);
  }

  /**
   * Connects to the display.
   *
   * @param displayName such as {@code :0} (the {@code DISPLAY} variable)
   * @return the reader, or null when there is no such display or no Xlib
   */
  public static X11Focus open(String displayName) {
    if (displayName == null || displayName.isEmpty()) {
      return null;
    }
    try {
      Xlib x = Native.load("X11", Xlib.class);
      Pointer d = x.XOpenDisplay(displayName);
      return d == null ? null : new X11Focus(x, d);
    } catch (UnsatisfiedLinkError e) {
      return null;
    }
  }

  /**
   * Reads the application in front.
   *
   * @return its instance and class names, lower case, or empty when no window is active or the
   *     window manager does not say
   */
  @Override
  public List<String> focused() {
    NativeLongByReference type = new NativeLongByReference();
    IntByReference format = new IntByReference();
    NativeLongByReference items = new NativeLongByReference();
    NativeLongByReference after = new NativeLongByReference();
    PointerByReference prop = new PointerByReference();
    int status = x.XGetWindowProperty(display, root, activeWindow, new NativeLong(0), new NativeLong(1), false,
        new NativeLong(XA_WINDOW), type, format, items, after, prop);
    if (status != 0 || prop.getValue() == null) {
      return List.of();
    }
    long window;
    try {
      if (items.getValue().longValue() < 1 || format.getValue() != 32) {
        return List.of();
      }
      window = prop.getValue().getNativeLong(0).longValue(); // format 32 items are C longs
    } finally {
      x.XFree(prop.getValue());
    }
    if (window == 0) {
      return List.of();
    }
    ClassHint hint = new ClassHint();
    if (x.XGetClassHint(display, new NativeLong(window), hint) == 0) {
      return List.of();
    }
    List<String> names = new ArrayList<>(2);
    for (Pointer p : new Pointer[] {hint.resName, hint.resClass}) {
      if (p != null) {
        String name = p.getString(0).toLowerCase(Locale.ROOT);
        if (!names.contains(name)) {
          names.add(name);
        }
        x.XFree(p);
      }
    }
    return names;
  }

  @Override
  public void close() {
    x.XCloseDisplay(display);
  }
}
