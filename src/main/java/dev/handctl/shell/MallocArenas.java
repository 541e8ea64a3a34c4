package dev.handctl.shell;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Caps glibc's malloc arenas from inside the process, as {@code MALLOC_ARENA_MAX} would from the
 * environment (which a jpackage launcher cannot set). glibc gives each thread that allocates
 * concurrently an arena of its own, up to 8 per core; TensorFlow's, oneDNN's and FFmpeg's threads
 * each keep one with its free memory. Called first thing in the daemon, before any native library
 * starts threads, {@code mallopt(M_ARENA_MAX, n)} applies to every arena made afterwards.
 */
public final class MallocArenas {
  /** glibc's {@code M_ARENA_MAX} option of {@code mallopt}. */
  private static final int M_ARENA_MAX = -8;

  private interface Libc extends Library {
    int mallopt(int param, int value);
  }

  private MallocArenas() {}

  /**
   * Caps the arenas unless the environment already chose ({@code MALLOC_ARENA_MAX} set) or this is
   * not Linux with glibc.
   *
   * @param max the number of arenas, at least 1
   * @return what was done, for the log
   */
  public static String cap(int max) {
    if (System.getenv("MALLOC_ARENA_MAX") != null) {
      return "MALLOC_ARENA_MAX=" + System.getenv("MALLOC_ARENA_MAX") + " (from the environment)";
    }
    if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
      return "malloc arenas: the system's default (not Linux)";
    }
    try {
      Libc libc = Native.load("c", Libc.class);
      return libc.mallopt(M_ARENA_MAX, Math.max(1, max)) == 1 ? "malloc arenas at most " + max
          : "malloc arenas: mallopt refused, the system's default";
    } catch (UnsatisfiedLinkError | RuntimeException e) {
      return "malloc arenas: the system's default (" + e.getMessage() + ")";
    }
  }
}
