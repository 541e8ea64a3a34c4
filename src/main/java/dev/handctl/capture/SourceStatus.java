package dev.handctl.capture;

import java.util.Objects;

/**
 * The state of a {@link FrameSource} with a message for humans that names the device or file, for
 * example {@code no camera at /dev/video3 (camera:3); retrying in 2.0 s}.
 *
 * @param state what the source is doing
 * @param message what a user should read: which device, what is wrong, what happens next
 */
public record SourceStatus(SourceState state, String message) {
  /** Checks that both parts are present. */
  public SourceStatus {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return state + ": " + message;
  }
}
