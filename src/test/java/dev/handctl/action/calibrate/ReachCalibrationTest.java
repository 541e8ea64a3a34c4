package dev.handctl.action.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handctl.action.DesktopBounds;
import dev.handctl.action.DesktopPoint;
import dev.handctl.action.PointerController;
import dev.handctl.action.PointerMode;
import dev.handctl.action.PointerSettings;
import dev.handctl.config.ConfigLoader;
import dev.handctl.hand.TrackedHand;
import dev.handctl.testing.LandmarkScript;
import dev.handctl.testing.RealHands;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reach calibration on synthetic landmark streams: a real hand's keypoints (found by the models in a
 * shared webcam photo) moved by {@link LandmarkScript} to the corners of a part of the picture and
 * held there, with the landmark model's jitter.
 */
class ReachCalibrationTest {
  private static final int W = RealHands.WIDTH_PX;
  private static final int H = RealHands.HEIGHT_PX;
  private static final PointerSettings DEFAULTS = ConfigLoader.defaults().pointer();
  private static final DesktopBounds DESKTOP = new DesktopBounds(-1280, 0, 1280 + 1920, 1080);
  private static final int HOLD = 30;

  /** The hand visits the four corners of a 2 x 1.2 hand-size rectangle around the picture's centre; ends of holds. */
  private static LandmarkScript fourCorners(long seed, List<Integer> holdEnds) {
    LandmarkScript s = new LandmarkScript(RealHands.of(RealHands.OPEN_PALM), 1, seed, 1.0).centredIn(W, H).hold(10);
    double[][] moves = {{-1, -0.6}, {2, 0}, {0, 1.2}, {-2, 0}};
    for (double[] m : moves) {
      s.move(m[0], m[1], 20).hold(HOLD);
      holdEnds.add(s.size() - 1);
    }
    return s.move(1, -0.6, 20);
  }

  private static Calibration calibrate(LandmarkScript s) throws CalibrationException {
    ReachCalibration c = new ReachCalibration(ReachCalibration.Settings.DEFAULTS, DEFAULTS.anchor());
    for (int i = 0; i < s.size(); i++) {
      c.offer(LandmarkScript.timestampNanos(i), W, H, s.hands(i).stream().map(TrackedHand::landmarks).toList());
    }
    return c.result(DESKTOP);
  }

  private static PointerSettings absolute(PointerSettings.CameraRegion region) {
    PointerSettings d = DEFAULTS;
    return new PointerSettings(PointerMode.ABSOLUTE, d.anchor(), d.gainPxPerHandSize(), d.acceleration(), d.slowSpeed(),
        d.slowFactor(), d.fastSpeed(), d.fastFactor(), d.deadZoneHandSizes(), d.smoothing(), region,
        d.clickRewindMillis(), d.approachFactor(), d.dragStartHandSizes(), d.dragStartMillis());
  }

  @Test
  void theCalibratedAbsoluteMappingReachesAllFourDesktopCornersFromTheHeldCorners() throws Exception {
    List<Integer> holdEnds = new ArrayList<>();
    LandmarkScript s = fourCorners(11, holdEnds);
    Calibration cal = calibrate(s);
    double handSize = s.handSizePx();
    // The region lies inside the visited rectangle (margin in), a little smaller than 2 x 1.2 hand sizes.
    assertTrue(cal.widthHandSizes() > 1.5 && cal.widthHandSizes() < 2.0, "width " + cal);
    assertTrue(cal.heightHandSizes() > 0.8 && cal.heightHandSizes() < 1.2, "height " + cal);
    assertEquals(4, cal.holds(), cal.toString());
    assertEquals(W / 2.0, (cal.region().left() + cal.region().right()) / 2 * W, 0.1 * handSize, "centred: " + cal);
    for (boolean mirrored : new boolean[] {false, true}) {
      PointerController p = new PointerController(absolute(cal.region()), DESKTOP, mirrored);
      List<DesktopPoint> reached = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        if (!s.hands(i).isEmpty()) {
          p.follow(s.hands(i).get(0).landmarks().keypoints(), LandmarkScript.timestampNanos(i), W, H);
        }
        if (holdEnds.contains(i)) {
          reached.add(p.position());
        }
      }
      int left = DESKTOP.xPx();
      int right = DESKTOP.xPx() + DESKTOP.widthPx() - 1;
      int bottom = DESKTOP.heightPx() - 1;
      // Image corners visited: top-left, top-right, bottom-right, bottom-left; a camera that is not
      // mirrored shows the user's right on the image's left.
      int[][] expected = mirrored
          ? new int[][] {{left, 0}, {right, 0}, {right, bottom}, {left, bottom}}
          : new int[][] {{right, 0}, {left, 0}, {left, bottom}, {right, bottom}};
      for (int c = 0; c < 4; c++) {
        DesktopPoint got = reached.get(c);
        assertTrue(Math.abs(got.xPx() - expected[c][0]) <= 3 && Math.abs(got.yPx() - expected[c][1]) <= 3,
            "mirrored " + mirrored + ", corner " + c + ": expected " + expected[c][0] + "," + expected[c][1]
                + ", got " + got + " (" + cal + ")");
      }
    }
  }

  @Test
  void twoOppositeCornersGiveTheSameRegionAsFour() throws Exception {
    LandmarkScript s = new LandmarkScript(RealHands.of(RealHands.OPEN_PALM), 1, 12, 1.0).centredIn(W, H).hold(5)
        .move(-1, -0.6, 20).hold(HOLD).move(2, 1.2, 30).hold(HOLD);
    Calibration two = calibrate(s);
    Calibration four = calibrate(fourCorners(13, new ArrayList<>()));
    assertEquals(four.region().left(), two.region().left(), 0.01);
    assertEquals(four.region().right(), two.region().right(), 0.01);
    assertEquals(four.region().top(), two.region().top(), 0.01);
    assertEquals(four.region().bottom(), two.region().bottom(), 0.01);
  }

  @Test
  void theGainCrossesTheDesktopWithOneSweepOverTheRegion() throws Exception {
    Calibration cal = calibrate(fourCorners(14, new ArrayList<>()));
    double across = cal.gainPxPerHandSize() * cal.widthHandSizes();
    double down = cal.gainPxPerHandSize() * cal.heightHandSizes();
    // The axis that needs more is crossed exactly; the other at least.
    assertTrue(Math.abs(across - DESKTOP.widthPx()) <= 2 || Math.abs(down - DESKTOP.heightPx()) <= 2, cal.toString());
    assertTrue(across >= DESKTOP.widthPx() - 2 && down >= DESKTOP.heightPx() - 2, cal.toString());
    assertEquals(20_000, ReachCalibration.gainFor(DESKTOP, 0.01, 0.01));
  }

  @Test
  void aHandThatNeverHoldsStillIsRefusedSayingWhy() {
    LandmarkScript s = new LandmarkScript(RealHands.of(RealHands.OPEN_PALM), 1, 15, 1.0).centredIn(W, H)
        .move(-1, -0.6, 12).move(2, 0, 12).move(0, 1.2, 12).move(-2, 0, 12).gone(20);
    CalibrationException e = assertThrows(CalibrationException.class, () -> calibrate(s));
    assertTrue(e.getMessage().startsWith("only 0 of 68 frames have one hand held still"), e.getMessage());
    assertTrue(e.getMessage().contains("20 frames had no hand"), e.getMessage());
  }

  @Test
  void aHandHeldAtOnePlaceIsRefusedAsTooSmallARegion() {
    LandmarkScript s = new LandmarkScript(RealHands.of(RealHands.OPEN_PALM), 1, 16, 1.0).centredIn(W, H).hold(40)
        .move(0.5, 0.3, 10).hold(40);
    CalibrationException e = assertThrows(CalibrationException.class, () -> calibrate(s));
    assertTrue(e.getMessage().startsWith("the held positions span only 0."), e.getMessage());
    assertTrue(e.getMessage().contains("need at least 1.20 each way"), e.getMessage());
  }

  @Test
  void quantilesInterpolate() {
    assertEquals(2.5, ReachCalibration.quantile(new double[] {4, 1, 3, 2}, 0.5), 1e-9);
    assertEquals(1.15, ReachCalibration.quantile(new double[] {4, 1, 3, 2}, 0.05), 1e-9);
  }
}
