package dev.handctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.app.ExitCodes;
import dev.handctl.testing.Slow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code handctl eval photos} and {@code eval keypoints} on bad input (made-up files): one clear
 * line naming the file and what was expected, exit code 1, no stack trace, before any model loads.
 */
@Slow
class EvalInputErrorsTest {
  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void malformedReferenceKeypoints() throws Exception {
    Path f = Files.writeString(dir.resolve("ref.json"), "{\"a.jpg\": {\"hands\": [[[1, 2], [3, 4]]]}}");
    CliRun r = run("eval", "keypoints", "--models", dir.resolve("no-models").toString(), f.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    assertThat(r.err().strip()).isEqualTo("handctl eval keypoints: " + f
        + ": \"a.jpg\" hand 1: expected 21 keypoints [x, y] or [x, y, z], got 2 entries");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void notJsonAtAll() throws Exception {
    Path f = Files.writeString(dir.resolve("ref.json"), "keypoints: yes");
    CliRun r = run("eval", "keypoints", f.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    assertThat(r.err()).contains(f + ": not valid JSON (line 1").doesNotContain("\tat ");
  }

  @Test
  void aPhotoFolderThatIsNotThereOrHasABrokenBoxesFile() throws Exception {
    CliRun missing = run("eval", "photos", dir.resolve("nope").toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    assertThat(missing.err()).contains("nope: no such folder; expected a folder with one folder of photos per gesture");

    Files.createDirectories(dir.resolve("photos/fist"));
    Files.write(dir.resolve("photos/boxes.csv"), List.of("local_file,xmin,ymin,xmax,ymax", "fist/a.jpg,1,2,3"));
    CliRun broken = run("eval", "photos", dir.resolve("photos").toString());
    assertThat(broken.exit()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    assertThat(broken.err()).contains("boxes.csv:2: 4 fields; expected 5 as in the header").doesNotContain("\tat ");
  }
}
