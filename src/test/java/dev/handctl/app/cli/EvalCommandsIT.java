package dev.handctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handctl.testing.TestData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code handctl eval photos} and {@code eval keypoints} end to end, through the command line with
 * the real models, on the shared test data (skipped when it is absent, a failure under CI=true).
 * The figures must be those the real-data unit tests assert: GesturePhotosTest's per-gesture rule
 * and RealImageAccuracyTest's detection rate and keypoint distances.
 */
class EvalCommandsIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void photosOfTheSharedWebcamFolders() throws Exception {
    Path dir = TestData.require("images/subhih-webcam");
    CliRun r = run("eval", "photos", "--json", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    System.out.println("eval photos --json: " + r.out());
    JsonNode result = JSON.readTree(r.out());

    assertThat(result.get("images").asInt()).isEqualTo(44);
    assertThat(result.get("labels").asText()).isEqualTo("boxes.csv");
    assertThat(result.get("samples").asInt()).isEqualTo(52);
    assertThat(result.get("expected")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("fist", "four", "open_palm", "pointing", "three", "victory");
    JsonNode detection = result.get("detection");
    assertThat(detection.get("handsExpected").asInt()).isEqualTo(52);
    assertThat(detection.get("rate").asDouble()).isGreaterThanOrEqualTo(0.9);
    int right = 0;
    for (JsonNode label : result.get("expected")) {
      JsonNode g = result.get("perGesture").get(label.asText());
      // GesturePhotosTest's rule: at least 90% right among the hands found.
      assertThat(g.get("right").asInt()).as(label.asText())
          .isGreaterThanOrEqualTo((int) Math.ceil(0.9 * g.get("handsFound").asInt()));
      assertThat(g.get("accuracy").asDouble()).isEqualTo(
          Math.round(10000.0 * g.get("right").asInt() / g.get("samples").asInt()) / 10000.0);
      assertThat(result.get("confusion").get(label.asText()).get(label.asText()).asInt())
          .isEqualTo(g.get("right").asInt());
      right += g.get("right").asInt();
    }
    assertThat(result.get("overall").get("right").asInt()).isEqualTo(right);
    assertThat(result.get("overall").get("accuracy").asDouble()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void keypointsAgainstTheReferenceFile() throws Exception {
    Path file = TestData.require("images/expected_keypoints.json");
    CliRun json = run("eval", "keypoints", "--json", file.toString());
    assertThat(json.exit()).as(json.err()).isZero();
    System.out.println("eval keypoints --json: " + json.out());
    JsonNode result = JSON.readTree(json.out());

    assertThat(result.get("layout").asText()).isEqualTo("per-image");
    assertThat(result.get("skipped")).hasSize(1);
    JsonNode total = result.get("total");
    assertThat(total.get("referenceHands").asInt()).isEqualTo(3);
    assertThat(total.get("detectionRate").asDouble()).isEqualTo(1.0);
    assertThat(total.get("pck20").asDouble()).isGreaterThanOrEqualTo(0.9);
    assertThat(total.get("pck10").asDouble()).isGreaterThanOrEqualTo(0.8);
    for (JsonNode image : result.get("images")) {
      if (image.get("image").asText().equals("tfjs-hands/hands.jpg")) {
        // RealImageAccuracyTest: both hands within 10 px mean of the reference.
        assertThat(image.get("pairedHands").asInt()).isEqualTo(2);
        assertThat(image.get("meanErrorPx").asDouble()).isLessThanOrEqualTo(10.0);
      }
    }
    assertThat(result.get("images")).hasSize(2);

    CliRun text = run("eval", "keypoints", file.toString());
    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("PCK@0.1", "PCK@0.2", "mean px", "tfjs-hands/hands.jpg")
        .containsPattern("(?m)^total +3 +3 +3 ").contains("detection: 3 of 3 reference hands found");
  }
}
