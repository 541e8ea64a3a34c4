package dev.handctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handctl.testing.Slow;
import dev.handctl.testing.TestData;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handctl detect} as a user runs it: output format, errors, exit codes. */
@Slow
class DetectCommandTest {
  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void jsonLinePerImageAndAMissingImageNamedWithoutStoppingTheOthers() throws Exception {
    Path hands = TestData.require("images/tfjs-hands/hands.jpg");
    Path missing = dir.resolve("no-such-photo.jpg");
    Path annotated = dir.resolve("annotated");

    CliRun r = run("detect", "--json", "--annotate", annotated.toString(), missing.toString(), hands.toString());

    assertThat(r.exit()).as("exit status says something failed").isEqualTo(1);
    assertThat(r.err()).contains("no-such-photo.jpg").contains("no such file");
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode error = new ObjectMapper().readTree(lines.get(0));
    assertThat(error.get("image").asText()).isEqualTo(missing.toString());
    assertThat(error.get("error").asText()).contains("no such file");
    JsonNode result = new ObjectMapper().readTree(lines.get(1));
    assertThat(result.get("image").asText()).isEqualTo(hands.toString());
    assertThat(result.get("width").asInt()).isEqualTo(720);
    assertThat(result.get("height").asInt()).isEqualTo(382);
    assertThat(result.get("hands")).hasSize(2);
    for (JsonNode hand : result.get("hands")) {
      assertThat(hand.fieldNames()).toIterable().containsExactly("score", "handedness", "handednessScore",
          "presence", "box", "keypoints", "gesture", "palm");
      assertThat(hand.get("handedness").asText()).isIn("Left", "Right");
      assertThat(hand.get("gesture").isNull() || hand.get("gesture").has("name")).isTrue();
      assertThat(hand.get("palm").asText()).as("both hands of hands.jpg show their backs").isEqualTo("away");
      assertThat(hand.get("presence").asDouble()).isBetween(0.5, 1.0);
      assertThat(hand.get("box")).hasSize(4);
      assertThat(hand.get("keypoints")).hasSize(21);
      for (JsonNode k : hand.get("keypoints")) {
        assertThat(k).hasSize(3);
        assertThat(k.get(0).asDouble()).isBetween(hand.get("box").get(0).asDouble(), hand.get("box").get(2).asDouble());
      }
    }
    Path png = annotated.resolve("hands.png");
    assertThat(png).exists();
    assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(720);
  }

  @Test
  void aHugeImageHeaderInAFolderIsRefusedAndTheOtherImagesAreStillProcessed() throws Exception {
    Path folder = dir.resolve("photos");
    Files.createDirectories(folder);
    dev.handctl.capture.ImageBoundsTestSupport.writeImage(folder.resolve("a.png"), "png", 64, 48);
    Files.write(folder.resolve("b.png"), dev.handctl.capture.ImageBoundsTestSupport.pngHeader(60_000, 60_000));
    dev.handctl.capture.ImageBoundsTestSupport.writeImage(folder.resolve("c.jpg"), "jpg", 80, 60);
    CliRun r = run("detect", "--json", folder.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("b.png").contains("60000x60000").doesNotContain("Exception");
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("a.png").contains("\"width\":64");
    assertThat(lines.get(1)).contains("b.png").contains("\"error\"");
    assertThat(lines.get(2)).contains("c.jpg").contains("\"width\":80");
  }

  @Test
  void maxHandsLimitsTheHandsReported() {
    Path hands = TestData.require("images/tfjs-hands/hands.jpg");
    CliRun r = run("detect", "--json", "--max-hands", "1", hands.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\"hands\":[{").doesNotContain("}]},{\"score\"");
  }

  @Test
  void unreadableImageFileIsNamed() throws Exception {
    Path fake = dir.resolve("fake.jpg");
    Files.writeString(fake, "this is not a JPEG");
    CliRun r = run("detect", fake.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("fake.jpg").contains("not an image");
  }

  @Test
  void corruptModelIsReportedClearlyWithExitCode3() throws Exception {
    Path models = dir.resolve("models");
    Files.createDirectories(models);
    try (var files = Files.list(Path.of("models"))) {
      for (Path f : files.toList()) {
        Files.copy(f, models.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    try (RandomAccessFile f = new RandomAccessFile(models.resolve("handlandmark-full.bin").toFile(), "rw")) {
      f.setLength(1000);
    }
    CliRun r = run("detect", "--models", models.toString(), TestData.require("images/tfjs-hands/hands.jpg").toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("handlandmark-full.bin").contains("truncated");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badConfigIsReportedWithExitCode3() throws Exception {
    Path config = dir.resolve("handctl.yaml");
    Files.writeString(config, "detector:\n  nmsIouThreshold: 7\n");
    CliRun r = run("detect", "--config", config.toString(), "whatever.jpg");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("handctl.yaml").contains("detector.nmsIouThreshold");
  }

  @Test
  void usageErrorsExitWith2() {
    assertThat(run("detect").exit()).isEqualTo(2);
    assertThat(run("no-such-command").exit()).isEqualTo(2);
  }
}
