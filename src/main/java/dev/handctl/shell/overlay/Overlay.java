package dev.handctl.shell.overlay;

/**
 * The feedback at the pointer as the daemon sees it: the window ({@link OverlayWindow}) or, where
 * none can be made (no X11 display, Wayland, {@code overlay.enabled: false}), {@link #none()}.
 */
public interface Overlay extends AutoCloseable {
  /**
   * Offers the state to draw; the overlay copies it (the caller fills the same object again next
   * frame) and repaints on its own thread when the picture changed. Allocates nothing.
   *
   * @param state what to draw
   */
  void publish(OverlayState state);

  /** Returns what this overlay is, for the log: such as {@code X11 window 0x2a00007}, or {@code none}. */
  String kind();

  /** Removes the window for good. */
  @Override
  void close();

  /** Returns an overlay that draws nothing. */
  static Overlay none() {
    return new Overlay() {
      @Override
      public void publish(OverlayState state) {}

      @Override
      public String kind() {
        return "none";
      }

      @Override
      public void close() {}
    };
  }
}
