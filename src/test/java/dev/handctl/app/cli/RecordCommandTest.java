package dev.handctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.app.ExitCodes;
import dev.handctl.testing.Slow;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code handctl record} as a user runs it, without a camera (the recording itself is
 * {@code ClipRecorderTest}'s): a missing camera, refusing to overwrite, a wrong size.
 */
@Slow
class RecordCommandTest {
  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void aMissingCameraIsWaitedForThenReportedAndNothingIsWritten() {
    Path out = dir.resolve("clip.mp4");
    // camera 63: no machine this runs on has that many.
    CliRun r = run("record", "--camera", "63", "--wait", "0.5", "--seconds", "1", out.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    assertThat(r.err()).contains("waiting for camera: no camera at /dev/video63")
        .contains("camera:63: no frame within 0.5 s").contains("nothing written").doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void anExistingFileIsKeptUnlessForced() throws Exception {
    Path out = Files.writeString(dir.resolve("mine.mp4"), "precious");
    CliRun r = run("record", "--camera", "63", "--wait", "0", out.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    assertThat(r.err()).contains("mine.mp4 exists; give --force to replace it");
    assertThat(Files.readString(out)).isEqualTo("precious");
  }

  @Test
  void wrongOptionsAreUsageErrors() {
    Path out = dir.resolve("clip.mp4");
    assertThat(run("record", "--size", "640by480", out.toString()).err()).contains("--size: expected WIDTHxHEIGHT");
    assertThat(run("record", "--seconds", "0", out.toString()).exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("record", dir.resolve("clip.gif").toString()).err()).contains("OUT must end in .mp4");
    assertThat(run("record", dir.resolve("no/such/clip.mp4").toString()).err()).contains("does not exist");
  }
}
