package dev.handctl.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads the text of a settings, gesture or bindings file so that no file can block, exhaust or
 * crash the reader.
 *
 * <p>The file's type is read from its attributes before anything opens it, because opening a FIFO
 * blocks until a writer comes and a device such as {@code /dev/zero} never ends: only a regular
 * file (or a symbolic link to one) is opened. Its declared size is checked first and the reading
 * itself stops one byte past the limit, so a file that grows while it is read is refused too. The
 * read runs on a helper thread with a deadline, the last guard against a file system that hangs
 * (a dead network mount, a file swapped for a FIFO between the check and the open).
 */
public final class BoundedFiles {
  /** Largest settings, gesture or bindings file read: real ones are a few KB. */
  public static final int MAX_CONFIG_BYTES = 1 << 20;

  /** Longest a single file may take to read. */
  public static final long READ_DEADLINE_MILLIS = 2000;

  private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "handctl-file-read");
    t.setDaemon(true);
    return t;
  });

  private BoundedFiles() {}

  /**
   * Reads a configuration file as UTF-8 text, at most {@link #MAX_CONFIG_BYTES}.
   *
   * @param file the file
   * @return its text
   * @throws RefusedFileException naming the file and why it was not read
   */
  public static String readConfigText(Path file) throws RefusedFileException {
    return readText(file, MAX_CONFIG_BYTES, READ_DEADLINE_MILLIS);
  }

  /**
   * Reads a file as UTF-8 text.
   *
   * @param file the file
   * @param maxBytes the most bytes read; a larger file is refused
   * @param deadlineMillis the longest the read may take
   * @return its text
   * @throws RefusedFileException naming the file and why it was not read
   */
  public static String readText(Path file, int maxBytes, long deadlineMillis) throws RefusedFileException {
    Path target = regularFile(file, maxBytes);
    Future<byte[]> read = READERS.submit(() -> readAtMost(target, maxBytes));
    byte[] bytes;
    try {
      bytes = read.get(deadlineMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      read.cancel(true);
      throw new RefusedFileException(file + ": could not be read within " + deadlineMillis + " ms; skipped");
    } catch (InterruptedException e) {
      read.cancel(true);
      Thread.currentThread().interrupt();
      throw new RefusedFileException(file + ": reading was interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RefusedFileException r ? r
          : new RefusedFileException(file + ": cannot be read (" + describe(cause) + ")");
    }
    if (bytes.length > maxBytes) {
      throw tooLarge(file, maxBytes);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new RefusedFileException(file + ": is not UTF-8 text (save it as UTF-8)");
    }
  }

  /**
   * Checks, without opening it, that a path is a regular file (or a link to one) within the size limit.
   *
   * @return the file to open: the path itself or the link's target
   */
  private static Path regularFile(Path file, int maxBytes) throws RefusedFileException {
    BasicFileAttributes a;
    Path target = file;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class, noFollow(file));
      if (a.isSymbolicLink()) {
        target = file.toRealPath();
        a = Files.readAttributes(target, BasicFileAttributes.class, noFollow(target));
      }
    } catch (NoSuchFileException e) {
      throw new RefusedFileException(file + (target == file ? ": no such file" : ": a link to a missing file"));
    } catch (IOException | SecurityException e) {
      throw new RefusedFileException(file + ": cannot be read (" + describe(e) + ")");
    }
    String via = target == file ? "" : " (it links to " + target + ")";
    if (a.isDirectory()) {
      throw new RefusedFileException(file + ": is a folder, not a file" + via);
    }
    if (!a.isRegularFile()) {
      throw new RefusedFileException(file + ": is not a regular file but a pipe, device or socket" + via
          + "; only regular files are read");
    }
    if (a.size() > maxBytes) {
      throw tooLarge(file, maxBytes);
    }
    return target;
  }

  private static byte[] readAtMost(Path target, int maxBytes) throws IOException {
    // NOFOLLOW: the target was checked above; a link swapped in since is not followed.
    try (InputStream in = Files.newInputStream(target, noFollow(target))) {
      return in.readNBytes(maxBytes + 1);
    }
  }

  /**
   * Not following links, on the file systems that have them: the gestures built into the jar are
   * read from its zip file system, which has no links and refuses the option.
   */
  private static LinkOption[] noFollow(Path path) {
    return path.getFileSystem() == java.nio.file.FileSystems.getDefault()
        ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
  }

  private static RefusedFileException tooLarge(Path file, int maxBytes) {
    return new RefusedFileException(file + ": is larger than " + sizeText(maxBytes) + "; files of settings, gestures"
        + " and bindings are read only up to " + sizeText(maxBytes));
  }

  private static String sizeText(int bytes) {
    return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes % 1024 == 0 ? (bytes >> 10) + " KB" : bytes + " bytes";
  }

  /** Says what went wrong without Java class names: the system's reason where there is one. */
  static String describe(Throwable e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String m = e.getMessage();
    return m != null && !m.isBlank() ? m : "an input/output error";
  }
}
