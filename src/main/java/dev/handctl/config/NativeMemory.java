package dev.handctl.config;

import java.util.Properties;

/**
 * JavaCPP's memory limits, set deliberately before any native library loads (as
 * {@link NativeCache} sets the cache folder).
 *
 * <p>JavaCPP refuses to allocate native memory (an {@code OutOfMemoryError: Physical memory usage
 * is too high}) once the process's resident size passes {@code org.bytedeco.javacpp.maxPhysicalBytes},
 * which by default is 4 times the Java heap. The resident size is mostly not JavaCPP's to free: the
 * TensorFlow, OpenCV and FFmpeg libraries and the model sessions take about 0.6-0.7 GB whatever the
 * heap (measured on the daemon playing a video). So with a small heap ({@code -Xmx96m}: a 384 MB limit)
 * every frame failed. Here the limit is the heap plus a fixed {@value #NATIVE_BUDGET_MB} MB for the
 * native side, so it scales with the heap the launcher gives (the JVM's default, a quarter of the
 * RAM, unless {@code -Xmx} says otherwise) and never falls under what the libraries need.
 * {@code org.bytedeco.javacpp.maxBytes} (memory JavaCPP itself allocated and tracks, such as
 * tensors) stays at the heap's size, JavaCPP's default, written out. Values given with {@code -D}
 * are left alone; {@code 0} switches a limit off.
 */
public final class NativeMemory {
  /** JavaCPP's limit on the process's resident size. */
  public static final String MAX_PHYSICAL = "org.bytedeco.javacpp.maxPhysicalBytes";
  /** JavaCPP's limit on the native memory it allocated itself. */
  public static final String MAX_BYTES = "org.bytedeco.javacpp.maxBytes";
  /** Resident memory allowed beyond the heap: the libraries and models (0.7 GB) with room to spare. */
  static final long NATIVE_BUDGET_MB = 2048;

  private NativeMemory() {}

  /**
   * Sets the limits from this JVM's maximum heap, unless already set.
   *
   * @return the limits as set, for the log
   */
  public static String configure() {
    return configure(System.getProperties(), Runtime.getRuntime().maxMemory());
  }

  /**
   * The same on given properties and heap size (for tests).
   *
   * @param properties the system properties to read and change
   * @param maxHeapBytes the maximum heap
   * @return the limits as set, for the log
   */
  static String configure(Properties properties, long maxHeapBytes) {
    setUnlessGiven(properties, MAX_BYTES, "org.bytedeco.javacpp.maxbytes", maxHeapBytes);
    setUnlessGiven(properties, MAX_PHYSICAL, "org.bytedeco.javacpp.maxphysicalbytes",
        maxHeapBytes + NATIVE_BUDGET_MB * 1024 * 1024);
    return "heap " + (maxHeapBytes >> 20) + " MB, JavaCPP maxBytes " + properties.getProperty(MAX_BYTES,
        properties.getProperty("org.bytedeco.javacpp.maxbytes")) + ", maxPhysicalBytes "
        + properties.getProperty(MAX_PHYSICAL, properties.getProperty("org.bytedeco.javacpp.maxphysicalbytes"));
  }

  private static void setUnlessGiven(Properties properties, String key, String lowerCaseKey, long bytes) {
    // JavaCPP takes either spelling (this one wins): one given either way is the user's.
    if (isBlank(properties.getProperty(key)) && isBlank(properties.getProperty(lowerCaseKey))) {
      properties.setProperty(key, Long.toString(bytes));
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
