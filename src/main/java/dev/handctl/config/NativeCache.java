package dev.handctl.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where JavaCPP unpacks the native libraries of TensorFlow, OpenCV and FFmpeg: {@code javacpp/} in the
 * user's {@linkplain UserFolders#cacheDir() cache folder}, never beside the jar (an installed copy is
 * read-only) and not JavaCPP's default {@code ~/.javacpp/cache}.
 *
 * <p>JavaCPP reads the system property {@value #PROPERTY} the first time it loads a library, so
 * {@link #configure()} must run before anything touches TensorFlow or JavaCV. A value already set
 * (for example with {@code -Dorg.bytedeco.javacpp.cachedir=...}) is left alone.
 *
 * <p>The installed app carries its native libraries unpacked (installer/AppInput.java puts them in
 * the app's {@code native/} folder) and its launcher sets {@value #PATHS_FIRST}{@code =true} and
 * {@value #PRELOAD_PATH} to that folder: JavaCPP then loads them in place and this cache stays
 * unused ({@link #bundled()}).
 */
public final class NativeCache {
  /** The system property JavaCPP's {@code Loader} takes its cache folder from. */
  public static final String PROPERTY = "org.bytedeco.javacpp.cachedir";
  /** The spelling JavaCPP also accepts. */
  static final String PROPERTY_ALT = "org.bytedeco.javacpp.cacheDir";

  /** JavaCPP's switch to load libraries from its paths before unpacking them from its jars. */
  public static final String PATHS_FIRST = "org.bytedeco.javacpp.pathsFirst";
  /** JavaCPP's folders to load libraries from (the installed app's {@code native/}). */
  public static final String PRELOAD_PATH = "org.bytedeco.javacpp.platform.preloadpath";

  private NativeCache() {}

  /**
   * Whether this is the installed app with its native libraries already unpacked: JavaCPP is told to
   * load from its paths first and one of them holds JavaCPP's own library.
   */
  public static boolean bundled() {
    return bundledFolder(System.getProperties()) != null;
  }

  /** The folder of the app's own unpacked native libraries, or null when JavaCPP unpacks its jars. */
  static Path bundledFolder(Properties properties) {
    String first = properties.getProperty(PATHS_FIRST, properties.getProperty("org.bytedeco.javacpp.pathsfirst", ""));
    String paths = properties.getProperty(PRELOAD_PATH);
    if (!first.equalsIgnoreCase("true") || paths == null) {
      return null;
    }
    for (String dir : paths.split(java.io.File.pathSeparator)) {
      if (!dir.isBlank() && Files.isRegularFile(Path.of(dir, System.mapLibraryName("jnijavacpp")))) {
        return Path.of(dir);
      }
    }
    return null;
  }

  /**
   * Whether this start has to unpack the native libraries first (a first start of a development
   * build or of a copy without bundled natives), which takes many seconds.
   */
  public static boolean firstStart() {
    return !bundled() && !looksUnpacked(folder());
  }

  /**
   * Points JavaCPP's cache at the user's cache folder unless a cache folder is already set.
   *
   * @return the cache folder JavaCPP will use
   */
  public static Path configure() {
    return configure(System.getProperties(), UserFolders.cacheDir().resolve("javacpp"));
  }

  /**
   * The same on given properties with a given default folder (for tests).
   *
   * @param properties the system properties to read and change
   * @param defaultDir the folder to use when none is set
   * @return the cache folder JavaCPP will use
   */
  static Path configure(Properties properties, Path defaultDir) {
    for (String key : new String[] {PROPERTY, PROPERTY_ALT}) {
      String current = properties.getProperty(key);
      if (current != null && !current.isBlank()) {
        return Path.of(current);
      }
    }
    properties.setProperty(PROPERTY, defaultDir.toString());
    return defaultDir;
  }

  /** What the first start unpacks into the cache (this platform's TensorFlow, OpenCV, FFmpeg). */
  static final long UNPACKED_MB = 836;

  /** Returns the cache folder JavaCPP will use (after {@link #configure()}). */
  public static Path folder() {
    String dir = System.getProperty(PROPERTY, System.getProperty(PROPERTY_ALT));
    return dir != null && !dir.isBlank() ? Path.of(dir) : UserFolders.cacheDir().resolve("javacpp");
  }

  /**
   * Checks the cache folder before the native libraries are needed. JavaCPP itself says nothing
   * useful: an unwritable folder (no home, a read-only home) makes it unpack into the temporary
   * folder without a word, and a full disk ends in {@code UnsatisfiedLinkError: no jnitensorflow}.
   *
   * @return what is wrong, in words for the log, or null when the folder is usable
   */
  public static String problem() {
    if (bundled()) {
      return null;
    }
    return problem(folder());
  }

  static String problem(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException | SecurityException e) {
      return "cannot create the native-library cache " + dir + " (" + e + ")" + homeNote()
          + "; JavaCPP would unpack the " + UNPACKED_MB + " MB of native libraries into the temporary folder"
          + " instead. Set XDG_CACHE_HOME, or -D" + PROPERTY + "=DIR, to a folder you can write";
    }
    if (!Files.isWritable(dir)) {
      return "the native-library cache " + dir + " is not writable" + homeNote() + "; set XDG_CACHE_HOME, or -D"
          + PROPERTY + "=DIR, to a folder you can write";
    }
    long freeMb = freeMb(dir);
    if (freeMb >= 0 && freeMb < UNPACKED_MB && !looksUnpacked(dir)) {
      return "only " + freeMb + " MB free on the disk of the native-library cache " + dir + "; the first start"
          + " unpacks " + UNPACKED_MB + " MB there (free some space, or set -D" + PROPERTY + "=DIR)";
    }
    return null;
  }

  /**
   * Describes the cache folder for a message about native libraries that could not be loaded.
   *
   * @return the folder, whether it is writable and the free space on its disk
   */
  public static String diagnosis() {
    Path own = bundledFolder(System.getProperties());
    if (own != null) {
      return "the app's own native libraries are in " + own + " (loaded in place, nothing unpacked); a file"
          + " missing or damaged there means the installation is broken: reinstall handctl";
    }
    Path dir = folder();
    String problem = problem(dir);
    if (problem != null) {
      return problem;
    }
    return "the cache " + dir + " is writable with " + freeMb(dir) + " MB free (the first start unpacks "
        + UNPACKED_MB + " MB there; a start that ran out of space leaves partial files: delete " + dir
        + " and start again)";
  }

  private static long freeMb(Path dir) {
    try {
      return Files.getFileStore(dir).getUsableSpace() >> 20;
    } catch (IOException | SecurityException e) {
      return -1;
    }
  }

  /** A cache unpacked by an earlier start has a folder per library jar. */
  private static boolean looksUnpacked(Path dir) {
    try (var entries = Files.list(dir)) {
      return entries.anyMatch(p -> p.getFileName().toString().contains("tensorflow"));
    } catch (IOException e) {
      return false;
    }
  }

  private static String homeNote() {
    String home = System.getenv("HOME");
    if (home == null || home.isBlank()) {
      return " (HOME is not set; the home folder is taken as " + System.getProperty("user.home") + ")";
    }
    if (!Files.isDirectory(Path.of(home))) {
      return " (the home folder HOME=" + home + " does not exist)";
    }
    return "";
  }
}
