package dev.handctl.hand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report of new, kept, lost and forgotten hands worked out from ids. */
class HandChangesTest {
  private static final long MS = 1_000_000L;

  private static TrackedHand hand(int id) {
    List<PixelKeypoint> k = new ArrayList<>();
    List<WorldKeypoint> w = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      k.add(new PixelKeypoint(i, i, 0));
      w.add(new WorldKeypoint(0, 0, 0));
    }
    return new TrackedHand(id, new HandLandmarks(k, w, 1, Handedness.LEFT, 1, new HandRegion(0, 0, 1, 0)));
  }

  @Test
  void aHandBackWithinTheRejoinTimeIsKeptAndLaterIsNew() {
    HandChanges c = new HandChanges(100);
    TrackedHand a = hand(1);
    assertThat(c.next(List.of(a), 0).newHands()).containsExactly(a);
    TrackedFrame steady = c.next(List.of(a), 33 * MS);
    assertThat(steady.newHands()).isEmpty();
    assertThat(steady.lostIds()).isEmpty();
    assertThat(c.next(List.of(), 66 * MS).lostIds()).containsExactly(1);
    // 100 ms after the frame it went missing: still kept.
    TrackedFrame back = c.next(List.of(a), 166 * MS);
    assertThat(back.newHands()).isEmpty();
    assertThat(back.forgottenIds()).isEmpty();

    assertThat(c.next(List.of(), 200 * MS).lostIds()).containsExactly(1);
    TrackedFrame late = c.next(List.of(a), 301 * MS);
    assertThat(late.forgottenIds()).containsExactly(1);
    assertThat(late.newHands()).containsExactly(a);
  }

  @Test
  void withoutARejoinTimeALostHandIsForgottenAtOnce() {
    HandChanges c = new HandChanges(0);
    c.next(List.of(hand(1), hand(2)), 0);
    TrackedFrame f = c.next(List.of(hand(2)), 33 * MS);
    assertThat(f.lostIds()).containsExactly(1);
    assertThat(f.forgottenIds()).containsExactly(1);
    assertThat(c.next(List.of(hand(1), hand(2)), 66 * MS).newHands()).extracting(TrackedHand::id).containsExactly(1);
  }

  @Test
  void steadyFramesShareTheEmptyLists() {
    HandChanges c = new HandChanges(400);
    List<TrackedHand> hands = List.of(hand(3));
    c.next(hands, 0);
    TrackedFrame f = c.next(hands, 33 * MS);
    assertThat(f.newHands()).isSameAs(List.of());
    assertThat(f.lostIds()).isSameAs(List.of());
    assertThat(c.next(List.of(), 66 * MS).hands()).isEmpty();
    assertThat(c.next(List.of(), 99 * MS)).isSameAs(TrackedFrame.empty());
  }
}
