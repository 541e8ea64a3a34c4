package dev.handctl.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.testing.Slow;
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

/**
 * {@code handctl eval photos} and {@code eval keypoints} on bad input (made-up files): one clear
 * line naming the file and what was expected, exit code 1, no stack trace, before any model loads.
 */
@Slow
class EvalInputErrorsTest {
  @TempDir
  Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void malformedReferenceKeypoints() throws Exception {
    Path f = Files.writeString(dir.resolve("ref.json"), "{\"a.jpg\": {\"hands\": [[[1, 2], [3, 4]]]}}");
    Run r = run("eval", "keypoints", "--models", dir.resolve("no-models").toString(), f.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    assertThat(r.err().strip()).isEqualTo("handctl eval keypoints: " + f
        + ": \"a.jpg\" hand 1: expected 21 keypoints [x, y] or [x, y, z], got 2 entries");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void notJsonAtAll() throws Exception {
    Path f = Files.writeString(dir.resolve("ref.json"), "keypoints: yes");
    Run r = run("eval", "keypoints", f.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    assertThat(r.err()).contains(f + ": not valid JSON (line 1").doesNotContain("\tat ");
  }

  @Test
  void aPhotoFolderThatIsNotThereOrHasABrokenBoxesFile() throws Exception {
    Run missing = run("eval", "photos", dir.resolve("nope").toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    assertThat(missing.err()).contains("nope: no such folder; expected a folder with one folder of photos per gesture");

    Files.createDirectories(dir.resolve("photos/fist"));
    Files.write(dir.resolve("photos/boxes.csv"), List.of("local_file,xmin,ymin,xmax,ymax", "fist/a.jpg,1,2,3"));
    Run broken = run("eval", "photos", dir.resolve("photos").toString());
    assertThat(broken.exit()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    assertThat(broken.err()).contains("boxes.csv:2: 4 fields; expected 5 as in the header").doesNotContain("\tat ");
  }
}
