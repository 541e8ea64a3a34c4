package dev.handctl.shell.portal;

import java.io.IOException;

/**
 * The calls handctl makes to the RemoteDesktop portal, one method per D-Bus method. The three that
 * open a session return the {@link PortalResponse} of their request (each waits for the
 * {@code Response} signal, bounded); the {@code notify} methods send input. The real one is
 * {@link DbusPortalClient}; tests use a recording stand-in.
 */
public interface PortalClient extends AutoCloseable {
  /** {@code types} bit of a keyboard. */
  int KEYBOARD = 1;
  /** {@code types} bit of a pointer. */
  int POINTER = 2;
  /** {@code persist_mode}: remember until the user revokes the permission. */
  int PERSIST_UNTIL_REVOKED = 2;

  /**
   * Returns the interface's {@code version} property.
   *
   * @return the version (1 or more)
   * @throws IOException when the portal is absent or lacks the interface
   */
  int version() throws IOException;

  /**
   * {@code CreateSession(a{sv} options)}.
   *
   * @param handleToken the request's token
   * @param sessionToken the session's token
   * @return the response; its {@code session_handle} is the session's object path
   * @throws IOException when the call fails or no response comes in time
   */
  PortalResponse createSession(String handleToken, String sessionToken) throws IOException;

  /**
   * {@code SelectDevices(o session, a{sv} options)}.
   *
   * @param session the session handle
   * @param handleToken the request's token
   * @param types {@link #KEYBOARD} | {@link #POINTER}
   * @param persistMode 0, 1 or {@link #PERSIST_UNTIL_REVOKED}
   * @param restoreToken a token a previous Start returned, or null
   * @return the response
   * @throws IOException when the call fails or no response comes in time
   */
  PortalResponse selectDevices(String session, String handleToken, int types, int persistMode, String restoreToken)
      throws IOException;

  /**
   * {@code Start(o session, s parent_window, a{sv} options)}: where the desktop shows its dialog.
   *
   * @param session the session handle
   * @param handleToken the request's token
   * @return the response: {@code devices}, and {@code restore_token} when the permission persists
   * @throws IOException when the call fails or no response comes in time
   */
  PortalResponse start(String session, String handleToken) throws IOException;

  /**
   * {@code NotifyPointerMotion}: relative motion, logical pixels.
   *
   * @param session the session
   * @param dx right
   * @param dy down
   * @throws IOException when the call fails
   */
  void pointerMotion(String session, double dx, double dy) throws IOException;

  /**
   * {@code NotifyPointerButton}.
   *
   * @param session the session
   * @param evdevButton such as {@code BTN_LEFT} (0x110)
   * @param pressed pressed (state 1) or released (0)
   * @throws IOException when the call fails
   */
  void pointerButton(String session, int evdevButton, boolean pressed) throws IOException;

  /**
   * {@code NotifyPointerAxisDiscrete}: wheel notches.
   *
   * @param session the session
   * @param axis 0 vertical, 1 horizontal
   * @param steps notches, positive down or right
   * @throws IOException when the call fails (some portals lack it)
   */
  void pointerAxisDiscrete(String session, int axis, int steps) throws IOException;

  /**
   * {@code NotifyPointerAxis} with {@code finish}: smooth scrolling, logical pixels.
   *
   * @param session the session
   * @param dx right
   * @param dy down
   * @throws IOException when the call fails
   */
  void pointerAxis(String session, double dx, double dy) throws IOException;

  /**
   * {@code NotifyKeyboardKeycode}.
   *
   * @param session the session
   * @param evdevKey a Linux key code
   * @param pressed pressed (1) or released (0)
   * @throws IOException when the call fails
   */
  void keyboardKeycode(String session, int evdevKey, boolean pressed) throws IOException;

  /**
   * {@code org.freedesktop.portal.Session.Close}; quiet when the session is gone.
   *
   * @param session the session
   */
  void closeSession(String session);

  /**
   * Sets what to run when the desktop closes the session (the user stopped it from the desktop's
   * indicator).
   *
   * @param onClosed called with the session handle, on a D-Bus thread
   */
  void onSessionClosed(java.util.function.Consumer<String> onClosed);

  @Override
  void close();
}
