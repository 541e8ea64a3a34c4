package dev.handctl.output;

/**
 * The backend handctl uses and why, in words for the log, the tray and {@code handctl doctor}.
 *
 * @param backend the backend (never {@link OutputBackend#AUTO}), or null when none can work
 * @param why the reason, such as {@code auto: Wayland session; the compositor offers the virtual pointer}
 * @param warning what the user should know or do (empty when all is well)
 */
public record BackendChoice(OutputBackend backend, String why, String warning) {
  /** Returns the backend's word, or {@code none}. */
  public String name() {
    return backend == null ? "none" : backend.setting();
  }

  /** Returns {@code NAME (WHY)}, the form the log and the tray show. */
  public String summary() {
    return name() + " (" + why + ")";
  }
}
