package dev.handctl.app;

import dev.handctl.capture.CameraRetry;
import dev.handctl.capture.FrameSource;
import dev.handctl.capture.FrameSources;
import dev.handctl.capture.ImageReadException;
import dev.handctl.capture.RealTimePlayback;
import dev.handctl.config.HandctlConfig.CameraConfig;

/**
 * Opens the daemon's sources, a camera or a video file, with the options the daemon runs them with,
 * so that the pipeline names what it opens instead of spelling out {@link FrameSources.Options}.
 */
final class SourceFactory {
  /** Only a folder of images uses it; the daemon never opens one, but the options need a rate. */
  private static final double FOLDER_FPS = 30;

  private final CameraConfig camera;

  /**
   * @param camera the camera settings: its size and rate, and how often to try again to open it
   */
  SourceFactory(CameraConfig camera) {
    this.camera = camera;
  }

  /**
   * Opens a camera at the configured size and rate.
   *
   * @param spec such as {@code camera:0}
   */
  FrameSource camera(String spec) throws ImageReadException {
    return FrameSources.open(spec, new FrameSources.Options(FOLDER_FPS, false, retry(), camera.widthPx(),
        camera.heightPx(), camera.fps(), 0));
  }

  /**
   * Opens a video file that plays in real time, every frame in order, holding its place while paused.
   *
   * @param spec the file
   */
  FrameSource videoFile(String spec) throws ImageReadException {
    return new RealTimePlayback(FrameSources.open(spec, new FrameSources.Options(FOLDER_FPS, false, retry(), 0, 0,
        0, 0)));
  }

  private CameraRetry retry() {
    return new CameraRetry(camera.retryInitialMillis(), camera.retryMaxMillis());
  }
}
