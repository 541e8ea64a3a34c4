package dev.handctl.output;

import java.util.Locale;

/** The ways handctl can drive the mouse and keyboard ({@code output.backend}). */
public enum OutputBackend {
  /** Choose from the session (see {@link BackendChooser}). */
  AUTO("auto"),
  /** {@code java.awt.Robot} (XTEST): X11 sessions, and X11 windows only under Xwayland. */
  X11("x11"),
  /** The wlroots virtual pointer and keyboard protocols: sway, Hyprland, river, labwc, wayfire. */
  WAYLAND_VIRTUAL("wayland-virtual"),
  /** The RemoteDesktop portal over D-Bus (GNOME, KDE Plasma): the desktop asks the user once. */
  PORTAL("portal"),
  /** Virtual kernel input devices through {@code /dev/uinput}: every desktop, opt-in only. */
  UINPUT("uinput");

  private final String setting;

  OutputBackend(String setting) {
    this.setting = setting;
  }

  /** Returns the word used in the settings, such as {@code wayland-virtual}. */
  public String setting() {
    return setting;
  }

  /**
   * Parses a setting's word.
   *
   * @param word such as {@code auto}
   * @return the backend
   * @throws IllegalArgumentException for another word
   */
  public static OutputBackend parse(String word) {
    for (OutputBackend b : values()) {
      if (b.setting.equals(word.strip().toLowerCase(Locale.ROOT))) {
        return b;
      }
    }
    throw new IllegalArgumentException("output.backend: expected auto, x11, wayland-virtual, portal or uinput, got '"
        + word + "'");
  }
}
