package dev.handctl.config;

import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GestureFileLoader;
import dev.handctl.gesture.GestureProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gestures in use, read from folders (shipped defaults first, the user's own folder last, so
 * the user's files win) and read again when a file changes, is added or is removed.
 *
 * <p>Changes are noticed by a {@link ConfigWatcher} (Commons Configuration's reloading detectors,
 * one per gesture file and one per folder, checked on a timer). A change that loads cleanly replaces the
 * gestures at once; a broken change is reported with every problem's file and line and the last
 * good gestures stay in use.
 */
public final class GestureLibrary implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GestureLibrary.class);

  /** Hears about reloads; called on the library's timer thread. */
  public interface Listener {
    /**
     * New gestures are in use.
     *
     * @param definitions the gestures
     */
    void reloaded(List<GestureDefinition> definitions);

    /**
     * Gesture files changed but have mistakes; the previous gestures stay in use.
     *
     * @param problems every mistake, with file and line
     */
    void rejected(List<GestureProblem> problems);
  }

  private final List<Path> folders;
  private final Listener listener;
  private volatile List<GestureDefinition> definitions;
  private ConfigWatcher watcher;

  private GestureLibrary(List<Path> folders, Listener listener) {
    this.folders = List.copyOf(folders);
    this.listener = listener;
  }

  /**
   * Loads the gestures and starts watching their folders.
   *
   * @param folders gesture folders, lowest precedence first (missing ones are skipped)
   * @param checkMillis how often to look for changes
   * @param listener hears about reloads and rejected changes
   * @return the library
   * @throws ConfigException when the gestures have problems at start (listing all of them)
   */
  public static GestureLibrary open(List<Path> folders, long checkMillis, Listener listener) {
    GestureLibrary library = new GestureLibrary(folders, listener);
    GestureFileLoader.Result r = library.read();
    if (!r.clean()) {
      throw new ConfigException(r.problemReport(), null);
    }
    library.definitions = r.definitions();
    library.watcher = new ConfigWatcher(() -> library.folders, checkMillis, library::reload);
    return library;
  }

  /** Returns the gestures in use now. */
  public List<GestureDefinition> definitions() {
    return definitions;
  }

  /** Reads the folders again after a change: a clean read replaces the gestures, a broken one is refused. */
  private synchronized void reload() {
    GestureFileLoader.Result r = read();
    if (r.clean()) {
      definitions = r.definitions();
      LOG.info("gestures reloaded: {}", r.definitions().stream().map(GestureDefinition::name).toList());
      listener.reloaded(definitions);
    } else {
      LOG.warn("gesture files changed but have {} problem(s); the previous gestures stay in use: {}",
          r.problems().size(), r.problems());
      listener.rejected(r.problems());
    }
  }

  private GestureFileLoader.Result read() {
    return GestureFileLoader.load(folders.stream().filter(Files::isDirectory).toList());
  }

  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
  }
}
