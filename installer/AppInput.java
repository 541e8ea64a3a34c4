import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The packaging steps every platform's installer script shares, in plain Java so that they need no
 * zip tool or shell (run as a source file: {@code java installer/AppInput.java COMMAND ...}).
 *
 * <pre>
 * prepare PROJECT OUT [PLATFORM]  build jpackage's --input folder OUT from PROJECT/target (handctl.jar,
 *                                 lib/*.jar without other platforms' natives), models/, gestures/,
 *                                 LICENSE, and this platform's JNativeHook library; on Linux the
 *                                 JavaCPP native jars are unpacked into native/ instead (only the
 *                                 libraries handctl loads, symbols stripped), see {@link #unpackNatives}
 * version PROJECT                 print the app version jpackage accepts (0.1.0-SNAPSHOT gives 0.1.0)
 * platform PROJECT                print the platform the build was made for (linux-x86_64, ...)
 * natives DIR [PLATFORM]          list every native library in DIR, in files and inside jars; with
 *                                 PLATFORM, exit 1 when one belongs to another platform
 * modules DIR                     print the JDK modules jdeps finds DIR/handctl.jar and the jars of
 *                                 DIR/lib it reaches need
 * </pre>
 *
 * PLATFORM is a JavaCPP platform name: linux-x86_64, linux-arm64, windows-x86_64 or macosx-arm64.
 * Without it, it is read from the javacpp-*-PLATFORM.jar Maven put in target/lib.
 */
public final class AppInput {
  /** Where a native library may sit for each platform, in the path conventions of JavaCPP, JNA, JNativeHook. */
  private static final Map<String, Pattern> OWN = Map.of(
      "linux-x86_64", Pattern.compile("(^|/)linux[-/_](x86[-_]64|amd64)(/|$)"),
      "linux-arm64", Pattern.compile("(^|/)linux[-/_](arm64|aarch64)(/|$)"),
      "windows-x86_64", Pattern.compile("(^|/)(windows|win32|win)[-/_](x86[-_]64|amd64|x64)(/|$)"),
      "macosx-arm64", Pattern.compile("(^|/)(darwin|macosx|macos|mac|osx)[-/_](arm64|aarch64)(/|$)"));
  /** A path naming some operating system. */
  private static final Pattern ANY_OS = Pattern.compile(
      "(^|/)(linux|windows|win32|win|darwin|macosx|macos|mac|osx|freebsd|openbsd|netbsd|dragonflybsd|sunos|solaris"
          + "|aix|android|ios)([-/_]|$)");
  private static final Pattern NATIVE = Pattern.compile("[^/]+(\\.so(\\.[0-9]+)*|\\.dll|\\.dylib|\\.jnilib)$");
  /** JNativeHook's library inside its jar, per platform, and the name it gets beside the app. */
  private static final Map<String, String[]> JNATIVEHOOK = Map.of(
      "linux-x86_64", new String[] {"com/github/kwhat/jnativehook/lib/linux/x86_64/libJNativeHook.so", "libJNativeHook.so"},
      "linux-arm64", new String[] {"com/github/kwhat/jnativehook/lib/linux/arm64/libJNativeHook.so", "libJNativeHook.so"},
      "windows-x86_64", new String[] {"com/github/kwhat/jnativehook/lib/windows/x86_64/JNativeHook.dll", "JNativeHook.dll"},
      "macosx-arm64", new String[] {"com/github/kwhat/jnativehook/lib/darwin/arm64/libJNativeHook.dylib",
          "libJNativeHook.dylib"});

  private AppInput() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      usage();
    }
    switch (args[0]) {
      case "prepare" -> {
        if (args.length < 3) {
          usage();
        }
        Path project = Path.of(args[1]);
        prepare(project, Path.of(args[2]), args.length > 3 ? args[3] : platform(project));
      }
      case "version" -> System.out.println(version(Path.of(args[1])));
      case "platform" -> System.out.println(platform(Path.of(args[1])));
      case "natives" -> {
        String platform = args.length > 2 ? checkPlatform(args[2]) : null;
        int foreign = 0;
        for (String[] n : natives(Path.of(args[1]))) {
          String kind = platform == null ? "" : kind(n[1] == null ? n[0] : n[1], platform);
          foreign += kind.equals("FOREIGN") ? 1 : 0;
          System.out.println((kind.isEmpty() ? "" : kind + " ") + n[0] + (n[1] == null ? "" : "!/" + n[1]));
        }
        if (foreign > 0) {
          System.err.println("AppInput: " + foreign + " native librar" + (foreign == 1 ? "y" : "ies")
              + " of another platform than " + platform);
          System.exit(1);
        }
      }
      case "modules" -> System.out.println(modules(Path.of(args[1])));
      default -> usage();
    }
  }

  private static void usage() {
    System.err.println("usage: java AppInput.java prepare PROJECT OUT [PLATFORM] | version PROJECT"
        + " | platform PROJECT | natives DIR [PLATFORM] | modules DIR");
    System.exit(2);
  }

  private static String checkPlatform(String platform) {
    if (!OWN.containsKey(platform)) {
      fail("unknown platform " + platform + "; expected one of " + OWN.keySet());
    }
    return platform;
  }

  private static void fail(String message) {
    System.err.println("AppInput: " + message);
    System.exit(1);
  }

  /** The platform of the build: the classifier of javacpp-VERSION-PLATFORM.jar in target/lib. */
  static String platform(Path project) throws IOException {
    Path lib = project.resolve("target/lib");
    if (!Files.isDirectory(lib)) {
      fail("no " + lib + ": build first (mvn -q package -DskipTests)");
    }
    Pattern p = Pattern.compile("javacpp-[0-9.]+-(.+)\\.jar");
    try (Stream<Path> files = Files.list(lib)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Matcher m = p.matcher(f.getFileName().toString());
        if (m.matches() && OWN.containsKey(m.group(1))) {
          return m.group(1);
        }
      }
    }
    fail("no javacpp-*-PLATFORM.jar in " + lib + " to tell which platform the build is for");
    return null;
  }

  /** The version in the jar's pom.properties, cut to the numbers jpackage accepts. */
  static String version(Path project) throws IOException {
    Path jar = project.resolve("target/handctl.jar");
    if (!Files.isRegularFile(jar)) {
      fail("no " + jar + ": build first (mvn -q package -DskipTests)");
    }
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry e = zip.getEntry("META-INF/maven/dev.handctl/handctl/pom.properties");
      if (e == null) {
        fail(jar + " has no META-INF/maven/dev.handctl/handctl/pom.properties");
      }
      Properties props = new Properties();
      try (InputStream in = zip.getInputStream(e)) {
        props.load(in);
      }
      String full = props.getProperty("version", "");
      Matcher m = Pattern.compile("^([0-9]+(\\.[0-9]+){0,2})").matcher(full);
      if (!m.find()) {
        fail("version '" + full + "' of " + jar + " does not start with numbers (jpackage needs 1.2.3)");
      }
      return m.group(1);
    }
  }

  /** Builds jpackage's input folder. */
  static void prepare(Path project, Path out, String platform) throws IOException {
    checkPlatform(platform);
    Path target = project.resolve("target");
    Path jar = target.resolve("handctl.jar");
    if (!Files.isRegularFile(jar) || !Files.isDirectory(target.resolve("lib"))) {
      fail("no " + jar + " with its lib/: build first (mvn -q package -DskipTests)");
    }
    deleteTree(out);
    Files.createDirectories(out.resolve("lib"));
    Files.copy(jar, out.resolve("handctl.jar"));
    Path jnativehookJar = null;
    List<Path> libs;
    try (Stream<Path> s = Files.list(target.resolve("lib"))) {
      libs = s.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
    }
    boolean unpack = platform.startsWith("linux-");
    List<Path> nativeJars = new ArrayList<>();
    for (Path lib : libs) {
      if (unpack && lib.getFileName().toString().endsWith("-" + platform + ".jar")
          && JAVACPP_NATIVE_JAR.matcher(lib.getFileName().toString()).matches()) {
        nativeJars.add(lib);
        continue;
      }
      int dropped = copyWithoutForeignNatives(lib, out.resolve("lib").resolve(lib.getFileName()), platform);
      if (dropped > 0) {
        System.out.println("AppInput: " + lib.getFileName() + ": left out " + dropped
            + " native librar" + (dropped == 1 ? "y" : "ies") + " of other platforms");
      }
      if (lib.getFileName().toString().startsWith("jnativehook-")) {
        jnativehookJar = lib;
      }
    }
    if (jnativehookJar == null) {
      fail("no jnativehook-*.jar in " + target.resolve("lib") + " (the pom must depend on com.github.kwhat:jnativehook)");
    }
    // JNativeHook first tries System.loadLibrary("JNativeHook"); the launcher's -Djava.library.path=$APPDIR
    // finds this copy, so it never unpacks one beside the (read-only) jar.
    String[] hook = JNATIVEHOOK.get(platform);
    try (ZipFile zip = new ZipFile(jnativehookJar.toFile())) {
      ZipEntry e = zip.getEntry(hook[0]);
      if (e == null) {
        fail(jnativehookJar + " has no " + hook[0]);
      }
      try (InputStream in = zip.getInputStream(e)) {
        Files.copy(in, out.resolve(hook[1]));
      }
    }
    if (!nativeJars.isEmpty()) {
      unpackNatives(nativeJars, out.resolve("native"), platform);
    }
    copyTree(project.resolve("models"), out.resolve("models"));
    copyTree(project.resolve("gestures"), out.resolve("gestures"));
    Files.copy(project.resolve("LICENSE"), out.resolve("LICENSE"));
    System.out.println("AppInput: " + out + " ready for " + platform + " (" + libs.size() + " jars, "
        + hook[1] + ", models/, gestures/, LICENSE)");
  }

  /** The JavaCPP jars of native libraries, as Maven names them (NAME-VERSION-PLATFORM.jar). */
  private static final Pattern JAVACPP_NATIVE_JAR =
      Pattern.compile("(javacpp|tensorflow-core-native|ffmpeg|opencv|openblas)-[0-9].*\\.jar");
  /**
   * Native libraries handctl never loads, measured from /proc/PID/maps of the daemon on a video, of
   * {@code detect} on a photo and of the camera classes (OpenCV's videoio): OpenCV's modules other
   * than core, imgproc, imgcodecs and videoio, its Java and Python bindings, and OpenBLAS's full
   * (LAPACK) JNI library. libopenblas.so.0 stays, once.
   */
  private static final Pattern UNUSED_NATIVE = Pattern.compile(
      "lib(jni)?opencv_(?!(core|imgproc|imgcodecs|videoio)[.])[a-z0-9_]+[.]so.*|libopencv_java[.]so|libjniopencv_java[.]so"
          + "|libjnicvkernels[.]so|libjniopenblas_full[.]so|.*cpython.*|libjniopencv_python3[.]so");
  /**
   * Library names asked for that the app stores under another name, rewritten with patchelf (a
   * symbolic link would do, but jpackage copies links as files: 37 MB of OpenBLAS twice): the
   * library that asks, the name it asks for, the file that has it.
   */
  private static final String[][] RENAMED = {{"libjniopenblas_nolapack.so", "libopenblas_nolapack.so.0", "libopenblas.so.0"}};

  /**
   * Unpacks this platform's libraries from JavaCPP's native jars into one folder of the app, where
   * the launcher's {@code -Dorg.bytedeco.javacpp.pathsFirst=true} and {@code java.library.path}
   * make JavaCPP load them in place: nothing is unpacked per user, and the libraries are stored
   * once (the jars are left out). Libraries handctl never loads are left out; the rest are stripped
   * of their symbol tables ({@code strip --strip-unneeded}: libtensorflow_cc alone carries 167 MB).
   * Each jar's licence files come along as {@code LICENSE-JAR}.
   */
  static void unpackNatives(List<Path> jars, Path dir, String platform) throws IOException {
    Files.createDirectories(dir);
    long kept = 0;
    int count = 0;
    int left = 0;
    for (Path jar : jars) {
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
          ZipEntry e = en.nextElement();
          String name = e.getName();
          String file = name.substring(name.lastIndexOf('/') + 1);
          if (e.isDirectory() || !kind(name, platform).equals("OWN")) {
            continue;
          }
          if (file.startsWith("LICENSE")) {
            try (InputStream in = zip.getInputStream(e)) {
              Files.copy(in, dir.resolve("LICENSE-" + jar.getFileName().toString().replaceAll("\\.jar$", "")),
                  StandardCopyOption.REPLACE_EXISTING);
            }
            continue;
          }
          if (!NATIVE.matcher(file).matches() || name.contains("/python/")) {
            continue;
          }
          if (UNUSED_NATIVE.matcher(file).matches() || e.getSize() < 64) {
            // tiny entries are JavaCPP's unversioned link names (libfoo.so beside libfoo.so.2)
            left++;
            continue;
          }
          try (InputStream in = zip.getInputStream(e)) {
            Files.copy(in, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
          }
          count++;
        }
      }
    }
    List<String> strip = new ArrayList<>(List.of("strip", "--strip-unneeded"));
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(f -> NATIVE.matcher(f.getFileName().toString()).matches()).sorted()
          .forEach(f -> strip.add(f.toString()));
    }
    run(strip, "strip (apt-get install binutils)");
    for (String[] r : RENAMED) {
      if (Files.exists(dir.resolve(r[0])) && Files.exists(dir.resolve(r[2]))) {
        run(List.of("patchelf", "--replace-needed", r[1], r[2], dir.resolve(r[0]).toString()),
            "patchelf (apt-get install patchelf)");
      }
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        kept += Files.isSymbolicLink(f) ? 0 : Files.size(f);
      }
    }
    System.out.println("AppInput: " + jars.size() + " native jars unpacked into " + dir + ": " + count
        + " libraries, stripped, " + (kept >> 20) + " MB; left out " + left + " that handctl never loads");
  }

  private static void run(List<String> command, String tool) {
    try {
      Process p = new ProcessBuilder(command).inheritIO().start();
      if (p.waitFor() != 0) {
        fail(command.get(0) + " failed: " + String.join(" ", command.subList(0, Math.min(4, command.size()))) + " ...");
      }
    } catch (IOException e) {
      fail("cannot run " + tool + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted while running " + command.get(0));
    }
  }

  /** Copies a jar, leaving out native libraries of other platforms; returns how many were left out. */
  private static int copyWithoutForeignNatives(Path from, Path to, String platform) throws IOException {
    List<String> drop = new ArrayList<>();
    try (ZipFile zip = new ZipFile(from.toFile())) {
      for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
        String name = en.nextElement().getName();
        if (NATIVE.matcher(name).find() && kind(name, platform).equals("FOREIGN")) {
          drop.add(name);
        }
      }
      if (drop.isEmpty()) {
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        return 0;
      }
      try (OutputStream os = Files.newOutputStream(to); ZipOutputStream zos = new ZipOutputStream(os)) {
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
          ZipEntry e = en.nextElement();
          if (drop.contains(e.getName())) {
            continue;
          }
          ZipEntry copy = new ZipEntry(e.getName());
          copy.setTime(e.getTime());
          zos.putNextEntry(copy);
          try (InputStream in = zip.getInputStream(e)) {
            in.transferTo(zos);
          }
          zos.closeEntry();
        }
      }
    }
    return drop.size();
  }

  /** OWN, FOREIGN, or UNMARKED (no operating system in the path) for a native library's path. */
  static String kind(String path, String platform) {
    String p = path.replace('\\', '/').toLowerCase(java.util.Locale.ROOT);
    if (OWN.get(platform).matcher(p).find()) {
      return "OWN";
    }
    return ANY_OS.matcher(p).find() ? "FOREIGN" : "UNMARKED";
  }

  /** Every native library under a folder: {file, null} for a file, {jar, entry} inside a jar. */
  static List<String[]> natives(Path dir) throws IOException {
    List<String[]> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        if (!Files.isRegularFile(f)) {
          continue;
        }
        String rel = dir.relativize(f).toString().replace('\\', '/');
        if (NATIVE.matcher(f.getFileName().toString()).matches()) {
          found.add(new String[] {rel, null});
        } else if (rel.endsWith(".jar")) {
          try (ZipFile zip = new ZipFile(f.toFile())) {
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
              String name = en.nextElement().getName();
              if (NATIVE.matcher(name).find()) {
                found.add(new String[] {rel, name});
              }
            }
          }
        }
      }
    }
    return found;
  }

  /**
   * Runs jdeps from handctl.jar through every jar of the class path it reaches ({@code -R}), as the
   * jpackage documentation suggests for a class-path application.
   */
  static String modules(Path dir) throws IOException {
    String classPath;
    try (Stream<Path> jars = Files.list(dir.resolve("lib"))) {
      classPath = String.join(java.io.File.pathSeparator,
          jars.filter(f -> f.toString().endsWith(".jar")).sorted().map(Path::toString).toList());
    }
    java.util.spi.ToolProvider jdeps = java.util.spi.ToolProvider.findFirst("jdeps")
        .orElseThrow(() -> new IllegalStateException("this JDK has no jdeps"));
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code = jdeps.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), "-R", "--print-module-deps",
        "--ignore-missing-deps", "--multi-release", "17", "--class-path", classPath,
        dir.resolve("handctl.jar").toString());
    if (code != 0) {
      fail("jdeps failed (" + code + "): " + err);
    }
    return out.toString().strip();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      fail("no folder " + from);
    }
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path dest = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(f, dest);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null) {
          throw new UncheckedIOException(e);
        }
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
