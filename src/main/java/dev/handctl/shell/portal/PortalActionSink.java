package dev.handctl.shell.portal;

import dev.handctl.action.ActionSink;
import dev.handctl.action.DesktopBounds;
import dev.handctl.action.DesktopPoint;
import dev.handctl.action.MouseButton;
import dev.handctl.output.LinuxInputCodes;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pointer and keyboard through a started RemoteDesktop session.
 *
 * <p>Absolute motion needs a ScreenCast stream, so the pointer moves relatively
 * ({@code NotifyPointerMotion}). handctl keeps its own idea of the position: at start the pointer is
 * pushed far past the bottom-right corner, where the compositor stops it at the layout's corner (not
 * the top-left: that is GNOME's Activities hot corner), and each move sends the difference to the
 * target. A move of the real mouse in between shifts the pointer by that much until the next start
 * (the portal offers no way to read the pointer back).
 *
 * <p>Scrolling sends wheel notches ({@code NotifyPointerAxisDiscrete}); a portal that rejects those
 * gets smooth scrolling ({@code NotifyPointerAxis}, {@link #PIXELS_PER_STEP} per notch) from then on.
 */
public final class PortalActionSink implements ActionSink, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");
  /** The push at start that parks the pointer in the layout's bottom-right corner. */
  static final double HOME_PUSH = 100_000;
  /**
   * The pause after that push: mutter clamps the pointer to the layout when it processes the motion,
   * after the call returns, and a move sent sooner would start from the old position. Once per start.
   */
  static final long HOME_SETTLE_MILLIS = 150;
  /** Smooth scrolling per wheel notch, in logical pixels (libinput's 15 degrees per notch). */
  static final double PIXELS_PER_STEP = 15.0;
  private static final int AXIS_VERTICAL = 0;
  private static final int AXIS_HORIZONTAL = 1;

  private final PortalClient client;
  private final String session;
  private final DesktopBounds desktop;
  private final boolean keyboard;
  private int x;
  private int y;
  private boolean discreteScroll = true;
  private volatile boolean failed;

  /**
   * Parks the pointer in the bottom-right corner and starts sending.
   *
   * @param client the portal (this sink closes it)
   * @param session a started session's handle
   * @param desktop the layout the pointer moves over
   * @throws IOException when the first motion is rejected
   */
  public PortalActionSink(PortalClient client, String session, DesktopBounds desktop) throws IOException {
    this(client, session, desktop, true);
  }

  /**
   * The same, for a session that may lack the keyboard.
   *
   * @param client the portal (this sink closes it)
   * @param session a started session's handle
   * @param desktop the layout the pointer moves over
   * @param keyboard whether the keyboard was granted (without it key bindings do nothing)
   * @throws IOException when the first motion is rejected
   */
  public PortalActionSink(PortalClient client, String session, DesktopBounds desktop, boolean keyboard)
      throws IOException {
    this.keyboard = keyboard;
    this.client = client;
    this.session = session;
    this.desktop = desktop;
    client.onSessionClosed(h -> {
      if (h.equals(session)) {
        failed = true;
        LOG.error("portal: the desktop ended the remote-control session; gestures do nothing until handctl is"
            + " started again");
      }
    });
    client.pointerMotion(session, HOME_PUSH, HOME_PUSH);
    try {
      Thread.sleep(HOME_SETTLE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    x = desktop.xPx() + desktop.widthPx() - 1;
    y = desktop.yPx() + desktop.heightPx() - 1;
  }

  private interface Call {
    void run() throws IOException;
  }

  private void send(Call call) {
    if (failed) {
      return;
    }
    try {
      call.run();
    } catch (IOException e) {
      failed = true; // once: the portal or the session is gone; the daemon keeps running without output
      LOG.error("portal: output stopped: {}", e.getMessage());
    }
  }

  @Override
  public synchronized DesktopPoint pointerPosition() {
    return new DesktopPoint(x, y);
  }

  @Override
  public synchronized void moveTo(int xPx, int yPx) {
    int nx = desktop.clampX(xPx);
    int ny = desktop.clampY(yPx);
    if (nx == x && ny == y) {
      return;
    }
    int dx = nx - x;
    int dy = ny - y;
    x = nx;
    y = ny;
    send(() -> client.pointerMotion(session, dx, dy));
  }

  @Override
  public synchronized void press(MouseButton b) {
    send(() -> client.pointerButton(session, LinuxInputCodes.button(b), true));
  }

  @Override
  public synchronized void release(MouseButton b) {
    send(() -> client.pointerButton(session, LinuxInputCodes.button(b), false));
  }

  @Override
  public synchronized void scroll(int verticalSteps, int horizontalSteps) {
    if (verticalSteps == 0 && horizontalSteps == 0 || failed) {
      return;
    }
    int vertical = verticalSteps;
    int horizontal = horizontalSteps;
    if (discreteScroll) {
      try {
        if (vertical != 0) {
          client.pointerAxisDiscrete(session, AXIS_VERTICAL, vertical);
          vertical = 0; // sent: a fallback below must not send it again
        }
        if (horizontal != 0) {
          client.pointerAxisDiscrete(session, AXIS_HORIZONTAL, horizontal);
        }
        return;
      } catch (IOException e) {
        discreteScroll = false;
        LOG.warn("portal: wheel notches refused ({}); scrolling smoothly instead", e.getMessage());
      }
    }
    double dx = horizontal * PIXELS_PER_STEP;
    double dy = vertical * PIXELS_PER_STEP;
    send(() -> client.pointerAxis(session, dx, dy));
  }

  @Override
  public synchronized void keyPress(String key) {
    if (!keyboard) {
      return;
    }
    send(() -> client.keyboardKeycode(session, LinuxInputCodes.key(key), true));
  }

  @Override
  public synchronized void keyRelease(String key) {
    if (!keyboard) {
      return;
    }
    send(() -> client.keyboardKeycode(session, LinuxInputCodes.key(key), false));
  }

  @Override
  public synchronized void close() {
    if (!failed) {
      client.closeSession(session);
    }
    client.close();
  }
}
