package dev.handctl.config;

import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GestureFileLoader;
import dev.handctl.gesture.GestureProblem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.configuration2.io.FileHandler;
import org.apache.commons.configuration2.reloading.FileHandlerReloadingDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gestures in use, read from folders (shipped defaults first, the user's own folder last, so
 * the user's files win) and read again when a file changes, is added or is removed.
 *
 * <p>Changes are noticed by Commons Configuration's {@link FileHandlerReloadingDetector}, one per
 * gesture file and one per folder, checked on a timer. A change that loads cleanly replaces the
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
  private final ScheduledExecutorService timer;
  private volatile List<GestureDefinition> definitions;
  private List<FileHandlerReloadingDetector> detectors = List.of();

  private GestureLibrary(List<Path> folders, Listener listener, long checkMillis) {
    this.folders = List.copyOf(folders);
    this.listener = listener;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "handctl-gesture-reload");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(this::checkSafely, checkMillis, checkMillis, TimeUnit.MILLISECONDS);
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
    GestureLibrary library = new GestureLibrary(folders, listener, checkMillis);
    synchronized (library) {
      GestureFileLoader.Result r = library.read();
      if (!r.clean()) {
        library.close();
        throw new ConfigException(r.problemReport(), null);
      }
      library.definitions = r.definitions();
    }
    return library;
  }

  /** Returns the gestures in use now. */
  public List<GestureDefinition> definitions() {
    return definitions;
  }

  private void checkSafely() {
    try {
      check();
    } catch (RuntimeException e) {
      LOG.warn("checking the gesture files failed: {}", e.toString());
    }
  }

  /** Reloads when a watched file or folder changed. */
  synchronized void check() {
    boolean changed = false;
    for (FileHandlerReloadingDetector d : detectors) {
      changed |= d.isReloadingRequired();
    }
    if (!changed) {
      return;
    }
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

  /** Reads every folder and (re)creates the detectors for the files now there. */
  private GestureFileLoader.Result read() {
    List<Path> existing = folders.stream().filter(Files::isDirectory).toList();
    List<FileHandlerReloadingDetector> next = new ArrayList<>();
    for (Path folder : existing) {
      next.add(detector(folder.toFile()));
      try (Stream<Path> files = Files.list(folder)) {
        files.filter(GestureFileLoader::isGestureFile)
            .forEach(f -> next.add(detector(f.toFile())));
      } catch (IOException e) {
        // The loader reports the unreadable folder itself.
      }
    }
    detectors = next;
    return GestureFileLoader.load(existing);
  }

  private static FileHandlerReloadingDetector detector(File file) {
    FileHandler handler = new FileHandler();
    handler.setFile(file);
    // No refresh delay of its own: the timer sets the pace.
    FileHandlerReloadingDetector d = new FileHandlerReloadingDetector(handler, 0);
    d.reloadingPerformed(); // remember the current modification time
    return d;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
