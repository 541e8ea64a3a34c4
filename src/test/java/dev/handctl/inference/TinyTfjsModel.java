package dev.handctl.inference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Writes small tfjs graph models (model.json, one weight shard, SHA256SUMS) for loader tests, in
 * the exact layout the tfjs converter produces.
 */
final class TinyTfjsModel {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode root = JSON.createObjectNode();
  private final ArrayNode nodes;
  private final ArrayNode weights;
  private final ArrayNode paths;
  private final ByteArrayOutputStream bin = new ByteArrayOutputStream();

  TinyTfjsModel() {
    root.put("format", "graph-model");
    nodes = root.putObject("modelTopology").putArray("node");
    root.with("modelTopology").putObject("versions").put("producer", 808);
    ObjectNode group = root.putArray("weightsManifest").addObject();
    weights = group.putArray("weights");
    paths = group.putArray("paths");
  }

  TinyTfjsModel placeholder(String name, long... shape) {
    ObjectNode n = node(name, "Placeholder");
    n.with("attr").putObject("dtype").put("type", "DT_FLOAT");
    ArrayNode dims = n.with("attr").putObject("shape").putObject("shape").putArray("dim");
    for (long d : shape) {
      dims.addObject().put("size", Long.toString(d));
    }
    return this;
  }

  /** A float32 Const whose values are stored as float32. */
  TinyTfjsModel constFloat(String name, long[] shape, float... values) {
    ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : values) {
      b.putFloat(v);
    }
    return constNode(name, shape, "DT_FLOAT", "float32", null, b.array());
  }

  /** A float32 Const stored as float16 (raw half-precision bit patterns). */
  TinyTfjsModel constHalf(String name, long[] shape, short... halfBits) {
    ByteBuffer b = ByteBuffer.allocate(halfBits.length * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (short h : halfBits) {
      b.putShort(h);
    }
    ObjectNode q = JSON.createObjectNode().put("dtype", "float16").put("original_dtype", "float32");
    return constNode(name, shape, "DT_FLOAT", "float32", q, b.array());
  }

  /** A float32 Const stored as affine uint8: value = q * scale + min. */
  TinyTfjsModel constUint8(String name, long[] shape, float min, float scale, int... q) {
    byte[] raw = new byte[q.length];
    for (int i = 0; i < q.length; i++) {
      raw[i] = (byte) q[i];
    }
    ObjectNode quant = JSON.createObjectNode().put("dtype", "uint8").put("min", min).put("scale", scale)
        .put("original_dtype", "float32");
    return constNode(name, shape, "DT_FLOAT", "float32", quant, raw);
  }

  TinyTfjsModel constInt(String name, long[] shape, int... values) {
    ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (int v : values) {
      b.putInt(v);
    }
    return constNode(name, shape, "DT_INT32", "int32", null, b.array());
  }

  /** A node of any op; attributes are added through the returned object. */
  ObjectNode node(String name, String op, String... inputs) {
    ObjectNode n = nodes.addObject();
    n.put("name", name).put("op", op).put("device", "/device:CPU:0");
    ArrayNode in = n.putArray("input");
    for (String i : inputs) {
      in.add(i);
    }
    n.putObject("attr");
    return n;
  }

  /** The attributes tfjs writes on a fused 2D convolution: float, stride 1, VALID, NHWC, one argument. */
  static void fusedConvAttrs(ObjectNode node, String... fusedOps) {
    typeAttr(node, "T");
    stringsAttr(node, "fused_ops", fusedOps);
    node.with("attr").putObject("num_args").put("i", "1");
    intsAttr(node, "strides", 1, 1, 1, 1);
    intsAttr(node, "dilations", 1, 1, 1, 1);
    stringAttr(node, "padding", "VALID");
    stringAttr(node, "data_format", "NHWC");
  }

  static void typeAttr(ObjectNode node, String key) {
    node.with("attr").putObject(key).put("type", "DT_FLOAT");
  }

  static void stringAttr(ObjectNode node, String key, String value) {
    node.with("attr").putObject(key).put("s", b64(value));
  }

  static void intsAttr(ObjectNode node, String key, long... values) {
    ArrayNode list = node.with("attr").putObject(key).putObject("list").putArray("i");
    for (long v : values) {
      list.add(Long.toString(v));
    }
  }

  static void stringsAttr(ObjectNode node, String key, String... values) {
    ArrayNode list = node.with("attr").putObject(key).putObject("list").putArray("s");
    for (String v : values) {
      list.add(b64(v));
    }
  }

  /** Writes NAME.json, NAME.bin and a SHA256SUMS listing both into the directory. */
  Path write(Path dir, String name) throws IOException {
    paths.add(name + ".bin");
    Path json = dir.resolve(name + ".json");
    Files.writeString(json, JSON.writeValueAsString(root));
    Files.write(dir.resolve(name + ".bin"), bin.toByteArray());
    Files.writeString(dir.resolve(ModelFiles.CHECKSUM_FILE),
        ModelFiles.sha256(json) + "  " + name + ".json\n"
            + ModelFiles.sha256(dir.resolve(name + ".bin")) + "  " + name + ".bin\n",
        StandardCharsets.UTF_8);
    return json;
  }

  private TinyTfjsModel constNode(String name, long[] shape, String dtype, String manifestDtype, ObjectNode quant,
      byte[] raw) {
    ObjectNode n = node(name, "Const");
    ObjectNode tensor = n.with("attr").putObject("value").putObject("tensor");
    tensor.put("dtype", dtype);
    ArrayNode dims = tensor.putObject("tensorShape").putArray("dim");
    for (long d : shape) {
      dims.addObject().put("size", Long.toString(d));
    }
    n.with("attr").putObject("dtype").put("type", dtype);
    ObjectNode w = weights.addObject().put("name", name).put("dtype", manifestDtype);
    ArrayNode s = w.putArray("shape");
    for (long d : shape) {
      s.add(d);
    }
    if (quant != null) {
      w.set("quantization", quant);
    }
    bin.writeBytes(raw);
    return this;
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
