package dev.handctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.app.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code handctl teach} refuses a name it must not write before opening any camera or model, and a
 * learned gesture file passes {@code check-config} with a binding to it (no models, no real data:
 * the learned file here is written by hand).
 */
class TeachCommandRefusalTest {
  @TempDir
  Path dir;

  @Test
  void refusesAShippedName() {
    CliRun run = CliRun.of("teach", "fist", "--from", dir.toString(), "--gestures", dir.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("'fist' is a shipped gesture").contains("choose another name");
    run = CliRun.of("teach", "fist", "--force", "--from", dir.toString(), "--gestures", dir.toString());
    assertThat(run.exit()).as("--force does not replace a shipped gesture").isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void refusesAnExistingFileUnlessForced() throws Exception {
    Files.writeString(dir.resolve("rock.yaml"), "name: rock\nfingers:\n  index: {curl: extended}\n");
    CliRun run = CliRun.of("teach", "rock", "--from", dir.toString(), "--gestures", dir.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("rock.yaml exists; use --force");
    // A gesture of that name in another file of the folder is refused even with --force.
    Files.writeString(dir.resolve("my_rock.yaml"), "name: horns\nfingers:\n  pinky: {curl: extended}\n");
    run = CliRun.of("teach", "horns", "--force", "--from", dir.toString(), "--gestures", dir.toString());
    assertThat(run.err()).contains("'horns' is already defined in").contains("my_rock.yaml");
  }

  @Test
  void refusesABadName() {
    CliRun run = CliRun.of("teach", "Rock On", "--gestures", dir.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("NAME: expected lower-case letters, digits and _");
  }

  @Test
  void aLearnedGestureIsCheckedAndBindable() throws Exception {
    String pair = "[0.1, 0.5]";
    Files.writeString(dir.resolve("rock.yaml"), "# taught\nname: rock\nscore: {enter: 0.5, exit: 0.4}\n"
        + "examples:\n  rejectDistance: 0.1\n  shapes:\n    - [" + String.join(", ", Collections.nCopies(21, pair))
        + "]\n");
    Files.writeString(dir.resolve("bindings.yaml"), "bindings:\n  - {gesture: rock, action: key, keys: ctrl+z}\n");
    CliRun run = CliRun.of("check-config", "--gestures", dir.toString());
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("0 problem(s)");
    Files.writeString(dir.resolve("bindings.yaml"), "bindings:\n  - {gesture: rocks, action: key, keys: ctrl+z}\n");
    run = CliRun.of("check-config", "--gestures", dir.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    assertThat(run.out()).contains("rocks");
  }
}
