package dev.handctl.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;

/** The converted-graph cache: reused while the model is unchanged, never trusted when damaged. */
class GraphCacheTest {
  @TempDir Path tmp;
  private Path json;
  private Path shard;
  private GraphCache cache;
  private final AtomicInteger conversions = new AtomicInteger();

  @BeforeEach
  void model() throws IOException {
    json = tmp.resolve("m.json");
    shard = tmp.resolve("m.bin");
    Files.writeString(json, "{\"modelTopology\": {\"node\": []}, \"weightsManifest\": [{\"paths\": [\"m.bin\"]}]}");
    Files.write(shard, new byte[] {1, 2, 3, 4});
    cache = GraphCache.in(tmp.resolve("cache"));
  }

  private Supplier<GraphDef> converter(String nodeName) {
    return () -> {
      conversions.incrementAndGet();
      return GraphDef.newBuilder().addNode(NodeDef.newBuilder().setName(nodeName).setOp("Const")).build();
    };
  }

  @Test
  void aSecondLoadOfTheSameModelIsReadFromTheCache() {
    GraphDef first = cache.load("m", json, converter("a"));
    GraphDef second = GraphCache.in(tmp.resolve("cache")).load("m", json, converter("b"));
    assertThat(conversions).hasValue(1);
    assertThat(second).isEqualTo(first);
    assertThat(second.getNode(0).getName()).isEqualTo("a");
  }

  @Test
  void aChangedShardOrJsonInvalidatesTheCachedGraph() throws IOException {
    cache.load("m", json, converter("a"));
    Files.write(shard, new byte[] {1, 2, 3, 5});
    assertThat(cache.load("m", json, converter("b")).getNode(0).getName()).isEqualTo("b");
    assertThat(conversions).hasValue(2);
    Files.writeString(json, Files.readString(json) + " ");
    assertThat(cache.load("m", json, converter("c")).getNode(0).getName()).isEqualTo("c");
    assertThat(cache.load("m", json, converter("d")).getNode(0).getName()).as("kept again").isEqualTo("c");
    assertThat(conversions).hasValue(3);
  }

  @Test
  void aDamagedOrTruncatedCacheFileIsIgnoredAndReplaced() throws IOException {
    cache.load("m", json, converter("a"));
    Path file = cache.fileFor("m");
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 2] ^= 0x55;
    Files.write(file, bytes);
    assertThat(cache.load("m", json, converter("b")).getNode(0).getName()).isEqualTo("b");
    Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 30));
    assertThat(cache.load("m", json, converter("c")).getNode(0).getName()).isEqualTo("c");
    Files.writeString(file, "not a graph at all");
    assertThat(cache.load("m", json, converter("d")).getNode(0).getName()).isEqualTo("d");
    assertThat(conversions).hasValue(4);
    assertThat(cache.load("m", json, converter("e")).getNode(0).getName()).as("the replacement is good").isEqualTo("d");
  }

  @Test
  void aMissingShardIsLeftToTheConverterToReport() throws IOException {
    Files.delete(shard);
    assertThat(cache.load("m", json, converter("a")).getNode(0).getName()).isEqualTo("a");
    assertThat(conversions).hasValue(1);
  }

  @Test
  void anUnwritableFolderOnlyCostsTheConversion() throws IOException {
    Path blocker = tmp.resolve("file");
    Files.writeString(blocker, "x");
    GraphCache broken = GraphCache.in(blocker.resolve("cache"));
    assertThat(broken.load("m", json, converter("a")).getNode(0).getName()).isEqualTo("a");
    assertThat(broken.load("m", json, converter("b")).getNode(0).getName()).isEqualTo("b");
    assertThat(GraphCache.none().load("m", json, converter("c")).getNode(0).getName()).isEqualTo("c");
    assertThat(conversions).hasValue(3);
  }
}
