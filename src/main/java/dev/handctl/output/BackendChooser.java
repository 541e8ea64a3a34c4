package dev.handctl.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the output backend from the setting and the session.
 *
 * <p>{@code auto}: an X11 session (or no Wayland compositor named) gets {@code x11}, as before. A
 * Wayland compositor offering the wlroots virtual pointer gets {@code wayland-virtual}: it needs no
 * dialog and reaches every window. Otherwise (GNOME, KDE) the RemoteDesktop portal when the session
 * bus has it (the desktop asks the user once); else {@code x11} through Xwayland with a warning that
 * only X11 windows receive the input. {@code uinput} is never chosen by itself (it has the power of a physical keyboard: opt-in only).
 * A backend named in the settings is used when it can work, else the choice is none with the reason.
 */
public final class BackendChooser {
  private BackendChooser() {}

  /**
   * Chooses.
   *
   * @param setting {@code output.backend}
   * @param facts the session
   * @return the choice
   */
  public static BackendChoice choose(OutputBackend setting, SessionFacts facts) {
    if (setting != OutputBackend.AUTO) {
      String problem = unavailable(setting, facts);
      return problem == null ? new BackendChoice(setting, "output.backend: " + setting.setting(), "")
          : new BackendChoice(null, "output.backend: " + setting.setting() + ", but " + problem, advice(setting));
    }
    if (!facts.wayland()) {
      return new BackendChoice(OutputBackend.X11, "auto: X11 session", "");
    }
    if (facts.virtualPointer()) {
      return new BackendChoice(OutputBackend.WAYLAND_VIRTUAL,
          "auto: Wayland session; the compositor offers the virtual pointer"
              + (facts.virtualKeyboard() ? " and keyboard" : " (no virtual keyboard: keys do nothing)"), "");
    }
    String compositor = facts.compositor();
    if (facts.portal()) {
      return new BackendChoice(OutputBackend.PORTAL, "auto: Wayland session (" + compositor + ") without the virtual"
          + " pointer; the RemoteDesktop portal (version " + facts.portalVersion() + ")", "");
    }
    if (!facts.x11Display().isEmpty()) {
      return new BackendChoice(OutputBackend.X11, "auto: Wayland session (" + compositor + ") without the virtual"
          + " pointer; x11 through Xwayland",
          "under Wayland, x11 moves the pointer over X11 (Xwayland) windows only; "
              + (facts.gnomeOrKde() ? "GNOME and KDE need the RemoteDesktop portal (xdg-desktop-portal with"
                  + " xdg-desktop-portal-gnome or -kde), which is missing here (" + facts.portalProblem() + "); " : "")
              + "an X11 session works fully");
    }
    return new BackendChoice(null, "auto: Wayland session (" + compositor + ") with neither the virtual pointer nor"
        + " Xwayland", facts.gnomeOrKde() ? "GNOME and KDE need the RemoteDesktop portal (xdg-desktop-portal with"
            + " xdg-desktop-portal-gnome or -kde), which is missing here (" + facts.portalProblem() + "); an X11 session"
            + " works too" : "handctl cannot drive this desktop; an X11 session works");
  }

  /** Why a backend cannot work in this session, or null when it can. */
  static String unavailable(OutputBackend b, SessionFacts facts) {
    return switch (b) {
      case AUTO -> null;
      case X11 -> facts.x11Display().isEmpty() ? "no X11 display (DISPLAY is not set)" : null;
      case WAYLAND_VIRTUAL -> !facts.wayland() ? "this is not a Wayland session"
          : facts.waylandGlobals() == null ? "the compositor cannot be reached (" + facts.waylandProblem() + ")"
          : !facts.virtualPointer() ? "the compositor (" + facts.compositor() + ") does not offer "
              + SessionFacts.VIRTUAL_POINTER : null;
      case PORTAL -> facts.portal() ? null : facts.portalProblem();
      case UINPUT -> facts.uinputWritable() ? null
          : "/dev/uinput cannot be written (no uinput module loaded, or no permission for this user)";
    };
  }

  private static String advice(OutputBackend b) {
    return switch (b) {
      case WAYLAND_VIRTUAL -> "wayland-virtual works on wlroots compositors (sway, Hyprland, river, labwc, wayfire);"
          + " set output.backend: auto";
      case X11 -> "x11 needs an X11 session or Xwayland; set output.backend: auto";
      case UINPUT -> "the .deb installs a udev rule giving the logged-in user /dev/uinput and loads the module at"
          + " boot (log in again after installing); elsewhere see the README";
      case PORTAL -> "the portal needs xdg-desktop-portal and the desktop's backend (xdg-desktop-portal-gnome on"
          + " GNOME, xdg-desktop-portal-kde on KDE Plasma); wlroots compositors have none (use wayland-virtual)";
      default -> "set output.backend: auto";
    };
  }

  /**
   * Lists every backend with whether it can work here, for {@code handctl doctor}.
   *
   * @param facts the session
   * @return one line per backend
   */
  public static List<String> availability(SessionFacts facts) {
    List<String> lines = new ArrayList<>();
    for (OutputBackend b : OutputBackend.values()) {
      if (b == OutputBackend.AUTO) {
        continue;
      }
      String problem = unavailable(b, facts);
      if (b == OutputBackend.UINPUT && problem == null) {
        lines.add("uinput: available (opt-in: output.backend: uinput; never chosen by auto)");
        continue;
      }
      lines.add(b.setting() + ": " + (problem == null ? "available" : "unavailable: " + problem));
    }
    return lines;
  }
}
