package dev.handctl.action;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link ActionSink} in front of the real one that keeps the ledger of what is held down: a
 * button or key goes down once however often it is pressed, goes up only if it is down, and
 * {@link #releaseEverything()} lifts whatever is still held. It also keeps the click rate limit
 * ({@code minClickIntervalMillis}), since a click is a press and release it answers for.
 *
 * <p>The ledger is what makes "every button and key this driver pressed is released" hold even
 * when a binding was changed under a held pose. Not thread-safe; the {@link ActionDriver} that
 * owns it serialises all calls.
 */
final class PressLedger implements ActionSink {
  private static final Logger LOG = LoggerFactory.getLogger(PressLedger.class);

  private final ActionSink sink;
  private final Set<MouseButton> pressedButtons = EnumSet.noneOf(MouseButton.class);
  /** Keys held, the newest first, so that everything left is released in reverse order. */
  private final Deque<String> pressedKeys = new ArrayDeque<>();
  private long lastClickNanos = Long.MIN_VALUE / 2;
  /** Clicks and scrolls sent, and the last scroll's signs, for the feedback at the pointer. */
  private long clicks;
  private long scrolls;
  private int lastScrollX;
  private int lastScrollY;

  /**
   * Creates an empty ledger.
   *
   * @param sink where input goes
   */
  PressLedger(ActionSink sink) {
    this.sink = sink;
  }

  @Override
  public void beginFrame(long timestampNanos) {
    sink.beginFrame(timestampNanos);
  }

  @Override
  public DesktopPoint pointerPosition() {
    return sink.pointerPosition();
  }

  @Override
  public void moveTo(int xPx, int yPx) {
    sink.moveTo(xPx, yPx);
  }

  /** Presses a button unless this ledger holds it down already. */
  @Override
  public void press(MouseButton button) {
    if (pressedButtons.add(button)) {
      sink.press(button);
    }
  }

  /** Releases a button if this ledger holds it down. */
  @Override
  public void release(MouseButton button) {
    if (pressedButtons.remove(button)) {
      sink.release(button);
    }
  }

  @Override
  public void scroll(int verticalSteps, int horizontalSteps) {
    sink.scroll(verticalSteps, horizontalSteps);
    scrolls++;
    lastScrollX = Integer.signum(horizontalSteps);
    lastScrollY = Integer.signum(verticalSteps);
  }

  /** Presses a key unless this ledger holds it down already. */
  @Override
  public void keyPress(String key) {
    if (!pressedKeys.contains(key)) {
      pressedKeys.push(key);
      sink.keyPress(key);
    }
  }

  /** Releases a key if this ledger holds it down. */
  @Override
  public void keyRelease(String key) {
    if (pressedKeys.remove(key)) {
      sink.keyRelease(key);
    }
  }

  /** Presses a chord's keys in order (those not held already). */
  void pressKeys(KeyChord keys) {
    for (String k : keys.keys()) {
      keyPress(k);
    }
  }

  /** Releases a chord's keys in reverse order, as a person lets go of a shortcut. */
  void releaseKeys(KeyChord keys) {
    List<String> reversed = new ArrayList<>(keys.keys());
    Collections.reverse(reversed);
    for (String k : reversed) {
      keyRelease(k);
    }
  }

  /**
   * Takes a click's turn under the rate limit: false (and logged) when the last click taken was
   * less than {@code minIntervalMillis} ago, else the click counts as made now.
   *
   * @param nowNanos the frame's time
   * @param minIntervalMillis {@code actions.minClickIntervalMillis}
   * @return whether the click may go ahead
   */
  boolean takeClick(long nowNanos, long minIntervalMillis) {
    if (nowNanos - lastClickNanos < minIntervalMillis * 1_000_000L) {
      LOG.info("click dropped: {} ms after the previous one (actions.minClickIntervalMillis {})",
          (nowNanos - lastClickNanos) / 1_000_000, minIntervalMillis);
      return false;
    }
    lastClickNanos = nowNanos;
    clicks++;
    return true;
  }

  long clicks() {
    return clicks;
  }

  long scrolls() {
    return scrolls;
  }

  int lastScrollX() {
    return lastScrollX;
  }

  int lastScrollY() {
    return lastScrollY;
  }

  /** Releases every button and key still held: buttons first, then keys, the newest first. */
  void releaseEverything() {
    if (!pressedButtons.isEmpty()) {
      for (MouseButton b : List.copyOf(pressedButtons)) {
        release(b);
      }
    }
    while (!pressedKeys.isEmpty()) {
      sink.keyRelease(pressedKeys.pop());
    }
  }
}
