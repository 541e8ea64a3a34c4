package dev.handctl.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The images of a folder, in file-name order, as frames at a fixed frame rate (images carry no
 * capture time of their own).
 */
public final class ImageFolderSource implements FrameSource {
  private final Path folder;
  private final List<Path> files;
  private final double frameRate;
  private final StillImageReader reader = new StillImageReader();
  private int index;
  private volatile boolean closed;

  /**
   * Lists a folder's images.
   *
   * @param folder the folder
   * @param frameRate frames per second assumed between consecutive images, positive
   * @throws ImageReadException when the folder cannot be listed or holds no image
   */
  public ImageFolderSource(Path folder, double frameRate) throws ImageReadException {
    if (!(frameRate > 0)) {
      throw new IllegalArgumentException("frame rate must be positive, got " + frameRate);
    }
    try (Stream<Path> list = Files.list(folder)) {
      this.files = list.filter(Files::isRegularFile).filter(ImageFiles::isImage).sorted().toList();
    } catch (IOException e) {
      throw new ImageReadException(folder + ": cannot list the folder (" + e.getMessage() + ")");
    }
    if (files.isEmpty()) {
      throw new ImageReadException(folder + ": no image files (" + String.join(", ", ImageFiles.EXTENSIONS) + ")");
    }
    this.folder = folder;
    this.frameRate = frameRate;
  }

  @Override
  public Frame next() throws ImageReadException {
    if (closed || index >= files.size() || Thread.currentThread().isInterrupted()) {
      return null;
    }
    int i = index++;
    return new Frame(i, Math.round(i * 1e9 / frameRate), reader.read(files.get(i)));
  }

  @Override
  public double frameRate() {
    return frameRate;
  }

  @Override
  public String description() {
    return folder + " (" + files.size() + " images at " + frameRate + " frames/s)";
  }

  @Override
  public void close() {
    // Nothing is held open between frames; later calls to next() return null.
    closed = true;
  }
}
