package dev.handctl.shell.overlay;

import dev.handctl.action.PointerFeedback;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.PointerInfo;
import java.awt.RenderingHints;
import java.awt.Window;
import java.awt.geom.Path2D;
import javax.swing.JComponent;
import javax.swing.JWindow;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * The overlay on X11: a small undecorated, always-on-top, non-focusable popup window centred on
 * the pointer, with an empty input shape ({@link X11Shapes}) so that it never takes a click or the
 * focus. Transparent where the desktop composites windows, else a small dark square.
 *
 * <p>The pipeline {@link #publish}es a state per frame (copied under a lock, no allocation); a
 * Swing timer on the event thread, at most {@link #MAX_FPS} times a second, moves the window to the
 * pointer and repaints it only when what it draws changed.
 */
public final class OverlayWindow implements Overlay {
  /** The repaint rate's ceiling: a webcam's frame rate. */
  public static final int MAX_FPS = 30;
  /** The window's edge. */
  static final int SIZE_PX = 76;
  /** The ring's colour (found in screenshots by the end-to-end test). */
  public static final Color RING = new Color(0x00, 0xC8, 0xFF);
  /** The click flash's colour (found in screenshots by the end-to-end test). */
  public static final Color FLASH = new Color(0xFF, 0xE0, 0x00);
  private static final Color DRAG = new Color(0xFF, 0x60, 0xA0);
  private static final Color TRACK = new Color(0x80, 0x80, 0x90, 170);
  private static final Color DIM = new Color(0xB0, 0xB0, 0xB8);
  private static final Color SHADE = new Color(0x20, 0x20, 0x28);
  private static final int RING_RADIUS = 20;
  private static final float RING_WIDTH = 5f;

  private final JWindow window;
  private final X11Shapes x11;
  /** Click flashes painted so far (published on the window for tools outside). */
  private int flashesPainted;
  private final boolean translucent;
  private final Canvas canvas = new Canvas();
  private final Timer timer;
  private final Object lock = new Object();
  /** Written by the pipeline under the lock. */
  private final OverlayState published = new OverlayState();
  private boolean fresh;
  /** The event thread's copy, and what was painted last. */
  private final OverlayState drawn = new OverlayState();
  private boolean paintedFlash;
  private boolean paintedScroll;
  private int lastX = Integer.MIN_VALUE;
  private int lastY;

  private OverlayWindow(JWindow window, X11Shapes x11, boolean translucent) {
    this.window = window;
    this.x11 = x11;
    this.translucent = translucent;
    this.timer = new Timer(1000 / MAX_FPS, e -> tick());
  }

  /**
   * Makes the window on Swing's event thread, hidden until a hand is in view.
   *
   * @return the overlay
   * @throws Exception when there is no X11 display, or libX11/libXext or the window's id is not there
   */
  public static OverlayWindow open() throws Exception {
    OverlayWindow[] made = new OverlayWindow[1];
    Exception[] failed = new Exception[1];
    SwingUtilities.invokeAndWait(() -> {
      try {
        made[0] = create();
      } catch (Exception | LinkageError e) {
        failed[0] = e instanceof Exception ex ? ex : new IllegalStateException(e.toString(), e);
      }
    });
    if (failed[0] != null) {
      throw failed[0];
    }
    return made[0];
  }

  private static OverlayWindow create() {
    GraphicsDevice screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice();
    boolean translucent = screen.isWindowTranslucencySupported(GraphicsDevice.WindowTranslucency.PERPIXEL_TRANSLUCENT);
    JWindow w = new JWindow();
    w.setType(Window.Type.POPUP);
    w.setFocusableWindowState(false);
    w.setAutoRequestFocus(false);
    w.setAlwaysOnTop(true);
    w.setSize(SIZE_PX, SIZE_PX);
    if (translucent) {
      w.setBackground(new Color(0, 0, 0, 0));
    }
    w.addNotify(); // the X11 window exists from here, so its input shape can be set before it is shown
    X11Shapes x11 = X11Shapes.of(w);
    try {
      x11.makeClickThrough("handctl overlay");
      x11.publish("flashes 0");
    } catch (RuntimeException | LinkageError e) {
      x11.close();
      w.dispose();
      throw e;
    }
    OverlayWindow overlay = new OverlayWindow(w, x11, translucent);
    w.setContentPane(overlay.canvas);
    overlay.timer.start();
    return overlay;
  }

  @Override
  public void publish(OverlayState state) {
    synchronized (lock) {
      published.copyFrom(state);
      fresh = true;
    }
  }

  @Override
  public String kind() {
    return String.format("X11 window 0x%x%s", x11.windowId(), translucent ? "" : ", opaque (no compositor)");
  }

  /** On the event thread: follow the pointer, show or hide, repaint what changed. */
  private void tick() {
    long now = System.nanoTime();
    boolean changed;
    synchronized (lock) {
      changed = fresh;
      if (fresh) {
        drawn.copyFrom(published);
        fresh = false;
      }
    }
    boolean show = drawn.visible(now);
    if (!show) {
      if (window.isVisible()) {
        window.setVisible(false);
      }
      return;
    }
    PointerInfo info = MouseInfo.getPointerInfo();
    if (info != null) {
      Point p = info.getLocation();
      int x = p.x - SIZE_PX / 2;
      int y = p.y - SIZE_PX / 2;
      if (x != lastX || y != lastY) {
        window.setLocation(x, y);
        lastX = x;
        lastY = y;
        x11.raise();
      }
    }
    if (!window.isVisible()) {
      window.setVisible(true);
      x11.raise();
      changed = true;
    }
    if (changed || drawn.flashing(now) != paintedFlash || drawn.scrolling(now) != paintedScroll) {
      canvas.repaint();
    }
  }

  @Override
  public void close() {
    SwingUtilities.invokeLater(() -> {
      timer.stop();
      window.dispose();
      x11.close();
    });
  }

  /** Draws the ring, the flash, the scroll arrow and the mode's word. */
  private final class Canvas extends JComponent {
    private static final long serialVersionUID = 1L;
    private final Font font = new Font(Font.SANS_SERIF, Font.BOLD, 10);

    @Override
    protected void paintComponent(Graphics graphics) {
      Graphics2D g = (Graphics2D) graphics;
      long now = System.nanoTime();
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      if (translucent) {
        g.setComposite(java.awt.AlphaComposite.Clear);
        g.fillRect(0, 0, SIZE_PX, SIZE_PX);
        g.setComposite(java.awt.AlphaComposite.SrcOver);
      } else {
        g.setColor(SHADE);
        g.fillRect(0, 0, SIZE_PX, SIZE_PX);
      }
      int c = SIZE_PX / 2;
      int d = 2 * RING_RADIUS;
      boolean flash = drawn.flashing(now);
      boolean scroll = drawn.scrolling(now);
      if (flash && !paintedFlash) {
        flashesPainted++;
        x11.publish("flashes " + flashesPainted);
      }
      paintedFlash = flash;
      paintedScroll = scroll;
      PointerFeedback.Mode mode = drawn.mode();
      g.setStroke(new BasicStroke(RING_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
      if (flash) {
        g.setColor(FLASH);
        g.fillOval(c - RING_RADIUS - 3, c - RING_RADIUS - 3, d + 6, d + 6);
      } else {
        g.setColor(TRACK);
        g.drawOval(c - RING_RADIUS, c - RING_RADIUS, d, d);
        Color fill = mode == PointerFeedback.Mode.DRAGGING ? DRAG
            : mode == PointerFeedback.Mode.PAUSED || mode == PointerFeedback.Mode.LIFTED ? DIM : RING;
        double progress = mode == PointerFeedback.Mode.DRAGGING ? 1 : drawn.progress();
        if (progress > 0 && mode != PointerFeedback.Mode.PAUSED) {
          g.setColor(fill);
          g.drawArc(c - RING_RADIUS, c - RING_RADIUS, d, d, 90, -(int) Math.round(360 * progress));
        }
        if (mode == PointerFeedback.Mode.PAUSED) {
          g.setColor(DIM);
          g.fillRect(c - 6, c - 7, 4, 14);
          g.fillRect(c + 2, c - 7, 4, 14);
        }
      }
      if (scroll) {
        drawArrow(g, c, drawn.scrollX(), drawn.scrollY());
      }
      String word = drawn.label();
      if (!word.isEmpty()) {
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        int x = c - m.stringWidth(word) / 2;
        int y = SIZE_PX - 3;
        g.setColor(SHADE);
        g.drawString(word, x + 1, y + 1);
        g.setColor(mode == PointerFeedback.Mode.PAUSED ? DIM : Color.WHITE);
        g.drawString(word, x, y);
      }
    }

    /** A filled triangle beside the ring, pointing the way the page scrolls. */
    private void drawArrow(Graphics2D g, int c, int dx, int dy) {
      double tipX = c + dx * (RING_RADIUS + 12);
      double tipY = c + dy * (RING_RADIUS + 12);
      double baseX = c + dx * (RING_RADIUS + 4);
      double baseY = c + dy * (RING_RADIUS + 4);
      Path2D.Double arrow = new Path2D.Double();
      arrow.moveTo(tipX, tipY);
      arrow.lineTo(baseX + dy * 7, baseY + dx * 7);
      arrow.lineTo(baseX - dy * 7, baseY - dx * 7);
      arrow.closePath();
      g.setColor(RING);
      g.fill(arrow);
    }
  }
}
