package dev.handctl.shell.wayland;

import dev.handctl.action.ActionSink;
import dev.handctl.action.DesktopBounds;
import dev.handctl.action.DesktopPoint;
import dev.handctl.action.MouseButton;
import dev.handctl.output.LinuxInputCodes;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pointer and keyboard of a wlroots compositor (sway, Hyprland, river, labwc, wayfire), through
 * its virtual pointer ({@code zwlr_virtual_pointer_v1}) and virtual keyboard
 * ({@code zwp_virtual_keyboard_v1}).
 *
 * <p>The pointer is moved with {@code motion_absolute} over the whole layout, so the position handctl
 * keeps is where the pointer is, without reading it back (no protocol lets a client read it). A move
 * of the real mouse in between is overridden by handctl's next move; {@link #pointerPosition} returns
 * the kept position, which handctl's clamping and click rewind use.
 *
 * <p>The keyboard gets a US keymap (XKB text that includes the system's standard parts) sent as a
 * file descriptor; since the protocol does not derive modifier state from keys, each modifier press
 * and release is followed by a {@code modifiers} request.
 */
public final class VirtualInputActionSink implements ActionSink, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");
  static final String POINTER_MANAGER = "zwlr_virtual_pointer_manager_v1";
  static final String KEYBOARD_MANAGER = "zwp_virtual_keyboard_manager_v1";
  /** One wheel notch, in the axis units libinput reports for a notch (15 degrees). */
  static final double AXIS_PER_STEP = 15.0;
  private static final int AXIS_VERTICAL = 0;
  private static final int AXIS_HORIZONTAL = 1;
  private static final int AXIS_SOURCE_WHEEL = 0;
  private static final int KEYMAP_FORMAT_XKB_V1 = 1;

  private final WaylandConnection wayland;
  private final DesktopBounds desktop;
  private final int pointer;
  private final int keyboard; // 0 when the compositor has no virtual keyboard
  private final long startNanos = System.nanoTime();
  private final Set<Modifier> held = EnumSet.noneOf(Modifier.class);
  private int x;
  private int y;
  private boolean failed;

  /** The modifiers of the standard keymap, with their masks (Shift, Control, Mod1, Mod4). */
  enum Modifier {
    SHIFT("shift", 1), CTRL("ctrl", 4), ALT("alt", 8), META("meta", 64);

    final String key;
    final int mask;

    Modifier(String key, int mask) {
      this.key = key;
      this.mask = mask;
    }

    static Modifier of(String key) {
      for (Modifier m : values()) {
        if (m.key.equals(key)) {
          return m;
        }
      }
      return null;
    }
  }

  /**
   * Creates the virtual devices on a connection whose registry has been read.
   *
   * @param wayland the connection (this sink owns it from now on)
   * @param desktop the layout's box (see {@link WaylandOutputs})
   * @throws IOException when the compositor lacks the virtual pointer protocol or refuses
   */
  public VirtualInputActionSink(WaylandConnection wayland, DesktopBounds desktop) throws IOException {
    this.wayland = wayland;
    this.desktop = desktop;
    WaylandConnection.Global pm = wayland.global(POINTER_MANAGER);
    if (pm == null) {
      throw new IOException("the compositor does not offer " + POINTER_MANAGER);
    }
    int pointerManager = wayland.bind(pm, 1, e -> { });
    pointer = wayland.newObject(e -> { });
    // create_virtual_pointer(seat = null: the compositor's default seat, new_id)
    wayland.send(new WireWriter(pointerManager, 0).word(0).word(pointer), -1);
    WaylandConnection.Global km = wayland.global(KEYBOARD_MANAGER);
    WaylandConnection.Global seat = wayland.global("wl_seat");
    if (km != null && seat != null) {
      int seatId = wayland.bind(seat, 1, e -> { });
      int keyboardManager = wayland.bind(km, 1, e -> { });
      keyboard = wayland.newObject(e -> { });
      wayland.send(new WireWriter(keyboardManager, 0).word(seatId).word(keyboard), -1);
      byte[] keymap = keymap();
      int fd = wayland.socket().sharedFile("handctl-keymap", keymap);
      try {
        wayland.send(new WireWriter(keyboard, 0).word(KEYMAP_FORMAT_XKB_V1).word(keymap.length), fd);
      } finally {
        wayland.socket().closeFd(fd);
      }
    } else {
      keyboard = 0;
      LOG.warn("wayland: the compositor offers no {}; key bindings do nothing", KEYBOARD_MANAGER);
    }
    wayland.roundtrip(); // a refusal (a protocol error) shows here, not at the first gesture
    wayland.startReader();
    x = desktop.xPx() + desktop.widthPx() / 2;
    y = desktop.yPx() + desktop.heightPx() / 2;
  }

  /** Returns the keymap: XKB text and its terminating NUL, which the protocol's size counts. */
  static byte[] keymap() throws IOException {
    try (InputStream in = VirtualInputActionSink.class.getResourceAsStream("us.xkb")) {
      if (in == null) {
        throw new IOException("the keymap resource is missing");
      }
      byte[] text = in.readAllBytes();
      byte[] withNul = new byte[text.length + 1];
      System.arraycopy(text, 0, withNul, 0, text.length);
      return withNul;
    }
  }

  private int time() {
    return (int) ((System.nanoTime() - startNanos) / 1_000_000L);
  }

  private void send(WireWriter request) {
    if (failed) {
      return;
    }
    try {
      wayland.send(request, -1);
    } catch (IOException e) {
      // Once: the compositor is gone (the session ended); the daemon keeps running without output.
      failed = true;
      LOG.error("wayland: output stopped: {}", e.getMessage());
    }
  }

  @Override
  public synchronized DesktopPoint pointerPosition() {
    return new DesktopPoint(x, y);
  }

  @Override
  public synchronized void moveTo(int xPx, int yPx) {
    x = desktop.clampX(xPx);
    y = desktop.clampY(yPx);
    send(motionAbsolute(pointer, time(), x - desktop.xPx(), y - desktop.yPx(), desktop.widthPx(),
        desktop.heightPx()));
    send(new WireWriter(pointer, 4)); // frame
  }

  /** zwlr_virtual_pointer_v1.motion_absolute(time, x, y, x_extent, y_extent). */
  static WireWriter motionAbsolute(int pointer, int time, int x, int y, int width, int height) {
    return new WireWriter(pointer, 1).word(time).word(x).word(y).word(width).word(height);
  }

  /** zwlr_virtual_pointer_v1.button(time, button, state). */
  static WireWriter button(int pointer, int time, int code, boolean pressed) {
    return new WireWriter(pointer, 2).word(time).word(code).word(pressed ? 1 : 0);
  }

  /** zwlr_virtual_pointer_v1.axis_discrete(time, axis, value, discrete). */
  static WireWriter axisDiscrete(int pointer, int time, int axis, int steps) {
    return new WireWriter(pointer, 7).word(time).word(axis).fixed(steps * AXIS_PER_STEP).word(steps);
  }

  @Override
  public synchronized void press(MouseButton b) {
    send(button(pointer, time(), LinuxInputCodes.button(b), true));
    send(new WireWriter(pointer, 4));
  }

  @Override
  public synchronized void release(MouseButton b) {
    send(button(pointer, time(), LinuxInputCodes.button(b), false));
    send(new WireWriter(pointer, 4));
  }

  @Override
  public synchronized void scroll(int verticalSteps, int horizontalSteps) {
    if (verticalSteps == 0 && horizontalSteps == 0) {
      return;
    }
    int t = time();
    send(new WireWriter(pointer, 5).word(AXIS_SOURCE_WHEEL)); // axis_source
    if (verticalSteps != 0) {
      send(axisDiscrete(pointer, t, AXIS_VERTICAL, verticalSteps));
    }
    if (horizontalSteps != 0) {
      send(axisDiscrete(pointer, t, AXIS_HORIZONTAL, horizontalSteps));
    }
    send(new WireWriter(pointer, 4));
  }

  @Override
  public synchronized void keyPress(String key) {
    key(key, true);
  }

  @Override
  public synchronized void keyRelease(String key) {
    key(key, false);
  }

  private void key(String key, boolean pressed) {
    if (keyboard == 0) {
      return;
    }
    send(new WireWriter(keyboard, 1).word(time()).word(LinuxInputCodes.key(key)).word(pressed ? 1 : 0));
    Modifier m = Modifier.of(key);
    if (m != null) {
      if (pressed) {
        held.add(m);
      } else {
        held.remove(m);
      }
      send(modifiers(keyboard, held));
    }
  }

  /** zwp_virtual_keyboard_v1.modifiers(depressed, latched, locked, group). */
  static WireWriter modifiers(int keyboard, Set<Modifier> held) {
    int depressed = 0;
    for (Modifier m : held) {
      depressed |= m.mask;
    }
    return new WireWriter(keyboard, 2).word(depressed).word(0).word(0).word(0);
  }

  @Override
  public synchronized void close() {
    if (!failed) {
      try {
        wayland.send(new WireWriter(pointer, 8), -1); // destroy
        if (keyboard != 0) {
          wayland.send(new WireWriter(keyboard, 3), -1);
        }
      } catch (IOException e) {
        // Closing anyway.
      }
    }
    wayland.close();
  }
}
