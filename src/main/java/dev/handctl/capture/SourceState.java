package dev.handctl.capture;

/** What a {@link FrameSource} is doing; see {@link SourceStatus}. */
public enum SourceState {
  /** Created, not yet delivering frames (a camera being opened for the first time). */
  STARTING,
  /** Delivering frames. */
  RUNNING,
  /** The camera is not there (no such index, name or device node, or it was unplugged); retrying. */
  WAITING_FOR_CAMERA,
  /**
   * The camera is there but cannot be opened or read (busy in another program, no permission,
   * unsupported format, unexpected exception); retrying.
   */
  ERROR,
  /** Closed; no more frames. */
  STOPPED
}
