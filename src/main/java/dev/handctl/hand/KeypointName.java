package dev.handctl.hand;

/**
 * The 21 hand keypoints in MediaPipe Hands order; {@link #ordinal()} is the index in every
 * landmark list.
 */
public enum KeypointName {
  WRIST, THUMB_CMC, THUMB_MCP, THUMB_IP, THUMB_TIP,
  INDEX_FINGER_MCP, INDEX_FINGER_PIP, INDEX_FINGER_DIP, INDEX_FINGER_TIP,
  MIDDLE_FINGER_MCP, MIDDLE_FINGER_PIP, MIDDLE_FINGER_DIP, MIDDLE_FINGER_TIP,
  RING_FINGER_MCP, RING_FINGER_PIP, RING_FINGER_DIP, RING_FINGER_TIP,
  PINKY_MCP, PINKY_PIP, PINKY_DIP, PINKY_TIP;

  /** Number of keypoints of a hand. */
  public static final int COUNT = 21;

  /** The bones of the hand skeleton as pairs of keypoint indices, for drawing. */
  public static final int[][] CONNECTIONS = {
      {0, 1}, {1, 2}, {2, 3}, {3, 4},
      {0, 5}, {5, 6}, {6, 7}, {7, 8},
      {5, 9}, {9, 10}, {10, 11}, {11, 12},
      {9, 13}, {13, 14}, {14, 15}, {15, 16},
      {13, 17}, {0, 17}, {17, 18}, {18, 19}, {19, 20},
  };
}
