package dev.handctl.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which troubles reach the desktop as notifications, and how often (made-up states and times). */
class UserNoticesTest {
  private static final long S = 1_000_000_000L;
  private final List<String> told = new ArrayList<>();
  private final UserNotices notices = new UserNotices((summary, body) -> told.add(summary + ": " + body));

  @Test
  void aTroubleIsToldOnceAsItBeginsAndAtMostOnceAMinute() {
    notices.check(0, "2 problem(s)", null, null, null);
    notices.check(1 * S, "2 problem(s)", null, null, null);
    assertThat(told).hasSize(1);
    assertThat(told.get(0)).startsWith("handctl: configuration has mistakes: 2 problem(s); the last good settings");
    notices.check(2 * S, null, null, null, null); // fixed
    notices.check(3 * S, "1 problem(s)", null, null, null); // broken again within the minute
    assertThat(told).as("at most one per cause per minute").hasSize(1);
    notices.check(62 * S, null, null, null, null);
    notices.check(63 * S, "1 problem(s)", null, null, null);
    assertThat(told).hasSize(2);
  }

  @Test
  void aCameraGoneForAMomentIsNotWorthANotification() {
    notices.check(0, null, "no camera at /dev/video0", null, null);
    notices.check(4 * S, null, "no camera at /dev/video0", null, null);
    notices.check(4500_000_000L, null, null, null, null); // back within the grace time
    assertThat(told).isEmpty();
    notices.check(10 * S, null, "no camera at /dev/video0", null, null);
    notices.check(15 * S, null, "no camera at /dev/video0", null, null);
    assertThat(told).containsExactly(
        "handctl: no camera: no camera at /dev/video0; handctl waits for it and carries on by itself.");
  }

  @Test
  void eachCauseOnItsOwn() {
    notices.check(0, null, null, "none (portal: remote control was refused)", "gave up after 3 failures");
    assertThat(told).hasSize(2);
    assertThat(told.get(0)).startsWith("handctl cannot drive the mouse: none (portal");
    assertThat(told.get(1)).startsWith("handctl stopped watching the camera: gave up after 3 failures");
  }
}
