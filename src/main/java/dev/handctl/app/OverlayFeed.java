package dev.handctl.app;

import dev.handctl.action.ActionDriver;
import dev.handctl.action.PointerFeedback;
import dev.handctl.shell.overlay.Overlay;
import dev.handctl.shell.overlay.OverlayState;

/**
 * Hands the driver's feedback to the overlay: after every frame (pipeline thread) and after a
 * pause or resume (control thread; no frames come while paused). Reuses one feedback and one state,
 * so a frame allocates nothing here.
 */
final class OverlayFeed {
  private final ActionDriver driver;
  private final Overlay overlay;
  private final PointerFeedback feedback = new PointerFeedback();
  private final OverlayState state = new OverlayState();

  /**
   * @param driver whose pointer the overlay shows
   * @param overlay where it is drawn
   */
  OverlayFeed(ActionDriver driver, Overlay overlay) {
    this.driver = driver;
    this.overlay = overlay;
  }

  /** Publishes the driver's feedback of this moment. */
  synchronized void publish() {
    driver.feedback(feedback);
    state.update(feedback, System.nanoTime());
    overlay.publish(state);
  }
}
