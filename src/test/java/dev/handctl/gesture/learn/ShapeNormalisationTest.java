package dev.handctl.gesture.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.handctl.gesture.HandShape;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link HandShape} on synthetic keypoints (a stick-figure hand, not real data): the shape does not
 * depend on where the hand is, how large, how turned, or whether it is a left or right hand; it
 * does depend on which fingers are out.
 */
class ShapeNormalisationTest {
  private static final double[][] PINKY_UP = SyntheticHands.layout(false, false, false, false, true);
  private static final double[][] FIST = SyntheticHands.layout(false, false, false, false, false);
  private static final Random NONE = new Random(1);

  private static double[] shape(double[][] layout, double x, double y, double size, double turn, boolean left) {
    return HandShape.normalise(SyntheticHands.place(layout, x, y, size, turn, left, 0, NONE), !left);
  }

  @Test
  void wristAtOriginPalmAxisUpOneHandSize() {
    double[] s = shape(PINKY_UP, 320, 400, 87, 0.7, false);
    assertThat(s[0]).isCloseTo(0, within(1e-9));
    assertThat(s[1]).isCloseTo(0, within(1e-9));
    assertThat(s[18]).isCloseTo(0, within(1e-9)); // middle-finger base x
    assertThat(s[19]).isCloseTo(1, within(1e-9)); // and y: straight up, one hand size
    // The pinky tip keeps its place in the layout: left of the axis (y up, a right hand).
    assertThat(s[40]).isCloseTo(PINKY_UP[20][0], within(1e-9));
    assertThat(s[41]).isCloseTo(PINKY_UP[20][1], within(1e-9));
  }

  @Test
  void positionScaleAndRotationDoNotChangeTheShape() {
    double[] a = shape(PINKY_UP, 100, 500, 60, 0, false);
    for (double turn : new double[] {-2.5, -1, 0.3, 1.6, 3.1}) {
      for (double size : new double[] {20, 60, 300}) {
        double[] b = shape(PINKY_UP, 640 * Math.abs(turn), 80 + size, size, turn, false);
        assertThat(HandShape.distance(a, b)).as("turn %s size %s", turn, size).isCloseTo(0, within(1e-9));
      }
    }
  }

  @Test
  void aLeftHandIsMirroredOntoTheRight() {
    double[] right = shape(PINKY_UP, 300, 300, 80, 0.4, false);
    double[] left = shape(PINKY_UP, 200, 350, 120, -0.9, true);
    assertThat(HandShape.distance(right, left)).isCloseTo(0, within(1e-9));
    // Not mirrored (taken for a right hand), the left hand's shape is another: its pinky is on the other side.
    double[] unmirrored = HandShape.normalise(SyntheticHands.place(PINKY_UP, 200, 350, 120, -0.9, true, 0, NONE), true);
    assertThat(HandShape.distance(right, unmirrored)).isGreaterThan(0.2);
    assertThat(unmirrored[40]).isCloseTo(-right[40], within(1e-9));
  }

  @Test
  void differentPosesAreApart() {
    assertThat(HandShape.distance(shape(PINKY_UP, 0, 0, 50, 0, false), shape(FIST, 0, 0, 50, 0, false)))
        .isGreaterThan(0.1);
  }

  @Test
  void distanceIsTheRootMeanSquareKeypointDistanceInHandSizes() {
    double[] a = new double[HandShape.VALUES];
    double[] b = new double[HandShape.VALUES];
    b[40] = 0.3; // one keypoint 0.5 away (0.3, 0.4), the others equal
    b[41] = 0.4;
    assertThat(HandShape.distance(a, b)).isCloseTo(Math.sqrt(0.25 / 21), within(1e-12));
  }
}
