package dev.handctl.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tensorflow.proto.GraphDef;

/**
 * Converted graphs kept on disk, so that a warm start imports the {@link GraphDef} directly instead
 * of converting the tfjs model again (about 1 s for the two hand models on two cores).
 *
 * <p>Each model has one file, {@code NAME.graphdef}: a magic line, the key (SHA-256 over the
 * converter's own class file, the model's JSON and its weight shards, in manifest order), the
 * SHA-256 of the payload, then the serialised graph. A changed model, shard or converter changes the
 * key and the graph is converted again and the file replaced; a file that is truncated, altered or
 * unreadable is ignored with a warning and replaced. A cache folder that cannot be written only
 * costs the conversion on every start (said once in the log).
 */
public final class GraphCache {
  private static final Logger LOG = LoggerFactory.getLogger(GraphCache.class);
  private static final byte[] MAGIC = "handctl-graphdef-1\n".getBytes(StandardCharsets.US_ASCII);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final GraphCache NONE = new GraphCache(null);

  private final Path dir;
  private boolean writeWarned;

  private GraphCache(Path dir) {
    this.dir = dir;
  }

  /**
   * A cache in a folder (created when the first graph is written).
   *
   * @param dir the folder, such as {@code ~/.cache/handctl/graphs}
   * @return the cache
   */
  public static GraphCache in(Path dir) {
    return new GraphCache(dir);
  }

  /** Returns a cache that keeps nothing: every load converts. */
  public static GraphCache none() {
    return NONE;
  }

  /**
   * Whether a converted graph of this model is kept (not whether it still matches: {@link #load}
   * checks that), for saying that a first start is preparing.
   *
   * @param name the model's name
   * @return whether its file exists
   */
  public boolean has(String name) {
    return dir != null && Files.isRegularFile(fileFor(name));
  }

  /** Returns the file a model's graph is kept in, or null for {@link #none()}. */
  Path fileFor(String name) {
    return dir == null ? null : dir.resolve(name + ".graphdef");
  }

  /**
   * Returns the cached graph of a model when it is there and still matches the model's files, else
   * converts it and keeps the result.
   *
   * @param name the model's name (the file name)
   * @param modelJson the verified {@code model.json}
   * @param convert converts the model (and checks its shards)
   * @return the graph
   */
  public GraphDef load(String name, Path modelJson, Supplier<GraphDef> convert) {
    if (dir == null) {
      return convert.get();
    }
    byte[] key;
    try {
      key = key(modelJson);
    } catch (IOException | RuntimeException e) {
      // A missing or unreadable shard: the converter says what is wrong, precisely.
      return convert.get();
    }
    Path file = fileFor(name);
    GraphDef cached = read(file, key);
    if (cached != null) {
      return cached;
    }
    GraphDef graph = convert.get();
    write(file, key, graph.toByteArray());
    return graph;
  }

  /** The key: SHA-256 over the converter's class file, the model's JSON and its shards. */
  static byte[] key(Path modelJson) throws IOException {
    MessageDigest sha = sha256();
    try (InputStream converter = TfjsGraphConverter.class.getResourceAsStream("TfjsGraphConverter.class")) {
      if (converter != null) {
        sha.update(converter.readAllBytes());
      }
    }
    byte[] json = Files.readAllBytes(modelJson);
    sha.update(json);
    JsonNode manifest = JSON.readTree(json).path("weightsManifest");
    for (JsonNode group : manifest) {
      for (JsonNode p : group.path("paths")) {
        Path shard = modelJson.resolveSibling(p.asText());
        sha.update(p.asText().getBytes(StandardCharsets.UTF_8));
        sha.update(Files.readAllBytes(shard));
      }
    }
    return sha.digest();
  }

  private static GraphDef read(Path file, byte[] key) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      byte[] all = Files.readAllBytes(file);
      int header = MAGIC.length + 64;
      if (all.length < header || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
        LOG.warn("ignoring the converted-model cache {}: not a handctl graph file; converting again", file);
        return null;
      }
      if (!Arrays.equals(all, MAGIC.length, MAGIC.length + 32, key, 0, 32)) {
        LOG.info("the model changed since {} was written: converting it again", file);
        return null;
      }
      byte[] sum = sha256().digest(Arrays.copyOfRange(all, header, all.length));
      if (!Arrays.equals(all, MAGIC.length + 32, header, sum, 0, 32)) {
        LOG.warn("ignoring the converted-model cache {}: damaged (checksum mismatch); converting again", file);
        return null;
      }
      return GraphDef.parseFrom(java.nio.ByteBuffer.wrap(all, header, all.length - header));
    } catch (InvalidProtocolBufferException e) {
      LOG.warn("ignoring the converted-model cache {}: not a graph ({}); converting again", file, e.getMessage());
      return null;
    } catch (IOException e) {
      LOG.warn("ignoring the converted-model cache {}: cannot read it ({}); converting again", file, e.toString());
      return null;
    }
  }

  private synchronized void write(Path file, byte[] key, byte[] payload) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      try {
        try (var out = Files.newOutputStream(tmp)) {
          out.write(MAGIC);
          out.write(key);
          out.write(sha256().digest(payload));
          out.write(payload);
        }
        try {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
      LOG.debug("kept the converted model in {} ({} KB)", file, payload.length >> 10);
    } catch (IOException | SecurityException e) {
      if (!writeWarned) {
        writeWarned = true;
        LOG.warn("cannot keep converted models in {} ({}); each start converts them again", file.getParent(),
            e.toString());
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }
}
