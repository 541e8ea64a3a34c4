package dev.handctl.shell.wayland;

import dev.handctl.action.DesktopBounds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The compositor's monitors (wl_output), as boxes in the layout's logical pixels: the position from
 * {@code geometry}, the size of the current {@code mode} divided by {@code scale}. (Rotated outputs
 * are taken unrotated; xdg-output would give exact logical boxes.)
 */
public final class WaylandOutputs {
  private WaylandOutputs() {}

  private static final class Box {
    int x;
    int y;
    int w;
    int h;
    int scale = 1;
  }

  /**
   * Binds every output, waits for their descriptions and returns the box spanning them.
   *
   * @param c the connection
   * @return the union of the outputs, or null when there are none
   * @throws IOException when the compositor is gone
   */
  public static DesktopBounds desktop(WaylandConnection c) throws IOException {
    List<Box> boxes = new ArrayList<>();
    for (WaylandConnection.Global g : c.globals()) {
      if (!g.iface().equals("wl_output")) {
        continue;
      }
      Box b = new Box();
      boxes.add(b);
      c.bind(g, 2, e -> {
        switch (e.opcode()) {
          case 0 -> { // geometry(x, y, ...)
            b.x = e.args().word();
            b.y = e.args().word();
          }
          case 1 -> { // mode(flags, width, height, refresh): the current one counts
            int flags = e.args().word();
            if ((flags & 1) != 0) {
              b.w = e.args().word();
              b.h = e.args().word();
            }
          }
          case 3 -> b.scale = Math.max(1, e.args().word());
          default -> { }
        }
      });
    }
    if (boxes.isEmpty()) {
      return null;
    }
    c.roundtrip();
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    int maxX = Integer.MIN_VALUE;
    int maxY = Integer.MIN_VALUE;
    for (Box b : boxes) {
      minX = Math.min(minX, b.x);
      minY = Math.min(minY, b.y);
      maxX = Math.max(maxX, b.x + b.w / b.scale);
      maxY = Math.max(maxY, b.y + b.h / b.scale);
    }
    return maxX > minX && maxY > minY ? new DesktopBounds(minX, minY, maxX - minX, maxY - minY) : null;
  }
}
