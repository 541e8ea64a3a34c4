package dev.handctl.hand;

/** The timed stages of hand finding, in the order a frame passes them. */
public enum PipelineStage {
  /** Letterboxing the frame into the detector's input. */
  DETECTOR_PRE("detector pre-processing"),
  /** The palm detector's model call. */
  DETECTOR("palm detector"),
  /** Anchor decoding, non-maximum suppression, mapping back to the image. */
  DETECTOR_POST("detector post-processing"),
  /** Cropping the rotated hand region into the landmark model's input. */
  LANDMARKS_PRE("landmark pre-processing"),
  /** The landmark model's call. */
  LANDMARKS("landmark model"),
  /** Projecting keypoints back to the image. */
  LANDMARKS_POST("landmark post-processing");

  private final String label;

  PipelineStage(String label) {
    this.label = label;
  }

  /** Returns a readable name for reports. */
  public String label() {
    return label;
  }
}
