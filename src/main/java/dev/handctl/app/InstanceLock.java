package dev.handctl.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One daemon per user: an exclusive lock on a file in the user's configuration folder, held for the
 * process's life. The operating system drops the lock when the process dies, however it dies, so
 * a crash never leaves a stale lock behind. The file holds the holder's process id (and
 * {@code dry-run} on a second line for a dry run), for the message a second start prints.
 */
public final class InstanceLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private InstanceLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock.
   *
   * @param file the lock file (created if needed)
   * @return the lock, or null when another process holds it
   * @throws IOException when the file cannot be created or locked for another reason
   */
  static InstanceLock tryAcquire(Path file) throws IOException {
    return tryAcquire(file, false);
  }

  /**
   * Takes the lock, saying in it whether the holder is a dry run.
   *
   * @param file the lock file (created if needed)
   * @param dryRun whether this process is a dry run
   * @return the lock, or null when another process holds it
   * @throws IOException when the file cannot be created or locked for another reason
   */
  static InstanceLock tryAcquire(Path file, boolean dryRun) throws IOException {
    Files.createDirectories(file.getParent());
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // this JVM holds it already
    }
    if (lock == null) {
      channel.close();
      return null;
    }
    channel.truncate(0);
    String content = ProcessHandle.current().pid() + "\n" + (dryRun ? DRY_RUN + "\n" : "");
    channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
    channel.force(false);
    return new InstanceLock(channel, lock);
  }

  private static final String DRY_RUN = "dry-run";

  /**
   * Returns the process id written in a lock file, or "unknown".
   *
   * @param file the lock file
   * @return the holder's pid as written
   */
  public static String holder(Path file) {
    try {
      String pid = Files.readString(file, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
      return pid.isEmpty() ? "unknown" : pid;
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * Describes the holder of a lock file for a message: {@code pid 1234} or {@code pid 1234, a dry run}.
   *
   * @param file the lock file
   * @return the words
   */
  static String describeHolder(Path file) {
    boolean dryRun;
    try {
      dryRun = Files.readString(file, StandardCharsets.UTF_8).lines().anyMatch(DRY_RUN::equals);
    } catch (IOException e) {
      dryRun = false;
    }
    return "pid " + holder(file) + (dryRun ? ", a dry run" : "");
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // The process is ending; the system drops the lock anyway.
    }
  }
}
