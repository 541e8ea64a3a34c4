package dev.handctl.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.action.HandOff.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Yielding to the real mouse, on made-up pointer positions and times (synthetic): handctl's own moves,
 * read late, are not the mouse; a move elsewhere is, at once; handctl takes back after the quiet time.
 */
class HandOffTest {
  private static final long MS = 1_000_000L;

  private static HandOff handOff(long quietMillis) {
    return new HandOff(new SafetySettings(300, 200, 0.25, quietMillis, 6, null));
  }

  private static DesktopPoint at(int x, int y) {
    return new DesktopPoint(x, y);
  }

  @Test
  void itsOwnMovesReadLateAreNotTheMouse() {
    HandOff h = handOff(1500);
    h.noteMove(100, 100, 0);
    assertThat(h.observe(at(100, 100), 5 * MS)).isEqualTo(Verdict.NONE);
    h.noteMove(120, 100, 33 * MS);
    h.noteMove(140, 100, 66 * MS);
    assertThat(h.observe(at(120, 101), 70 * MS)).as("a move the display applied a frame late").isEqualTo(Verdict.NONE);
    assertThat(h.observe(at(140, 100), 100 * MS)).isEqualTo(Verdict.NONE);
    assertThat(h.yielded()).isFalse();
  }

  @Test
  void theMouseMovingThePointerElsewhereMakesItYieldThenTakeBackWhenStill() {
    HandOff h = handOff(1500);
    h.noteMove(100, 100, 0);
    h.observe(at(100, 100), 10 * MS);
    assertThat(h.observe(at(400, 300), 40 * MS)).isEqualTo(Verdict.YIELD);
    assertThat(h.yielded()).isTrue();
    assertThat(h.observe(at(420, 310), 500 * MS)).as("still moving: still yielded").isEqualTo(Verdict.NONE);
    assertThat(h.observe(at(420, 310), 1900 * MS)).as("1.4 s still: not yet").isEqualTo(Verdict.NONE);
    assertThat(h.observe(at(420, 310), 2001 * MS)).isEqualTo(Verdict.TAKE_BACK);
    assertThat(h.yielded()).isFalse();
  }

  @Test
  void whileYieldedHandctlsActionsAreDroppedButReleasesGoThrough() {
    HandOff h = handOff(1500);
    RecordingActionSink real = new RecordingActionSink(new DesktopBounds(0, 0, 800, 600));
    ActionSink sink = h.wrap(real);
    sink.moveTo(100, 100);
    sink.press(MouseButton.LEFT);
    h.observe(at(100, 100), System.nanoTime());
    assertThat(h.observe(at(600, 500), System.nanoTime())).isEqualTo(Verdict.YIELD);
    sink.moveTo(110, 100);
    sink.press(MouseButton.RIGHT);
    sink.scroll(1, 0);
    sink.keyPress("a");
    sink.release(MouseButton.LEFT);
    assertThat(real.actions()).extracting(a -> a.action()).containsExactly("move", "press", "release");
  }

  @Test
  void offNeverYields() {
    HandOff h = handOff(0);
    h.observe(at(0, 0), 0);
    assertThat(h.observe(at(500, 500), 10 * MS)).isEqualTo(Verdict.NONE);
    assertThat(h.enabled()).isFalse();
  }
}
