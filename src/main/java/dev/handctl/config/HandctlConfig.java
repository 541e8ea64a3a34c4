package dev.handctl.config;

import dev.handctl.filter.OneEuroConfig;
import dev.handctl.hand.HandLandmarkerConfig;
import dev.handctl.hand.PalmDetectorConfig;
import dev.handctl.hand.TrackerConfig;

/**
 * All settings of handctl, typed and validated.
 *
 * @param models which models to load and how many threads each may use
 * @param detector palm detector and palm-to-region settings
 * @param landmarks landmark model settings
 * @param still how single images are searched
 * @param tracker how hands are followed through video
 * @param smoothing One Euro filter settings for keypoints
 */
public record HandctlConfig(
    ModelsConfig models,
    PalmDetectorConfig detector,
    HandLandmarkerConfig landmarks,
    StillConfig still,
    TrackerConfig tracker,
    OneEuroConfig smoothing) {

  /**
   * How single images are searched.
   *
   * @param extraCandidates palms tried beyond the number of hands wanted
   * @param refinePasses landmark passes on the region computed from the previous pass's keypoints
   */
  public record StillConfig(int extraCandidates, int refinePasses) {}

  /**
   * Which models handctl loads.
   *
   * @param detector name of the palm detection model
   * @param landmarks name of the landmark model
   * @param intraOpThreads threads each model may use inside one op
   */
  public record ModelsConfig(String detector, String landmarks, int intraOpThreads) {
    /** Validates the fields. */
    public ModelsConfig {
      if (intraOpThreads < 1 || intraOpThreads > 64) {
        throw new IllegalArgumentException("models.intraOpThreads: expected a whole number from 1 to 64, got "
            + intraOpThreads);
      }
    }
  }
}
