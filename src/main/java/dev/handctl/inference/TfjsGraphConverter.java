package dev.handctl.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjLongConsumer;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorProto;
import org.tensorflow.proto.TensorShapeProto;

/**
 * Turns a TensorFlow.js graph model ({@code model.json} plus binary weight shards) into a
 * TensorFlow {@link GraphDef} that TensorFlow Java can import.
 *
 * <p>{@code modelTopology} in {@code model.json} is the proto3-JSON form of a GraphDef with the
 * weights left out, so it is parsed with protobuf's own JSON parser. The weights are then read
 * from the shards in manifest order and written into the {@code Const} node of the same name;
 * float16 and affine uint8/uint16 quantised weights are dequantised to float32 on the way.
 *
 * <p>Three differences between tfjs graphs and what TensorFlow 2.18 accepts are repaired:
 *
 * <ul>
 *   <li>{@code _FusedConv2D}: tfjs drops the {@code TArgs} attribute; it is put back as
 *       {@code [T] * num_args}.
 *   <li>{@code FusedDepthwiseConv2dNative}: a tfjs-only op name. It is rewritten as
 *       {@code DepthwiseConv2dNative} + {@code BiasAdd} + activation, the last node keeping the
 *       original name so that consumers are untouched. (Renaming it to TF's private
 *       {@code _FusedDepthwiseConv2dNative} only runs while oneDNN is on.)
 *   <li>{@code device} placements from the converting machine are dropped.
 * </ul>
 *
 * <p>{@code _FusedMatMul} runs as is.
 */
public final class TfjsGraphConverter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TfjsGraphConverter() {}

  /**
   * Converts a tfjs graph model.
   *
   * @param modelJson path of {@code model.json}; shards are resolved next to it
   * @param shardCheck called with each shard file and its expected byte count before it is read
   *     (for example {@link ModelFiles#verifyShard}); it throws to refuse the file
   * @return the importable graph
   * @throws ModelException when the file is not a tfjs graph model or cannot be converted
   */
  public static GraphDef convert(Path modelJson, ObjLongConsumer<Path> shardCheck) {
    JsonNode root;
    try {
      root = JSON.readTree(modelJson.toFile());
    } catch (IOException e) {
      throw new ModelException("model file " + modelJson + " is not valid JSON: " + e.getMessage(), e);
    }
    JsonNode topology = root.get("modelTopology");
    if (topology == null || !topology.isObject() || !topology.has("node")) {
      throw new ModelException("model file " + modelJson
          + " is not a tfjs graph model: expected an object 'modelTopology' with a 'node' list");
    }
    GraphDef.Builder graph = GraphDef.newBuilder();
    try {
      JsonFormat.parser().ignoringUnknownFields().merge(JSON.writeValueAsString(topology), graph);
    } catch (InvalidProtocolBufferException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ModelException("model file " + modelJson + ": 'modelTopology' is not a GraphDef: "
          + e.getMessage(), e);
    }
    Map<String, Integer> indexByName = new HashMap<>();
    for (int i = 0; i < graph.getNodeCount(); i++) {
      indexByName.put(graph.getNode(i).getName(), i);
    }
    JsonNode manifest = root.get("weightsManifest");
    if (manifest == null || !manifest.isArray()) {
      throw new ModelException("model file " + modelJson + " has no 'weightsManifest' list");
    }
    Path dir = modelJson.toAbsolutePath().getParent();
    for (JsonNode group : manifest) {
      loadGroup(modelJson, dir, group, graph, indexByName, shardCheck);
    }
    return rewriteOps(graph.build());
  }

  private static void loadGroup(Path modelJson, Path dir, JsonNode group, GraphDef.Builder graph,
      Map<String, Integer> indexByName, ObjLongConsumer<Path> shardCheck) {
    List<WeightSpec> specs = new ArrayList<>();
    long totalBytes = 0;
    for (JsonNode w : group.path("weights")) {
      WeightSpec spec = WeightSpec.parse(modelJson, w);
      specs.add(spec);
      totalBytes += spec.storedBytes();
    }
    List<String> paths = new ArrayList<>();
    group.path("paths").forEach(p -> paths.add(p.asText()));
    if (paths.isEmpty()) {
      throw new ModelException("model file " + modelJson + ": a weight group names no shard in 'paths'");
    }
    // Shards of one group are one byte stream cut into files; only their sum is known up front.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(totalBytes, 64L << 20)); // grows as the shards are read
    for (String name : paths) {
      // A shard is a file beside model.json: a path that leads elsewhere is never opened.
      if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals("..") || name.equals(".")) {
        throw new ModelException("model file " + modelJson + ": weight shard '" + name + "' is not a file name"
            + " beside the model's JSON; shards must live in the model's own folder");
      }
    }
    for (int i = 0; i < paths.size(); i++) {
      Path shard = dir.resolve(paths.get(i));
      if (paths.size() == 1) {
        shardCheck.accept(shard, totalBytes);
      } else if (!Files.isRegularFile(shard)) {
        throw new ModelException("model weights missing: " + shard + " is named by " + modelJson);
      }
      try {
        bytes.write(Files.readAllBytes(shard));
      } catch (IOException e) {
        throw new ModelException("cannot read model weights " + shard + ": " + e, e);
      }
    }
    if (paths.size() > 1) {
      if (bytes.size() != totalBytes) {
        throw new ModelException("model weights of " + modelJson + " are " + bytes.size()
            + " bytes across " + paths + ", but the weight manifest needs " + totalBytes + " bytes");
      }
      for (String p : paths) {
        ModelFiles.verify(dir.resolve(p));
      }
    }
    ByteBuffer data = ByteBuffer.wrap(bytes.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
    for (WeightSpec spec : specs) {
      Integer index = indexByName.get(spec.name());
      if (index == null) {
        throw new ModelException("model file " + modelJson + ": weight '" + spec.name()
            + "' has no Const node of that name in 'modelTopology'");
      }
      NodeDef.Builder node = graph.getNodeBuilder(index);
      TensorProto tensor = spec.toTensor(data);
      node.putAttr("value", AttrValue.newBuilder().setTensor(tensor).build());
      node.putAttr("dtype", AttrValue.newBuilder().setType(tensor.getDtype()).build());
    }
  }

  /** Applies the op repairs described on the class. */
  static GraphDef rewriteOps(GraphDef in) {
    GraphDef.Builder out = in.toBuilder().clearNode();
    for (NodeDef node : in.getNodeList()) {
      NodeDef.Builder b = node.toBuilder().clearDevice();
      switch (node.getOp()) {
        case "_FusedConv2D" -> {
          if (!node.containsAttr("TArgs")) {
            long numArgs = node.getAttrOrThrow("num_args").getI();
            AttrValue.ListValue.Builder types = AttrValue.ListValue.newBuilder();
            for (long i = 0; i < numArgs; i++) {
              types.addType(node.getAttrOrThrow("T").getType());
            }
            b.putAttr("TArgs", AttrValue.newBuilder().setList(types).build());
          }
          out.addNode(b);
        }
        case "FusedDepthwiseConv2dNative" -> unfuseDepthwise(b.build()).forEach(out::addNode);
        default -> out.addNode(b);
      }
    }
    return out.build();
  }

  private static List<NodeDef> unfuseDepthwise(NodeDef node) {
    List<String> dataInputs = new ArrayList<>();
    List<String> controlInputs = new ArrayList<>();
    for (String input : node.getInputList()) {
      (input.startsWith("^") ? controlInputs : dataInputs).add(input);
    }
    List<String> fusedOps = new ArrayList<>();
    for (ByteString s : node.getAttrOrDefault("fused_ops", AttrValue.getDefaultInstance()).getList().getSList()) {
      fusedOps.add(s.toStringUtf8());
    }
    if (dataInputs.size() < 3 || fusedOps.isEmpty() || !fusedOps.get(0).equals("BiasAdd")
        || fusedOps.size() > 2) {
      throw new ModelException("node '" + node.getName() + "' (FusedDepthwiseConv2dNative) fuses "
          + fusedOps + " over " + dataInputs.size() + " inputs; expected [BiasAdd] or [BiasAdd, activation]"
          + " over input, filter and bias");
    }
    AttrValue type = node.getAttrOrThrow("T");
    List<NodeDef> nodes = new ArrayList<>();
    String convName = node.getName() + "/unfused_depthwise";
    NodeDef.Builder conv = NodeDef.newBuilder().setName(convName).setOp("DepthwiseConv2dNative")
        .addInput(dataInputs.get(0)).addInput(dataInputs.get(1)).addAllInput(controlInputs)
        .putAttr("T", type);
    for (String attr : List.of("strides", "padding", "data_format", "dilations")) {
      if (node.containsAttr(attr)) {
        conv.putAttr(attr, node.getAttrOrThrow(attr));
      }
    }
    if (node.containsAttr("explicit_paddings")
        && node.getAttrOrThrow("padding").getS().toStringUtf8().equals("EXPLICIT")) {
      conv.putAttr("explicit_paddings", node.getAttrOrThrow("explicit_paddings"));
    }
    nodes.add(conv.build());
    String activation = fusedOps.size() == 2 ? fusedOps.get(1) : null;
    String biasName = activation == null ? node.getName() : node.getName() + "/unfused_bias";
    NodeDef.Builder bias = NodeDef.newBuilder().setName(biasName).setOp("BiasAdd")
        .addInput(convName).addInput(dataInputs.get(2)).putAttr("T", type);
    if (node.containsAttr("data_format")) {
      bias.putAttr("data_format", node.getAttrOrThrow("data_format"));
    }
    nodes.add(bias.build());
    if (activation != null) {
      NodeDef.Builder act = NodeDef.newBuilder().setName(node.getName()).addInput(biasName).putAttr("T", type);
      switch (activation) {
        case "Relu", "Relu6", "Elu", "Tanh", "Sigmoid" -> act.setOp(activation);
        case "LeakyRelu" -> act.setOp("LeakyRelu").putAttr("alpha",
            AttrValue.newBuilder().setF(node.getAttrOrDefault("leakyrelu_alpha",
                AttrValue.newBuilder().setF(0.2f).build()).getF()).build());
        default -> throw new ModelException("node '" + node.getName() + "' fuses activation '" + activation
            + "'; supported: Relu, Relu6, Elu, Tanh, Sigmoid, LeakyRelu");
      }
      nodes.add(act.build());
    }
    return nodes;
  }

  /** One entry of a tfjs weight manifest. */
  private record WeightSpec(String name, long[] shape, String dtype, String quantDtype, float scale, float min,
      String originalDtype) {

    static WeightSpec parse(Path modelJson, JsonNode w) {
      String name = w.path("name").asText(null);
      if (name == null || !w.path("shape").isArray()) {
        throw new ModelException("model file " + modelJson + ": weight entry " + w
            + " lacks a 'name' or a 'shape' list");
      }
      long[] shape = new long[w.get("shape").size()];
      for (int i = 0; i < shape.length; i++) {
        shape[i] = w.get("shape").get(i).asLong();
      }
      String dtype = w.path("dtype").asText("float32");
      JsonNode q = w.get("quantization");
      String quantDtype = q == null ? null : q.path("dtype").asText();
      if (!List.of("float32", "int32", "bool").contains(dtype)) {
        throw new ModelException("model file " + modelJson + ": weight '" + name + "' has dtype '" + dtype
            + "'; supported: float32, int32, bool");
      }
      if (quantDtype != null && !List.of("float16", "uint8", "uint16").contains(quantDtype)) {
        throw new ModelException("model file " + modelJson + ": weight '" + name + "' is quantised as '"
            + quantDtype + "'; supported: float16, uint8, uint16");
      }
      return new WeightSpec(name, shape, dtype, quantDtype,
          q == null ? 1f : (float) q.path("scale").asDouble(1.0),
          q == null ? 0f : (float) q.path("min").asDouble(0.0),
          q == null ? dtype : q.path("original_dtype").asText(dtype));
    }

    long elements() {
      long n = 1;
      for (long d : shape) {
        if (d < 0) {
          throw new ModelException("weight '" + name + "' has a negative dimension in its shape "
              + java.util.Arrays.toString(shape));
        }
        try {
          n = Math.multiplyExact(n, d);
        } catch (ArithmeticException e) {
          throw new ModelException("weight '" + name + "' has shape " + java.util.Arrays.toString(shape)
              + ": more elements than any model file can hold");
        }
      }
      if (n > Integer.MAX_VALUE) {
        throw new ModelException("weight '" + name + "' has shape " + java.util.Arrays.toString(shape) + " ("
            + n + " elements): more than one tensor can hold");
      }
      return n;
    }


    long storedBytes() {
      String stored = quantDtype != null ? quantDtype : dtype;
      int width = switch (stored) {
        case "float32", "int32" -> 4;
        case "float16", "uint16" -> 2;
        default -> 1; // uint8, bool
      };
      return elements() * width;
    }

    /** Reads this weight from {@code data} (advancing it) and returns it as a tensor. */
    TensorProto toTensor(ByteBuffer data) {
      int n = Math.toIntExact(elements());
      TensorShapeProto.Builder shapeProto = TensorShapeProto.newBuilder();
      for (long d : shape) {
        shapeProto.addDim(TensorShapeProto.Dim.newBuilder().setSize(d));
      }
      DataType outType;
      ByteBuffer content;
      if (quantDtype == null) {
        outType = switch (dtype) {
          case "int32" -> DataType.DT_INT32;
          case "bool" -> DataType.DT_BOOL;
          default -> DataType.DT_FLOAT;
        };
        byte[] raw = new byte[Math.toIntExact(storedBytes())];
        data.get(raw);
        content = ByteBuffer.wrap(raw);
      } else {
        boolean toInt = originalDtype.equals("int32");
        outType = toInt ? DataType.DT_INT32 : DataType.DT_FLOAT;
        content = ByteBuffer.allocate(n * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
          float v = switch (quantDtype) {
            case "float16" -> halfToFloat(data.getShort());
            case "uint16" -> (data.getShort() & 0xffff) * scale + min;
            default -> (data.get() & 0xff) * scale + min;
          };
          if (toInt) {
            content.putInt(Math.round(v));
          } else {
            content.putFloat(v);
          }
        }
        content.flip();
      }
      return TensorProto.newBuilder().setDtype(outType).setTensorShape(shapeProto)
          .setTensorContent(ByteString.copyFrom(content)).build();
    }
  }

  /** IEEE 754 binary16 to binary32 ({@code Float.float16ToFloat} arrives only in JDK 20). */
  static float halfToFloat(short half) {
    int h = half & 0xffff;
    int sign = (h >>> 15) << 31;
    int exponent = (h >>> 10) & 0x1f;
    int mantissa = h & 0x3ff;
    if (exponent == 0x1f) {
      return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
    }
    if (exponent == 0) {
      if (mantissa == 0) {
        return Float.intBitsToFloat(sign);
      }
      float value = mantissa / 1024f * (float) Math.pow(2, -14);
      return sign == 0 ? value : -value;
    }
    return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
  }
}
