package dev.handctl.app.cli;

import dev.handctl.capture.ImageFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands command-line image arguments: files stay as given, directories become their images. */
final class ImageInputs {
  private ImageInputs() {}

  /**
   * Expands the arguments in order; a directory contributes its image files (recursively, sorted).
   * A path that is neither is kept, so that reading it reports the problem.
   */
  static List<Path> expand(List<Path> args) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : args) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.walk(p)) {
          files.filter(Files::isRegularFile).filter(ImageFiles::isImage).sorted().forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
