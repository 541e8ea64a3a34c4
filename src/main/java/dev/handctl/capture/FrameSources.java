package dev.handctl.capture;

import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the frame source a command-line argument names: a camera, a folder of images or a video file. */
public final class FrameSources {
  private FrameSources() {}

  /**
   * How to open a source.
   *
   * @param folderFps frames per second assumed between the images of a folder, positive
   * @param paced play a video file in real time as a live source ({@link PacedVideoSource}) rather
   *     than every frame as fast as possible; ignored for cameras and folders
   * @param cameraRetry delays between attempts to open a camera
   * @param cameraWidthPx requested camera frame width in pixels, 0 for the device default
   * @param cameraHeightPx requested camera frame height in pixels, 0 for the device default
   * @param cameraFrameRate requested camera frames per second, 0 for the device default
   * @param pacedFrameRate frame rate a paced video plays at, 0 for the file's own
   */
  public record Options(double folderFps, boolean paced, CameraRetry cameraRetry, int cameraWidthPx,
      int cameraHeightPx, double cameraFrameRate, double pacedFrameRate) {}

  /**
   * Opens a source with the cameras' default size and frame rate.
   *
   * @param source {@code camera:N}, {@code camera:NAME}, a folder of images or a video file
   * @param folderFps frames per second assumed between the images of a folder, positive
   * @param paced play a video file in real time (live) instead of every frame as fast as possible
   * @param retry delays between attempts to open a camera
   * @return the open source
   * @throws ImageReadException when the source does not exist or cannot be opened; the message names it
   */
  public static FrameSource open(String source, double folderFps, boolean paced, CameraRetry retry)
      throws ImageReadException {
    return open(source, new Options(folderFps, paced, retry, 0, 0, 0, 0));
  }

  /**
   * Opens a source.
   *
   * <ul>
   *   <li>{@code camera:...}: a {@link CameraSource}; a camera that is not there yet is waited for,
   *       not an error (watch {@link FrameSource#status()}).
   *   <li>an existing folder: an {@link ImageFolderSource}.
   *   <li>a file: a {@link VideoFileSource} with read-ahead, or a {@link PacedVideoSource} when paced.
   * </ul>
   *
   * @param source what to open
   * @param options how
   * @return the open source
   * @throws ImageReadException when the source does not exist, the camera form is malformed, or the
   *     file or folder cannot be opened; the message names it
   */
  public static FrameSource open(String source, Options options) throws ImageReadException {
    if (CameraSpec.isCamera(source)) {
      try {
        CameraSpec spec = CameraSpec.parse(source)
            .withRequest(options.cameraWidthPx(), options.cameraHeightPx(), options.cameraFrameRate());
        return CameraSource.open(spec, options.cameraRetry());
      } catch (IllegalArgumentException e) {
        throw new ImageReadException(e.getMessage());
      }
    }
    Path path = Path.of(source);
    if (Files.isDirectory(path)) {
      return new ImageFolderSource(path, options.folderFps());
    }
    if (Files.isRegularFile(path)) {
      return options.paced() ? new PacedVideoSource(path, options.pacedFrameRate()) : new VideoFileSource(path, true);
    }
    throw new ImageReadException(source + ": no such file or folder (expected a video file, a folder of images,"
        + " or camera:N / camera:NAME for a camera)");
  }
}
