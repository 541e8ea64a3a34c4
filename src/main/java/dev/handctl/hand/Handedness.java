package dev.handctl.hand;

/** Which hand a person is using, as seen anatomically (not as it appears in a mirror). */
public enum Handedness {
  /** The person's left hand. */
  LEFT("Left"),
  /** The person's right hand. */
  RIGHT("Right");

  private final String label;

  Handedness(String label) {
    this.label = label;
  }

  /** Returns the label used in output, {@code Left} or {@code Right}. */
  public String label() {
    return label;
  }
}
