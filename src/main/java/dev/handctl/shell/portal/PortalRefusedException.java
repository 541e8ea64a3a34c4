package dev.handctl.shell.portal;

import java.io.IOException;

/**
 * The desktop did not give handctl remote control: the user cancelled the dialog, or the portal
 * ended the request another way. The message says what to do.
 */
public final class PortalRefusedException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates one.
   *
   * @param message what happened and what to do
   */
  public PortalRefusedException(String message) {
    super(message);
  }
}
