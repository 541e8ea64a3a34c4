package dev.handctl.shell;

import java.awt.Color;

/**
 * What the daemon is doing, as the tray icon and the preview show it. Each state has its own icon
 * colour, chosen to stand out in panels (and to be found in screenshots by tests).
 */
public enum DaemonState {
  /** Gestures drive the mouse and keyboard. */
  RUNNING("running", new Color(0x18, 0xC0, 0x60)),
  /** Nothing is sent to the mouse and keyboard; the camera is not processed. */
  PAUSED("paused", new Color(0xF0, 0xA0, 0x00)),
  /** The camera is missing, unplugged or busy; handctl keeps trying. */
  WAITING_FOR_CAMERA("waiting for camera", new Color(0x30, 0x80, 0xF0)),
  /** The video or landmark recording played to its end; nothing more comes until Quit. */
  ENDED("ended", new Color(0x90, 0x90, 0xA0)),
  /** Something needs the user: the rules or settings have mistakes, or the camera failed. */
  ERROR("error", new Color(0xE0, 0x20, 0x20));

  private final String label;
  private final Color color;

  DaemonState(String label, Color color) {
    this.label = label;
    this.color = color;
  }

  /** Returns the words for it, such as {@code waiting for camera}. */
  public String label() {
    return label;
  }

  /**
   * Returns the words for it, marked when nothing is touched: {@code running (dry run)}.
   *
   * @param dryRun whether this is a dry run (actions printed, not sent)
   */
  public String label(boolean dryRun) {
    return dryRun ? label + " (dry run)" : label;
  }

  /** Returns the icon's colour. */
  public Color color() {
    return color;
  }
}
