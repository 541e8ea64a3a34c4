package dev.handctl.output;

import java.util.List;
import java.util.Map;

/**
 * What the session offers for output, gathered once at start (and by {@code handctl doctor}).
 *
 * @param sessionType {@code XDG_SESSION_TYPE} ({@code x11}, {@code wayland}, ...), or "" when unset
 * @param desktop {@code XDG_CURRENT_DESKTOP}, or ""
 * @param waylandDisplay {@code WAYLAND_DISPLAY}, or ""
 * @param x11Display {@code DISPLAY}, or "" (under Wayland: Xwayland's)
 * @param waylandGlobals the interfaces the compositor offered, or null when there is no compositor to
 *     ask
 * @param waylandProblem why the compositor could not be asked, or ""
 * @param uinputWritable whether {@code /dev/uinput} can be opened for writing
 * @param portalVersion the version of the session bus's {@code org.freedesktop.portal.RemoteDesktop}
 *     portal, 0 when it is absent or was not asked
 * @param portalProblem why there is no portal ("" when there is)
 */
public record SessionFacts(String sessionType, String desktop, String waylandDisplay, String x11Display,
    List<String> waylandGlobals, String waylandProblem, boolean uinputWritable, int portalVersion,
    String portalProblem) {

  /** The interface of the virtual pointer manager. */
  public static final String VIRTUAL_POINTER = "zwlr_virtual_pointer_manager_v1";
  /** The interface of the virtual keyboard manager. */
  public static final String VIRTUAL_KEYBOARD = "zwp_virtual_keyboard_manager_v1";

  /**
   * Reads the environment part (the rest is probed by the caller).
   *
   * @param env the environment
   * @param waylandGlobals the compositor's interfaces, or null
   * @param waylandProblem why they are missing, or ""
   * @param uinputWritable whether /dev/uinput is writable
   * @return the facts
   */
  public static SessionFacts of(Map<String, String> env, List<String> waylandGlobals, String waylandProblem,
      boolean uinputWritable) {
    return new SessionFacts(env.getOrDefault("XDG_SESSION_TYPE", ""), env.getOrDefault("XDG_CURRENT_DESKTOP", ""),
        env.getOrDefault("WAYLAND_DISPLAY", ""), env.getOrDefault("DISPLAY", ""), waylandGlobals,
        waylandProblem == null ? "" : waylandProblem, uinputWritable, 0, "not asked (not a Wayland session)");
  }

  /**
   * Returns these facts with what the session bus said of the RemoteDesktop portal.
   *
   * @param version its version, 0 when absent
   * @param problem why it is absent, or ""
   * @return the facts
   */
  public SessionFacts withPortal(int version, String problem) {
    return new SessionFacts(sessionType, desktop, waylandDisplay, x11Display, waylandGlobals, waylandProblem,
        uinputWritable, version, problem == null ? "" : problem);
  }

  /** Returns whether the session bus has the RemoteDesktop portal. */
  public boolean portal() {
    return portalVersion > 0;
  }

  /** Returns whether this is a Wayland session (a compositor socket named, or the session type says so). */
  public boolean wayland() {
    return !waylandDisplay.isEmpty() || sessionType.equalsIgnoreCase("wayland");
  }

  /** Returns whether the compositor offers the wlroots virtual pointer (the keyboard is optional). */
  public boolean virtualPointer() {
    return waylandGlobals != null && waylandGlobals.contains(VIRTUAL_POINTER);
  }

  /** Returns whether the compositor offers the virtual keyboard. */
  public boolean virtualKeyboard() {
    return waylandGlobals != null && waylandGlobals.contains(VIRTUAL_KEYBOARD);
  }

  /** Returns a name for the compositor: the desktop's, else guessed from what it offers. */
  public String compositor() {
    if (!desktop.isEmpty()) {
      return desktop;
    }
    if (waylandGlobals == null) {
      return wayland() ? "unknown (not reachable)" : "none (X11)";
    }
    if (waylandGlobals.contains("org_kde_kwin_fake_input") || waylandGlobals.contains("org_kde_plasma_shell")) {
      return "KDE (KWin)";
    }
    if (waylandGlobals.contains("gtk_shell1")) {
      return "GNOME (Mutter)";
    }
    return virtualPointer() ? "wlroots-based" : "unknown";
  }

  /** Returns whether the desktop is GNOME or KDE (where the RemoteDesktop portal is the way). */
  public boolean gnomeOrKde() {
    String d = desktop.toUpperCase(java.util.Locale.ROOT);
    return d.contains("GNOME") || d.contains("KDE") || d.contains("UNITY") || compositor().startsWith("GNOME")
        || compositor().startsWith("KDE");
  }
}
