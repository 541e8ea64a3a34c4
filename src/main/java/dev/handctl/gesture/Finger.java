package dev.handctl.gesture;

import java.util.Locale;

/** The five fingers, with the keypoint indices of their four joints from the palm out. */
public enum Finger {
  THUMB(1, 2, 3, 4),
  INDEX(5, 6, 7, 8),
  MIDDLE(9, 10, 11, 12),
  RING(13, 14, 15, 16),
  PINKY(17, 18, 19, 20);

  private final int[] joints;

  Finger(int... joints) {
    this.joints = joints;
  }

  /** Returns the keypoint index of joint {@code i} (0 = base, 3 = tip). */
  public int joint(int i) {
    return joints[i];
  }

  /** Returns the keypoint index of the tip. */
  public int tip() {
    return joints[3];
  }

  /** Returns the lower-case name used in gesture files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
