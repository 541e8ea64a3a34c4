package dev.handctl.hand.landmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.handctl.config.ConfigLoader;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.PixelBox;
import dev.handctl.hand.PixelKeypoint;
import dev.handctl.hand.PixelPoint;
import dev.handctl.hand.detect.PalmDetection;
import dev.handctl.hand.detect.PalmDetectorConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandRegionsTest {
  private final PalmDetectorConfig config = ConfigLoader.defaults().detector();

  /** A palm box of 100 px centred at (200, 300), wrist and middle-finger base along a direction. */
  private static PalmDetection palm(double dirX, double dirY) {
    List<PixelPoint> k = new ArrayList<>();
    k.add(new PixelPoint(200 - 40 * dirX, 300 - 40 * dirY)); // wrist
    k.add(new PixelPoint(200, 300));
    k.add(new PixelPoint(200 + 40 * dirX, 300 + 40 * dirY)); // middle finger base
    for (int i = 3; i < 7; i++) {
      k.add(new PixelPoint(200, 300));
    }
    return new PalmDetection(0.9, new PixelBox(150, 250, 250, 350), k);
  }

  @Test
  void uprightPalmNeedsNoRotationAndTheSquareReachesUpToTheFingers() {
    HandRegion r = HandRegions.fromPalm(palm(0, -1), config);
    assertThat(r.rotationRad()).isCloseTo(0, within(1e-9));
    assertThat(r.centerXPx()).isCloseTo(200, within(1e-9));
    assertThat(r.centerYPx()).isCloseTo(300 - 0.5 * 100, within(1e-9));
    assertThat(r.sidePx()).isCloseTo(2.6 * 100, within(1e-9));
  }

  @Test
  void palmPointingRightIsTurnedAQuarterAndShiftedRight() {
    HandRegion r = HandRegions.fromPalm(palm(1, 0), config);
    assertThat(r.rotationRad()).isCloseTo(Math.PI / 2, within(1e-9));
    assertThat(r.centerXPx()).isCloseTo(250, within(1e-9));
    assertThat(r.centerYPx()).isCloseTo(300, within(1e-9));
    // The crop's "up" is the image's "right": crop point (0.5, 0) lies right of the centre.
    PixelPoint top = r.toImage(0.5, 0);
    assertThat(top.xPx()).isCloseTo(250 + r.sidePx() / 2, within(1e-9));
    assertThat(top.yPx()).isCloseTo(300, within(1e-9));
  }

  @Test
  void regionFromKeypointsOfAnUprightHand() {
    // A schematic upright hand: wrist at (90, 200), finger bases 80 px above it, 60 px wide.
    List<PixelKeypoint> k = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      k.add(new PixelKeypoint(90, 200, 0));
    }
    k.set(1, new PixelKeypoint(80, 190, 0));
    k.set(2, new PixelKeypoint(70, 170, 0));
    k.set(3, new PixelKeypoint(65, 150, 0));
    for (int f = 0; f < 4; f++) {
      double x = 70 + 20 * f;
      k.set(5 + 4 * f, new PixelKeypoint(x, 120, 0)); // MCP
      k.set(6 + 4 * f, new PixelKeypoint(x, 100, 0)); // PIP
    }
    HandRegion r = HandRegions.fromLandmarks(k, 2.0, -0.1);
    // Middle of the finger bases: ((70 + 110) / 2 + 90) / 2 = 90, straight above the wrist.
    assertThat(r.rotationRad()).isCloseTo(0, within(1e-9));
    // Outline box x 65..130, y 100..200: long side 100, shifted up by 10.
    assertThat(r.sidePx()).isCloseTo(200, within(1e-9));
    assertThat(r.centerXPx()).isCloseTo(97.5, within(1e-9));
    assertThat(r.centerYPx()).isCloseTo(150 - 10, within(1e-9));
  }

  @Test
  void anglesAreNormalised() {
    assertThat(HandRegions.normalizeRadians(3 * Math.PI / 2)).isCloseTo(-Math.PI / 2, within(1e-12));
    assertThat(HandRegions.normalizeRadians(-3 * Math.PI / 2)).isCloseTo(Math.PI / 2, within(1e-12));
    assertThat(HandRegions.normalizeRadians(0.3)).isCloseTo(0.3, within(1e-12));
  }
}
