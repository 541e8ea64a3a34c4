package dev.handctl.app;

import dev.handctl.config.CrashReports;
import dev.handctl.config.NativeCache;
import dev.handctl.config.NativeMemory;
import dev.handctl.shell.MallocArenas;
import dev.handctl.config.UserFolders;
import dev.handctl.config.UserSetup;
import dev.handctl.shell.FileOpener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's first step: the user's configuration folder, the log file, native memory and crash
 * reports. Nothing here stops handctl: each failure is logged and the daemon goes on without it, since
 * started at login there is nobody to read an error and a running handctl can still say what is wrong.
 *
 * @param configDir the user's configuration folder
 * @param userFiles the user's files in it, or null when it could not be created
 * @param logFile the log file, or null when it could not be created
 */
record DaemonEnvironment(Path configDir, UserSetup.UserFiles userFiles, Path logFile) {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");

  /**
   * The system property capping glibc's malloc arenas ({@code -Dhandctl.mallocArenaMax=N}); the
   * environment's {@code MALLOC_ARENA_MAX} wins.
   */
  static final String ARENAS_PROPERTY = "handctl.mallocArenaMax";
  /**
   * Two arenas: measured on the dry-run daemon, 10-20 MB less resident memory than glibc's default
   * (8 per core) with the same frames per second; one arena would serialise the threads' mallocs.
   */
  static final int DEFAULT_ARENAS = 2;

  /**
   * Prepares the folders, the log and the crash reports, logging what it did.
   *
   * @param common the options naming the gesture folders
   * @return what was made
   */
  static DaemonEnvironment prepare(CommonOptions common) {
    // Before any native library starts threads (150 ms for JNA, which the tray loads anyway, so only
    // the daemon pays it); said in the "memory:" line below.
    String arenas = MallocArenas.cap(Integer.getInteger(ARENAS_PROPERTY, DEFAULT_ARENAS));
    Path configDir = UserFolders.configDir();
    UserSetup.UserFiles userFiles = null;
    try {
      userFiles = UserSetup.ensure(configDir, common.gesturesDir());
      if (!userFiles.created().isEmpty()) {
        LOG.info("created your configuration folder {}: {}", configDir, userFiles.created());
      }
    } catch (IOException e) {
      LOG.warn("cannot create your configuration folder {} ({}); using the shipped settings only", configDir,
          e.toString());
    }
    String cacheProblem = NativeCache.problem();
    if (cacheProblem != null) {
      LOG.warn("{}", cacheProblem);
    }
    Path logFile = null;
    try {
      logFile = DaemonLog.attach();
      LOG.info("log: {}", logFile);
    } catch (IOException | RuntimeException e) {
      LOG.warn("no log file ({}): the log goes to stderr only", e.toString());
    }
    LOG.info("memory: {}; {}", NativeMemory.configure(), arenas);
    try {
      LOG.info("crash reports: {}", CrashReports.prepare());
      for (Path report : CrashReports.collect()) {
        LOG.warn("an earlier handctl crashed; its JVM crash report is {}", report);
      }
    } catch (IOException e) {
      LOG.warn("cannot create the state folder for crash reports ({})", e.toString());
    }
    return new DaemonEnvironment(configDir, userFiles, logFile);
  }

  /**
   * Opens the user's bindings (or the ones in use) for editing, logging where the other files are.
   *
   * @param files the rule files in use
   */
  void editGestures(RuleFiles files) {
    Path file = userFiles != null && Files.isRegularFile(userFiles.bindings()) ? userFiles.bindings()
        : files.bindings();
    LOG.info("edit: bindings {}, settings {}, your gestures {} (shipped ones: {})", file,
        userFiles != null ? userFiles.settings() : "-", userFiles != null ? userFiles.gestures() : "-",
        files.gestureFolders().get(0));
    FileOpener.edit(file);
  }

  /** Opens the log file, when there is one. */
  void openLog() {
    if (logFile == null) {
      LOG.warn("open log: there is no log file (see the earlier 'no log file' line)");
      return;
    }
    LOG.info("open log: {}", logFile);
    FileOpener.edit(logFile);
  }
}
