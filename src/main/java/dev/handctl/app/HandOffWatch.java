package dev.handctl.app;

import dev.handctl.action.ActionDriver;
import dev.handctl.action.ActionSink;
import dev.handctl.action.HandOff;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the real pointer for the {@link HandOff}: reads it from the output (where the output can
 * tell: X11) every {@link #POLL_MILLIS}, lets the driver go when the real mouse moves it, and takes
 * the pointer back after the quiet interval: a pose under way steers again from where the mouse
 * left the pointer (the pointer is taken afresh, from its real place).
 */
final class HandOffWatch {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");
  /**
   * How often the pointer is read: about a frame, so a touch of the mouse stops handctl within a
   * frame or two; reading it is one round trip to the display.
   */
  static final long POLL_MILLIS = 30;

  private HandOffWatch() {}

  /**
   * Starts watching, where the output can read the pointer.
   *
   * @param handOff the hand-off in front of the output
   * @param output the real output (read, not driven)
   * @param driver the driver to let go
   * @param timer where to poll (the daemon's control thread)
   * @param quietMillis the quiet interval at start, for the log (0: off until a reload turns it on)
   * @return whether the watch runs (false: this output cannot read the pointer)
   */
  static boolean start(HandOff handOff, ActionSink output, ActionDriver driver, ScheduledExecutorService timer,
      long quietMillis) {
    if (output.pointerPosition() == null) {
      LOG.info("hand-off to the mouse: off (this output cannot read the pointer)");
      return false;
    }
    if (quietMillis > 0) {
      LOG.info("hand-off to the mouse: on (handctl lets go when the mouse moves, back after {} ms still)",
          quietMillis);
    } else {
      LOG.info("hand-off to the mouse: off (actions.handOffQuietMillis: 0)");
    }
    timer.scheduleWithFixedDelay(() -> {
      try {
        switch (handOff.observe(output.pointerPosition(), System.nanoTime())) {
          case YIELD -> {
            driver.yieldToMouse(true);
            // A move of handctl's may have landed after the mouse's and before this reading: the
            // mouse's place wins.
            var mouse = handOff.mouseAt();
            var now = output.pointerPosition();
            if (mouse != null && now != null && !mouse.equals(now)) {
              output.moveTo(mouse.xPx(), mouse.yPx());
            }
            LOG.info("hand-off: the mouse moved the pointer; handctl lets go until it is still");
          }
          case TAKE_BACK -> {
            driver.yieldToMouse(false);
            LOG.info("hand-off: the mouse is still; handctl takes the pointer back");
          }
          case NONE -> { }
        }
      } catch (RuntimeException e) {
        LOG.warn("hand-off: could not read the pointer: {}", e.toString());
      }
    }, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    return true;
  }
}
