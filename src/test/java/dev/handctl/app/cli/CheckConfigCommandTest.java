package dev.handctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.app.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code handctl check-config} reports every mistake, and passes the shipped gestures. */
class CheckConfigCommandTest {
  private static int run(ByteArrayOutputStream out, String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true));
    return cli.execute(args);
  }

  @Test
  void theShippedGesturesAreClean() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(run(out, "check-config", "gestures")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 problem(s)");
  }

  @Test
  void aFileWithThreeMistakesGetsThreeReports(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("victory.yaml");
    Files.writeString(file, String.join("\n",
        "name: victory",
        "fingers:",
        "  index: {curl: extended}",
        "  midle: {curl: extended}",
        "  ring: {curl: folded}",
        "score: {enter: 0.9, exit: 2}",
        ""));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(run(out, "check-config", file.toString())).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("victory.yaml:4:").contains("unknown finger 'midle'"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("victory.yaml:5:").contains("unknown curl 'folded'"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("victory.yaml:6:").contains("score.exit"));
    assertThat(lines.get(lines.size() - 1)).contains("3 problem(s)");
  }

  @Test
  void aSettingsFileIsCheckedToo(@TempDir Path tmp) throws Exception {
    Path settings = tmp.resolve("handctl.yaml");
    Files.writeString(settings, "tracker:\n  maxHands: 7\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(run(out, "check-config", settings.toString())).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("tracker.maxHands");
  }

  @Test
  void aBindingsFileIsCheckedAgainstTheGesturesInUse(@TempDir Path tmp) throws Exception {
    Path bindings = tmp.resolve("bindings.yaml");
    Files.writeString(bindings, "bindings:\n  - {gesture: pointing, action: move}\n  - {gesture: wave, action: click}\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(run(out, "check-config", "--gestures", "gestures", bindings.toString()))
        .isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("bindings.yaml:3: unknown gesture 'wave'");

    ByteArrayOutputStream clean = new ByteArrayOutputStream();
    assertThat(run(clean, "check-config", "--gestures", "gestures")).as("the shipped folder and its bindings").isZero();
  }
}
