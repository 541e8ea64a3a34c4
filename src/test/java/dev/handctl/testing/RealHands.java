package dev.handctl.testing;

import dev.handctl.capture.StillImageReader;
import dev.handctl.hand.HandLandmarks;
import java.util.HashMap;
import java.util.Map;

/**
 * Real hand keypoints, found by the models in the shared webcam photos, for tests that build landmark
 * streams (there is no licensed footage of pinches, drags or swipes): a pointing hand, an open hand.
 */
public final class RealHands {
  /** A left hand pointing up, 800x600 webcam photo, hand size about 108 px. */
  public static final String POINTING = "images/subhih-webcam/pointing_up_one/2_pic00520.jpg";
  /** A left open hand, 800x600 webcam photo, hand size about 150 px. */
  public static final String OPEN_PALM = "images/subhih-webcam/open_palm_five/2_pic00053.jpg";
  /** Size of those photos. */
  public static final int WIDTH_PX = 800;
  public static final int HEIGHT_PX = 600;

  private static final Map<String, HandLandmarks> CACHE = new HashMap<>();

  private RealHands() {}

  /**
   * Returns the first hand the models find in a photo of the shared test data.
   *
   * @param photo path inside the test data
   * @return its landmarks
   */
  public static synchronized HandLandmarks of(String photo) {
    HandLandmarks cached = CACHE.get(photo);
    if (cached == null) {
      try {
        cached = Models.finder().find(new StillImageReader().read(TestData.require(photo)), 1).get(0).landmarks();
      } catch (Exception e) {
        throw new IllegalStateException("cannot find the hand in " + photo, e);
      }
      CACHE.put(photo, cached);
    }
    return cached;
  }
}
