package dev.handctl.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.config.ConfigLoader;
import dev.handctl.hand.PixelKeypoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pointer maths on a synthetic hand (a wrist and four finger bases, 100 px hand size). */
class PointerControllerTest {
  private static final PointerSettings DEFAULTS = ConfigLoader.defaults().pointer();

  /** A hand whose palm centre is at (x, y) in a 640x480 frame, hand size 100 px. */
  private static List<PixelKeypoint> handAt(double x, double y) {
    List<PixelKeypoint> k = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      k.add(new PixelKeypoint(x, y, 0));
    }
    k.set(0, new PixelKeypoint(x, y + 60, 0)); // wrist
    k.set(5, new PixelKeypoint(x - 30, y - 15, 0));
    k.set(9, new PixelKeypoint(x, y - 40, 0)); // middle-finger base: wrist to it is 100 px
    k.set(13, new PixelKeypoint(x + 20, y - 15, 0));
    k.set(17, new PixelKeypoint(x + 10, y - 15, 0));
    return k;
  }

  private static PointerSettings absolute() {
    PointerSettings d = DEFAULTS;
    return new PointerSettings(PointerMode.ABSOLUTE, d.anchor(), d.gainPxPerHandSize(), d.acceleration(), d.slowSpeed(),
        d.slowFactor(), d.fastSpeed(), d.fastFactor(), d.deadZoneHandSizes(), d.smoothing(), d.region(),
        d.clickRewindMillis(), d.approachFactor(), d.dragStartHandSizes(), d.dragStartMillis());
  }

  @Test
  void absoluteModeMapsTheRegionOntoTheWholeVirtualDesktopTheUsersWay() {
    // Two monitors: one left of the primary (negative x).
    DesktopBounds desktop = new DesktopBounds(-1920, 0, 3840, 1080);
    PointerSettings.CameraRegion r = DEFAULTS.region();
    double centreX = (r.left() + r.right()) / 2 * 640;
    double centreY = (r.top() + r.bottom()) / 2 * 480;
    double leftEdge = r.left() * 640;
    for (boolean mirrored : new boolean[] {false, true}) {
      PointerController p = new PointerController(absolute(), desktop, mirrored);
      // The anchor, the mean of the five palm points, is 5 px above the point given.
      p.follow(handAt(centreX, centreY + 5), 0, 640, 480);
      assertThat(p.position().xPx()).isBetween(-10, 10);
      assertThat(p.position().yPx()).isBetween(530, 550);
      // The image's left edge of the region is the user's right in an ordinary picture.
      PointerController q = new PointerController(absolute(), desktop, mirrored);
      q.follow(handAt(leftEdge, centreY + 5), 0, 640, 480);
      assertThat(q.position().xPx()).isEqualTo(mirrored ? -1920 : 1919);
    }
  }

  @Test
  void absoluteModeHoldsThePointerOnTheEdgeForAHandPastTheRegionNotADeadZoneShortOfIt() {
    DesktopBounds desktop = new DesktopBounds(-1920, 0, 3840, 1080);
    PointerSettings.CameraRegion r = DEFAULTS.region();
    double centreY = (r.top() + r.bottom()) / 2 * 480;
    PointerController p = new PointerController(absolute(), desktop, true);
    long t = 0;
    // From the middle to the region's left edge and past it (mirrored: the desktop's left), then
    // along it; then to the top edge.
    for (int i = 0; i <= 40; i++, t += 33_333_333L) {
      p.follow(handAt(320 - i * 6, centreY + 5), t, 640, 480);
    }
    assertThat(p.position()).isEqualTo(new DesktopPoint(-1920, 540));
    for (int i = 0; i <= 40; i++, t += 33_333_333L) {
      p.follow(handAt(80, centreY + 5 - i * 6), t, 640, 480);
    }
    assertThat(p.position()).isEqualTo(new DesktopPoint(-1920, 0));
    // Back inside the region the edge lets go: the pointer follows to within the dead zone (20 px here).
    for (int i = 0; i <= 90; i++, t += 33_333_333L) {
      p.follow(handAt(320, 240), t, 640, 480);
    }
    assertThat(p.position().xPx()).isBetween(-40, 20);
    assertThat(p.position().yPx()).isBetween(560, 640);
  }

  @Test
  void relativeModeStaysOnTheDesktopAndRewindsToEarlierPositions() {
    DesktopBounds desktop = new DesktopBounds(-1920, 0, 3840, 1080);
    PointerController p = new PointerController(DEFAULTS, desktop, true);
    p.place(new DesktopPoint(0, 500), 0);
    long t = 0;
    for (int i = 0; i <= 60; i++, t += 33_333_333L) {
      p.follow(handAt(320 - i * 10, 240), t, 640, 480); // mirrored: image left is the user's left
    }
    assertThat(p.position().xPx()).as("clamped at the left monitor's edge").isEqualTo(-1920);
    DesktopPoint early = p.positionAt(10 * 33_333_333L);
    assertThat(early.xPx()).isLessThan(0).isGreaterThan(-1920);
    assertThat(p.positionAt(-1)).as("before the history: its oldest").isEqualTo(new DesktopPoint(0, 500));
  }

  @Test
  void accelerationOffGivesTheSameGainAtEverySpeed() {
    PointerSettings d = DEFAULTS;
    PointerSettings flat = new PointerSettings(d.mode(), d.anchor(), d.gainPxPerHandSize(), false, d.slowSpeed(),
        d.slowFactor(), d.fastSpeed(), d.fastFactor(), 0, d.smoothing(), d.region(), d.clickRewindMillis(),
        d.approachFactor(), d.dragStartHandSizes(), d.dragStartMillis());
    DesktopBounds desktop = new DesktopBounds(0, 0, 100_000, 1080);
    int[] moved = new int[2];
    int[] frames = {60, 10};
    for (int run = 0; run < 2; run++) {
      PointerController p = new PointerController(flat, desktop, true);
      p.place(new DesktopPoint(1000, 500), 0);
      long t = 0;
      for (int i = 0; i <= frames[run] + 30; i++, t += 33_333_333L) {
        p.follow(handAt(100 + 100.0 * Math.min(i, frames[run]) / frames[run], 240), t, 640, 480);
      }
      moved[run] = p.position().xPx() - 1000;
    }
    // One hand size, slowly (2 s) or fast (0.33 s): the same distance without acceleration.
    assertThat(moved[0]).isCloseTo((int) d.gainPxPerHandSize(), org.assertj.core.data.Offset.offset(40));
    assertThat(moved[1]).isCloseTo(moved[0], org.assertj.core.data.Offset.offset(40));
  }
}
