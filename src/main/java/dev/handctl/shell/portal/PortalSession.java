package dev.handctl.shell.portal;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a RemoteDesktop session: {@code CreateSession} → {@code SelectDevices} (keyboard and pointer,
 * {@code persist_mode} 2, the stored restore token if any) → {@code Start}, where the desktop shows
 * its dialog unless the token lets it skip it. The token Start returns replaces the stored one.
 */
public final class PortalSession {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");
  private static final SecureRandom RANDOM = new SecureRandom();

  private PortalSession() {}

  /**
   * What {@link #open} got.
   *
   * @param handle the session's object path
   * @param devices the device types granted ({@link PortalClient#KEYBOARD} | {@link PortalClient#POINTER})
   * @param restored whether a stored token was offered (the dialog may have been skipped)
   */
  public record Opened(String handle, int devices, boolean restored) {}

  /**
   * Runs the flow.
   *
   * @param client the portal
   * @param tokens where the restore token is kept
   * @return the session
   * @throws PortalRefusedException when the user or the desktop refused (the message says what to do)
   * @throws IOException when the portal cannot be reached or does not answer in time
   */
  public static Opened open(PortalClient client, RestoreTokenFile tokens) throws IOException {
    int version = client.version();
    PortalResponse created = client.createSession(token(), "handctl_" + token());
    refuseUnless(created, "CreateSession");
    String session = created.string("session_handle");
    if (session == null || session.isEmpty()) {
      throw new IOException("the RemoteDesktop portal created a session but gave no session_handle");
    }
    // persist_mode and restore_token came in version 2; version 1 portals reject unknown options.
    String stored = version >= 2 ? tokens.read() : null;
    int persist = version >= 2 ? PortalClient.PERSIST_UNTIL_REVOKED : 0;
    PortalResponse selected = client.selectDevices(session, token(), PortalClient.KEYBOARD | PortalClient.POINTER,
        persist, stored);
    if (!selected.ok()) {
      client.closeSession(session);
    }
    refuseUnless(selected, "SelectDevices");
    PortalResponse started = client.start(session, token());
    if (!started.ok()) {
      client.closeSession(session);
      if (stored != null) {
        tokens.clear(); // a refused restore must not be offered again
      }
    }
    refuseUnless(started, "Start");
    int devices = (int) started.number("devices", 0);
    if ((devices & PortalClient.POINTER) == 0) {
      client.closeSession(session);
      throw new PortalRefusedException("the desktop granted remote control without the pointer (devices " + devices
          + "); start handctl again and allow the pointer and keyboard in the dialog");
    }
    String fresh = started.string("restore_token");
    if (fresh != null && !fresh.isEmpty()) {
      try {
        tokens.write(fresh);
      } catch (IOException e) {
        LOG.warn("portal: cannot keep the restore token in {} ({}); the desktop will ask again next time",
            tokens.file(), e.getMessage());
      }
    } else if (persist != 0) {
      LOG.info("portal: the desktop gave no restore token (it does not remember the permission); it will ask"
          + " again next time");
    }
    LOG.info("portal: remote control granted (pointer{}), RemoteDesktop version {}{}",
        (devices & PortalClient.KEYBOARD) != 0 ? " and keyboard" : " only: key bindings do nothing", version,
        stored != null ? ", with the kept restore token" : "");
    return new Opened(session, devices, stored != null);
  }

  private static void refuseUnless(PortalResponse r, String step) throws PortalRefusedException {
    if (r.ok()) {
      return;
    }
    if (r.code() == PortalResponse.CANCELLED) {
      throw new PortalRefusedException("remote control was refused in the desktop's dialog (" + step
          + " cancelled); to use gestures, start handctl again and choose Share/Allow, or set output.backend"
          + " (see handctl doctor)");
    }
    throw new PortalRefusedException("the desktop's RemoteDesktop portal ended " + step + " without granting"
        + " remote control (response " + r.code() + "); check the desktop's remote-desktop/privacy settings, start"
        + " handctl again, or set output.backend (see handctl doctor)");
  }

  /** Returns a fresh request or session token (letters, digits and underscores, as the portal requires). */
  static String token() {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return "handctl" + HexFormat.of().formatHex(b);
  }
}
