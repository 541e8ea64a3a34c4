package dev.handctl.shell;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a file in the user's editor: the desktop's "edit" action where Java has one, else its
 * "open", else {@code xdg-open} / {@code open} / {@code start}. Runs on its own thread, since
 * some desktops block the caller until the editor closes.
 */
public final class FileOpener {
  private static final Logger LOG = LoggerFactory.getLogger(FileOpener.class);

  private FileOpener() {}

  /**
   * Opens a file for editing, in the background; failures are logged with the file's path, so the
   * user can open it by hand.
   *
   * @param file the file
   */
  public static void edit(Path file) {
    Thread t = new Thread(() -> {
      try {
        open(file);
        LOG.info("opened {} for editing", file);
      } catch (IOException | RuntimeException e) {
        LOG.warn("could not open an editor for {} ({}); open it yourself", file, e.getMessage());
      }
    }, "handctl-editor");
    t.setDaemon(true);
    t.start();
  }

  private static void open(Path file) throws IOException {
    if (Desktop.isDesktopSupported()) {
      Desktop d = Desktop.getDesktop();
      if (d.isSupported(Desktop.Action.EDIT)) {
        d.edit(file.toFile());
        return;
      }
      if (d.isSupported(Desktop.Action.OPEN)) {
        d.open(file.toFile());
        return;
      }
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    List<String> command = os.contains("win") ? List.of("cmd", "/c", "start", "", file.toString())
        : os.contains("mac") ? List.of("open", "-t", file.toString()) : List.of("xdg-open", file.toString());
    new ProcessBuilder(command).inheritIO().start();
  }
}
