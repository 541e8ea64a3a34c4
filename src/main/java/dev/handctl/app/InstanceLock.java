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
 * a crash never leaves a stale lock behind. The file holds the holder's process id, for the message
 * a second start prints.
 */
final class InstanceLock implements AutoCloseable {
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
    channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
    channel.force(false);
    return new InstanceLock(channel, lock);
  }

  /**
   * Returns the process id written in a lock file, or "unknown".
   *
   * @param file the lock file
   * @return the holder's pid as written
   */
  static String holder(Path file) {
    try {
      String pid = Files.readString(file, StandardCharsets.UTF_8).strip();
      return pid.isEmpty() ? "unknown" : pid;
    } catch (IOException e) {
      return "unknown";
    }
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
