package dev.handctl.hand.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handctl.inference.ModelException;
import dev.handctl.inference.ModelFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifests beside the shipped models, and how a wrong manifest is refused. No model is run. */
class ModelManifestTest {
  private static final Path MODELS = Path.of("models");

  @TempDir
  Path dir;

  @Test
  void theShippedPalmManifestDescribesThePalmDetector() {
    PalmModelFacts f = ModelManifest.palm(new ModelFiles(List.of(MODELS)), "handdetect");
    assertThat(f.inputTensor()).isEqualTo("input");
    assertThat(f.outputTensor()).isEqualTo("Identity");
    assertThat(f.inputSize()).isEqualTo(256);
    assertThat(f.keypointCount()).isEqualTo(7);
    assertThat(f.anchorStrides()).containsExactly(8, 16, 32, 32, 32);
    assertThat(f.anchorsPerLayer()).isEqualTo(2);
    assertThat(f.anchorOffset()).isEqualTo(0.5);
    // The same floats the code used before the facts moved into the manifest.
    assertThat(f.pixelScale()).isEqualTo(1 / 127.5f);
    assertThat(f.pixelOffset()).isEqualTo(-1f);
  }

  @Test
  void theShippedLandmarkManifestsDescribeTheLandmarkModels() {
    for (String name : List.of("handlandmark-full", "handlandmark-lite")) {
      LandmarkModelFacts f = ModelManifest.landmarks(new ModelFiles(List.of(MODELS)), name);
      assertThat(f.inputTensor()).isEqualTo("input_1");
      assertThat(List.of(f.keypointsOutput(), f.presenceOutput(), f.handednessOutput(), f.worldOutput()))
          .containsExactly("Identity", "Identity_1", "Identity_2", "Identity_3");
      assertThat(f.inputSize()).isEqualTo(224);
      assertThat(f.keypointCount()).isEqualTo(21);
      assertThat(f.normalizeZ()).isEqualTo(0.4);
      assertThat(f.pixelScale()).isEqualTo(1 / 255f);
      assertThat(f.pixelOffset()).isEqualTo(0f);
    }
  }

  @Test
  void aManifestMustBeListedInTheChecksumsLikeTheWeights() throws Exception {
    for (String f : List.of("handdetect.json", "handdetect.manifest.yaml")) {
      Files.copy(MODELS.resolve(f), dir.resolve(f));
    }
    Files.writeString(dir.resolve(ModelFiles.CHECKSUM_FILE),
        ModelFiles.sha256(dir.resolve("handdetect.json")) + "  handdetect.json\n");
    assertThatThrownBy(() -> new ModelFiles(List.of(dir)).locateManifest("handdetect"))
        .isInstanceOf(ModelException.class).hasMessageContaining("handdetect.manifest.yaml is not listed");
    Files.delete(dir.resolve("handdetect.manifest.yaml"));
    assertThatThrownBy(() -> new ModelFiles(List.of(dir)).locateManifest("handdetect"))
        .isInstanceOf(ModelException.class).hasMessageContaining("has no manifest")
        .hasMessageContaining("handdetect.manifest.yaml");
  }

  @Test
  void unknownMissingAndWrongKeysAreRefusedNamingTheFileAndKey() throws Exception {
    String good = Files.readString(MODELS.resolve("handdetect.manifest.yaml"));
    Path typo = write("typo.yaml", good.replace("  size: 256", "  size: 256\n  sise: 256"));
    assertThatThrownBy(() -> ModelManifest.palm(typo)).isInstanceOf(ModelException.class)
        .hasMessageContaining("typo.yaml").hasMessageContaining("input.sise");
    Path missing = write("missing.yaml", good.replace("  offset: 0.5\n", ""));
    assertThatThrownBy(() -> ModelManifest.palm(missing)).hasMessageContaining("missing [anchors.offset]");
    Path wrong = write("wrong.yaml", good.replace("range: [-1, 1]", "range: [1, -1]"));
    assertThatThrownBy(() -> ModelManifest.palm(wrong)).hasMessageContaining("input.range");
    Path kind = write("kind.yaml", good);
    assertThatThrownBy(() -> ModelManifest.landmarks(kind)).hasMessageContaining("kind: expected hand-landmarks");
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }
}
