package dev.handctl.testing;

import dev.handctl.action.PointerFeedback;
import dev.handctl.shell.overlay.Overlay;
import dev.handctl.shell.overlay.OverlayState;
import java.util.ArrayList;
import java.util.List;

/** An {@link Overlay} that draws nothing and remembers what each published state would draw, for tests. */
public final class RecordingOverlay implements Overlay {
  /**
   * One published state, as the window would draw it at the moment it was published.
   *
   * @param mode the mode
   * @param progress the ring's fill
   * @param flashing whether the ring flashes
   * @param scrolling whether a scroll arrow shows
   * @param scrollX its horizontal sign
   * @param label the word under the ring
   */
  public record Drawn(PointerFeedback.Mode mode, double progress, boolean flashing, boolean scrolling, int scrollX,
      String label) {}

  private final List<Drawn> drawn = new ArrayList<>();
  private final OverlayState copy = new OverlayState();
  private final java.util.function.LongSupplier clock;

  /** @param clock the time the flash and arrow are judged at (the test's clock) */
  public RecordingOverlay(java.util.function.LongSupplier clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void publish(OverlayState state) {
    copy.copyFrom(state); // as the window does: the caller fills the same state again
    long now = clock.getAsLong();
    drawn.add(new Drawn(copy.mode(), copy.progress(), copy.flashing(now), copy.scrolling(now), copy.scrollX(),
        copy.label()));
  }

  /** Returns every state published so far, oldest first. */
  public synchronized List<Drawn> drawn() {
    return List.copyOf(drawn);
  }

  @Override
  public String kind() {
    return "recording";
  }

  @Override
  public void close() {}
}
