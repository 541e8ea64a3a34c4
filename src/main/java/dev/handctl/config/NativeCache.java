package dev.handctl.config;

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
 */
public final class NativeCache {
  /** The system property JavaCPP's {@code Loader} takes its cache folder from. */
  public static final String PROPERTY = "org.bytedeco.javacpp.cachedir";
  /** The spelling JavaCPP also accepts. */
  static final String PROPERTY_ALT = "org.bytedeco.javacpp.cacheDir";

  private NativeCache() {}

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
}
