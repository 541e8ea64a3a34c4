package dev.handctl.config;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a JVM crash report ({@code hs_err_pid*.log}) goes: never the working folder (the JVM's
 * default), which for a daemon started at login is the home folder.
 *
 * <p>{@code java -jar} users point {@code -XX:ErrorFile} at the {@linkplain UserFolders#stateDir()
 * state folder} themselves (the README says how). The installed launcher cannot name that folder:
 * jpackage 17 expands {@code $APPDIR} in its Java options but not {@code $HOME}. It writes reports
 * to {@value #LAUNCHER_PATTERN} ({@code %p} is the process id) instead, and the next daemon start
 * moves them into the state folder and says so in the log.
 */
public final class CrashReports {
  /** The launcher's {@code -XX:ErrorFile} (installer/build.sh). */
  public static final String LAUNCHER_PATTERN = "/tmp/handctl-hs_err_pid%p.log";
  private static final String PREFIX = "handctl-hs_err_pid";

  private CrashReports() {}

  /**
   * Creates the state folder, so that a {@code -XX:ErrorFile} inside it can be written (the JVM
   * falls back to the working folder when it cannot).
   *
   * @return the folder
   * @throws IOException when it cannot be created
   */
  public static Path prepare() throws IOException {
    return Files.createDirectories(UserFolders.stateDir());
  }

  /**
   * Moves the reports the launcher left in {@code /tmp} (this user's only) into the state folder.
   *
   * @return the reports as moved
   */
  public static List<Path> collect() {
    return collect(Path.of(LAUNCHER_PATTERN).getParent(), UserFolders.stateDir());
  }

  static List<Path> collect(Path from, Path to) {
    List<Path> moved = new ArrayList<>();
    if (!Files.isDirectory(from)) {
      return moved;
    }
    try (DirectoryStream<Path> reports = Files.newDirectoryStream(from, PREFIX + "*.log")) {
      for (Path report : reports) {
        if (!Files.isRegularFile(report, java.nio.file.LinkOption.NOFOLLOW_LINKS) || !ownedByMe(report)) {
          continue; // another user's crash, or not a report
        }
        Files.createDirectories(to);
        Path target = to.resolve(report.getFileName().toString().substring("handctl-".length()));
        moved.add(Files.move(report, target, StandardCopyOption.REPLACE_EXISTING));
      }
    } catch (IOException e) {
      // Reports left where they are are still reports; the caller logs what was moved.
    }
    return moved;
  }

  private static boolean ownedByMe(Path file) throws IOException {
    return Files.getOwner(file, java.nio.file.LinkOption.NOFOLLOW_LINKS).getName()
        .equals(System.getProperty("user.name"));
  }
}
