package dev.handctl.config;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.configuration2.io.FileHandler;
import org.apache.commons.configuration2.reloading.FileHandlerReloadingDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices when configuration files change: a timer asks Commons Configuration's
 * {@link FileHandlerReloadingDetector} about each watched file, each watched folder (a file added
 * or removed changes the folder) and each YAML file in a watched folder, and runs a callback once
 * per round in which anything changed. A file that appears where none was counts as a change.
 */
public final class ConfigWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigWatcher.class);

  private final Supplier<List<Path>> paths;
  private final Runnable onChange;
  private final ScheduledExecutorService timer;
  private List<FileHandlerReloadingDetector> detectors = List.of();

  /**
   * Starts watching.
   *
   * @param paths the files and folders to watch, asked again after every change (missing ones are
   *     watched for appearing)
   * @param checkMillis how often to look
   * @param onChange called on the watcher's thread after a change
   */
  public ConfigWatcher(Supplier<List<Path>> paths, long checkMillis, Runnable onChange) {
    this.paths = paths;
    this.onChange = onChange;
    rearm();
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "handctl-config-watch");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(this::checkSafely, checkMillis, checkMillis, TimeUnit.MILLISECONDS);
  }

  // A throwable escaping a scheduled task cancels every later run: the watcher would stop for the
  // rest of the session without a word. Whatever one round meets, the next round still runs.
  private void checkSafely() {
    try {
      check();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      LOG.warn("checking the configuration files failed ({}); still watching", e.getMessage());
    }
  }

  /** Runs the callback soon on the watcher's thread, as after a change (the tray's Reload). */
  public void changeNow() {
    timer.execute(() -> {
      try {
        synchronized (this) {
          rearm();
          onChange.run();
        }
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        LOG.warn("reloading the configuration failed ({}); still watching", e.getMessage());
      }
    });
  }

  /** Looks for changes now, and runs the callback if there are any. */
  public synchronized void check() {
    boolean changed = false;
    for (FileHandlerReloadingDetector d : detectors) {
      changed |= d.isReloadingRequired();
    }
    if (changed) {
      rearm();
      onChange.run();
    }
  }

  /** Creates a detector for every watched path, remembering its current modification time. */
  private synchronized void rearm() {
    List<FileHandlerReloadingDetector> next = new ArrayList<>();
    for (Path p : paths.get()) {
      if (p.getFileSystem() != java.nio.file.FileSystems.getDefault()) {
        continue; // inside the jar: it cannot change
      }
      next.add(detector(p.toFile()));
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.list(p)) {
          files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
              .forEach(f -> next.add(detector(f.toFile())));
        } catch (IOException e) {
          // The loader reports the unreadable folder itself.
        }
      }
    }
    detectors = next;
  }

  private static FileHandlerReloadingDetector detector(File file) {
    FileHandler handler = new FileHandler();
    handler.setFile(file);
    // No refresh delay of its own: the timer sets the pace.
    FileHandlerReloadingDetector d = new FileHandlerReloadingDetector(handler, 0);
    d.reloadingPerformed();
    return d;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
