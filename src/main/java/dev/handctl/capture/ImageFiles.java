package dev.handctl.capture;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Which files handctl treats as still images, by name. */
public final class ImageFiles {
  /** File-name endings of the image formats handctl reads (lower case). */
  public static final List<String> EXTENSIONS = List.of(".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff");

  private ImageFiles() {}

  /**
   * Tells whether a file name looks like an image handctl reads.
   *
   * @param path the file
   * @return true for the {@link #EXTENSIONS}, in any case
   */
  public static boolean isImage(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }
}
