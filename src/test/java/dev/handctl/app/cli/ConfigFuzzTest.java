package dev.handctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.app.CommonOptions;
import dev.handctl.app.ExitCodes;
import dev.handctl.app.RuleFiles;
import dev.handctl.testing.Slow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Mutated gesture, bindings and settings files (byte flips, truncation, wrong types, NaN and
 * infinities, huge numbers, aliases, deep nesting) and odd files (a FIFO, a folder, a link to
 * {@code /dev/zero}, a 20 MB file), each put in the place of a real file and read twice: by the
 * daemon's loading code ({@link RuleFiles#check()}, what its start and every reload run) and by
 * {@code handctl check-config}. Neither may throw, hang (5 s), or print a stack trace or a Java
 * name; and check-config refuses exactly the sets of files the daemon refuses.
 */
@Slow
class ConfigFuzzTest {
  private static final int MUTANTS = 1100;
  private static final Pattern TRACE = Pattern.compile(
      "\\tat |\\bat (java|dev|org)\\.|Exception|\\bjava\\.|javax\\.|org\\.yaml|StackOverflow|OutOfMemory");
  private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fuzz");
    t.setDaemon(true);
    return t;
  });

  private enum Role { GESTURE, BINDINGS, SETTINGS }

  private record Outcome(boolean refused, String text) {}

  private final Stats stats = new Stats();

  private static final class Stats {
    int files;
    int refused;
    int problems;
    int uncaught;
    int hangs;
    int traces;
    int disagreements;
    final List<String> examples = new ArrayList<>();

    void fail(String what) {
      if (examples.size() < 10) {
        examples.add(what);
      }
    }
  }

  @AfterAll
  static void stop() {
    RUNNER.shutdownNow();
  }

  @Test
  void noFileCanCrashHangOrFoolTheReadersAndBothReadersAgree(@TempDir Path tmp) throws Exception {
    long start = System.nanoTime();
    Path gestures = tmp.resolve("gestures");
    Files.createDirectories(gestures);
    try (Stream<Path> shipped = Files.list(Path.of("gestures"))) {
      for (Path p : shipped.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.copy(p, gestures.resolve(p.getFileName().toString()));
      }
    }
    Path bindings = tmp.resolve("bindings.yaml");
    Files.move(gestures.resolve("bindings.yaml"), bindings);
    Path settings = tmp.resolve("config.yaml");
    Files.writeString(settings, "pointer:\n  gainPxPerHandSize: 900\n  acceleration: {enabled: false}\n"
        + "camera.fps: 25\nhotkey:\n  pause: ctrl+alt+h\n");
    Path gestureTarget = gestures.resolve("pinch.yaml");
    String defaults = new String(getClass().getResourceAsStream("/handctl-defaults.yaml").readAllBytes(),
        StandardCharsets.UTF_8);
    List<byte[]> gestureSeeds = new ArrayList<>();
    for (String name : List.of("pinch.yaml", "victory.yaml", "swipe_up.yaml", "thumbs_up.yaml")) {
      gestureSeeds.add(Files.readAllBytes(gestures.resolve(name)));
    }
    byte[] bindingsSeed = Files.readAllBytes(bindings);
    List<byte[]> settingsSeeds = List.of(Files.readAllBytes(settings), defaults.getBytes(StandardCharsets.UTF_8));
    Baseline clean = new Baseline(gestureTarget, bindings, settings);
    assertThat(daemonCheck(tmp, gestures, bindings, settings).refused()).as("the unmutated files are clean").isFalse();

    Random random = new Random(14);
    for (int i = 0; i < MUTANTS; i++) {
      Role role = Role.values()[i % 3];
      byte[] seed = switch (role) {
        case GESTURE -> gestureSeeds.get(random.nextInt(gestureSeeds.size()));
        case BINDINGS -> bindingsSeed;
        case SETTINGS -> settingsSeeds.get(random.nextInt(settingsSeeds.size()));
      };
      Path target = role == Role.GESTURE ? gestureTarget : role == Role.BINDINGS ? bindings : settings;
      Files.write(target, Mutator.mutate(seed, random));
      compare(role, target, tmp, gestures, bindings, settings, "mutant " + i);
      clean.restore();
    }
    // Odd files in each place: never opened (a FIFO would block, /dev/zero never ends), one problem each.
    for (Role role : Role.values()) {
      Path target = role == Role.GESTURE ? gestures.resolve("odd.yaml") : role == Role.BINDINGS ? bindings : settings;
      for (String odd : List.of("fifo", "folder", "devzero", "20MB", "loop", "empty", "binary")) {
        Files.deleteIfExists(target);
        if (!Odd.make(odd, target)) {
          continue;
        }
        Outcome daemon = compare(role, target, tmp, gestures, bindings, settings, odd + " as " + role);
        if (!odd.equals("empty") || role != Role.SETTINGS) {
          assertThat(daemon.refused()).as(odd + " as " + role + " is refused").isTrue();
        }
        Odd.remove(target);
        clean.restore();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("ConfigFuzzTest: %d files, %d refused, %d problems reported, %d uncaught, %d hangs, %d traces,"
        + " %d disagreements, %.1f s%n", stats.files, stats.refused, stats.problems, stats.uncaught, stats.hangs,
        stats.traces, stats.disagreements, seconds);
    assertThat(stats.examples).as("failures").isEmpty();
    assertThat(stats.files).isGreaterThanOrEqualTo(1000);
    assertThat(stats.refused).as("most mutants are refused, some pass").isBetween(stats.files / 4, stats.files - 10);
  }

  /** Reads the files both ways and counts what went wrong. */
  private Outcome compare(Role role, Path target, Path tmp, Path gestures, Path bindings, Path settings, String what)
      throws Exception {
    stats.files++;
    Outcome daemon = bounded(() -> daemonCheck(tmp, gestures, bindings, settings), what + " (daemon)");
    Outcome cli = bounded(() -> checkConfig("check-config", "--config", settings.toString(), "--gestures",
        gestures.toString(), "--bindings", bindings.toString()), what + " (check-config)");
    if (daemon == null || cli == null) {
      return new Outcome(true, "");
    }
    if (daemon.refused()) {
      stats.refused++;
      stats.problems += (int) daemon.text().lines().count();
    }
    if (daemon.refused() != cli.refused()) {
      stats.disagreements++;
      stats.fail(what + ": daemon " + (daemon.refused() ? "refuses" : "accepts") + ", check-config "
          + (cli.refused() ? "refuses" : "accepts") + ":\n" + daemon.text() + "\n" + cli.text());
    }
    // check-config on the one file: what it refuses alone, the daemon refuses in the set.
    if (stats.files % 4 == 0 || !Files.isRegularFile(target)) {
      Outcome alone = bounded(() -> role == Role.BINDINGS
          ? checkConfig("check-config", "--config", settings.toString(), "--gestures", gestures.toString(),
              target.toString())
          : checkConfig("check-config", target.toString()), what + " (check-config FILE)");
      if (alone != null && alone.refused() && !daemon.refused()) {
        stats.disagreements++;
        stats.fail(what + ": check-config refuses the file alone, the daemon accepts it:\n" + alone.text());
      }
    }
    for (Outcome o : List.of(daemon, cli)) {
      if (TRACE.matcher(o.text()).find()) {
        stats.traces++;
        stats.fail(what + ": a trace or Java name in: " + o.text());
      }
    }
    return daemon;
  }

  private interface Check {
    Outcome run() throws Exception;
  }

  private Outcome bounded(Check check, String what) throws InterruptedException {
    Future<Outcome> f = RUNNER.submit(check::run);
    try {
      return f.get(5, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      stats.hangs++;
      stats.fail(what + ": took over 5 s");
    } catch (java.util.concurrent.ExecutionException e) {
      stats.uncaught++;
      stats.fail(what + ": threw " + e.getCause());
    }
    return null;
  }

  private static Outcome daemonCheck(Path tmp, Path gestures, Path bindings, Path settings) {
    CommonOptions common = new CommonOptions();
    common.configFile = settings;
    common.gesturesDir = gestures;
    common.bindingsFile = bindings;
    RuleFiles.Checked c = RuleFiles.of(common, tmp.resolve("no-user-folder")).check();
    return new Outcome(c.rules() == null, String.join("\n", c.problems()));
  }

  private static Outcome checkConfig(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
    int code = cli.execute(args);
    return new Outcome(code != ExitCodes.OK, out.toString(StandardCharsets.UTF_8));
  }

  /** The unmutated files, put back after each mutant. */
  private static final class Baseline {
    private final List<Path> files;
    private final List<byte[]> bytes = new ArrayList<>();

    Baseline(Path... files) throws IOException {
      this.files = List.of(files);
      for (Path f : files) {
        bytes.add(Files.readAllBytes(f));
      }
    }

    void restore() throws IOException {
      for (int i = 0; i < files.size(); i++) {
        Odd.remove(files.get(i));
        Files.write(files.get(i), bytes.get(i));
      }
    }
  }

  /** Files that are not what they seem. */
  private static final class Odd {
    static boolean make(String kind, Path target) throws Exception {
      switch (kind) {
        case "fifo" -> {
          Process p = new ProcessBuilder("mkfifo", target.toString()).start();
          return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        }
        case "folder" -> Files.createDirectory(target);
        case "devzero" -> {
          if (!Files.exists(Path.of("/dev/zero"))) {
            return false;
          }
          Files.createSymbolicLink(target, Path.of("/dev/zero"));
        }
        case "20MB" -> {
          byte[] big = new byte[20 << 20];
          java.util.Arrays.fill(big, (byte) '#');
          Files.write(target, big);
        }
        case "loop" -> Files.createSymbolicLink(target, target);
        case "empty" -> Files.write(target, new byte[0]);
        case "binary" -> Files.write(target, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0, 7, (byte) 0x89, 'P', 'N', 'G'});
        default -> throw new IllegalArgumentException(kind);
      }
      return true;
    }

    static void remove(Path target) throws IOException {
      if (Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(target);
      } else {
        Files.deleteIfExists(target);
      }
    }
  }

  /** Turns a good file into a likely broken one, one way per call. */
  static final class Mutator {
    private static final String[] VALUES = {".nan", ".NaN", ".inf", "-.inf", "1e300", "-1e300", "99999999999999999999",
        "-2147483649", "null", "~", "''", "[]", "{}", "[1, 2]", "{a: 1}", "yes", "0x7fffffff", "1_000", "\"\\u0000\"",
        "&a [*a]", "*nope", "!!binary AAAA", "!!java.lang.Object {}", "2e-400", "0.0000001", "-0", "+5"};

    static byte[] mutate(byte[] seed, Random r) {
      String text = new String(seed, StandardCharsets.UTF_8);
      switch (r.nextInt(12)) {
        case 0 -> {
          byte[] b = seed.clone();
          for (int n = 1 + r.nextInt(4); n > 0; n--) {
            b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
          }
          return b;
        }
        case 1 -> {
          return java.util.Arrays.copyOf(seed, r.nextInt(seed.length));
        }
        case 2, 3, 4 -> text = replaceValue(text, r, VALUES[r.nextInt(VALUES.length)]);
        case 5 -> text = replaceValue(text, r, Long.toString(r.nextLong()));
        case 6 -> text = text + "\nx" + r.nextInt(99) + ": &r [*r]\nrec: &q {a: *q}\n";
        case 7 -> {
          int depth = 10 + r.nextInt(3000);
          text = text + "\ndeep: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
        }
        case 8 -> text = text + "\nlol0: &l0 [x, x, x, x, x, x, x, x, x, x]\n" + laughs(6);
        case 9 -> {
          List<String> lines = new ArrayList<>(text.lines().toList());
          if (!lines.isEmpty()) {
            int i = r.nextInt(lines.size());
            lines.add(r.nextInt(lines.size()), lines.get(i));
          }
          text = String.join("\n", lines) + "\n";
        }
        case 10 -> {
          // A key misspelt.
          List<String> lines = new ArrayList<>(text.lines().toList());
          int i = r.nextInt(Math.max(1, lines.size()));
          if (i < lines.size() && lines.get(i).contains(":")) {
            String l = lines.get(i);
            int c = l.indexOf(':');
            int at = r.nextInt(Math.max(1, c));
            lines.set(i, l.substring(0, at) + l.substring(Math.min(c, at + 1)));
          }
          text = String.join("\n", lines) + "\n";
        }
        default -> {
          byte[] b = seed.clone();
          int at = r.nextInt(b.length);
          b[at] = (byte) new int[] {0, 9, 0x80, 0xff, '\r', '"', '&', '*', '[', '{', '%', '@'}[r.nextInt(12)];
          return b;
        }
      }
      return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String laughs(int levels) {
      StringBuilder b = new StringBuilder();
      for (int i = 1; i <= levels; i++) {
        b.append("lol").append(i).append(": &l").append(i).append(" [");
        for (int k = 0; k < 10; k++) {
          b.append(k > 0 ? ", " : "").append("*l").append(i - 1);
        }
        b.append("]\n");
      }
      return b.toString();
    }

    private static String replaceValue(String text, Random r, String value) {
      List<String> lines = new ArrayList<>(text.lines().toList());
      List<Integer> candidates = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).strip().startsWith("#") && lines.get(i).matches(".*:\\s*[^\\s{\\[].*")) {
          candidates.add(i);
        }
      }
      if (candidates.isEmpty()) {
        return text + "\nextra: " + value + "\n";
      }
      int i = candidates.get(r.nextInt(candidates.size()));
      String l = lines.get(i);
      // Replace the value after the last ': ' (inside a flow mapping, one entry's value).
      int c = l.lastIndexOf(": ");
      if (c < 0) {
        return text;
      }
      String rest = l.substring(c + 2);
      int end = rest.indexOf(',') >= 0 ? rest.indexOf(',') : rest.indexOf('}') >= 0 ? rest.indexOf('}') : rest.length();
      lines.set(i, l.substring(0, c + 2) + value + rest.substring(end));
      return String.join("\n", lines) + "\n";
    }
  }
}
