package dev.handctl.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handctl.testing.Slow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;

/** The tfjs loader on small graphs with known weights and hand-computed outputs. */
@Slow
class TfjsGraphConverterTest {
  @TempDir
  Path dir;

  /**
   * x (1x2x2x1) -> _FusedConv2D 1x1 [BiasAdd, Relu] with float16 weights -> tfjs
   * FusedDepthwiseConv2dNative [BiasAdd, Relu6] with a uint8-quantised bias -> Reshape to 1x8 with
   * an int32 shape.
   */
  private Path convDepthwiseModel() throws Exception {
    TinyTfjsModel m = new TinyTfjsModel().placeholder("x", 1, 2, 2, 1);
    // 2.0 and -1.0 as IEEE half: 0x4000, 0xBC00.
    m.constHalf("w", new long[] {1, 1, 1, 2}, (short) 0x4000, (short) 0xBC00);
    m.constFloat("b", new long[] {2}, 0.5f, 0.25f);
    TinyTfjsModel.fusedConvAttrs(m.node("conv", "_FusedConv2D", "x", "w", "b"), "BiasAdd", "Relu");
    m.constFloat("dwf", new long[] {1, 1, 2, 1}, 3.0f, 0.5f);
    m.constUint8("dwb", new long[] {2}, -1f, 0.5f, 2, 4); // -> 0.0, 1.0
    TinyTfjsModel.fusedConvAttrs(m.node("dw", "FusedDepthwiseConv2dNative", "conv", "dwf", "dwb"), "BiasAdd",
        "Relu6");
    m.constInt("shape", new long[] {2}, 1, 8);
    ObjectNode reshape = m.node("out", "Reshape", "dw", "shape");
    TinyTfjsModel.typeAttr(reshape, "T");
    reshape.with("attr").putObject("Tshape").put("type", "DT_INT32");
    return m.write(dir, "tiny");
  }

  @Test
  void runsFusedConvAndRewrittenDepthwiseWithDequantisedWeights() throws Exception {
    convDepthwiseModel();
    try (TfModel model = TfModel.load(new ModelFiles(List.of(dir)), "tiny", 1);
        FloatCall call = model.newCall("x", new long[] {1, 2, 2, 1}, List.of("out"), new int[] {8})) {
      System.arraycopy(new float[] {1, -1, 2, 10}, 0, call.input(), 0, 4);
      call.run();
      // conv: c0 = relu(2x + .5) = [2.5, 0, 4.5, 20.5]; c1 = relu(-x + .25) = [0, 1.25, 0, 0]
      // depthwise: c0 = relu6(3 c0 + 0) = [6, 0, 6, 6]; c1 = relu6(.5 c1 + 1) = [1, 1.625, 1, 1]
      assertThat(call.output(0)).containsExactly(6f, 1f, 0f, 1.625f, 6f, 1f, 6f, 1f);
    }
  }

  @Test
  void repairsOpsTensorFlowWouldReject() throws Exception {
    Path json = convDepthwiseModel();
    GraphDef graph = TfjsGraphConverter.convert(json, (p, n) -> { });
    NodeDef conv = graph.getNodeList().stream().filter(n -> n.getName().equals("conv")).findFirst().orElseThrow();
    assertThat(conv.getAttrOrThrow("TArgs").getList().getTypeCount()).isEqualTo(1);
    assertThat(graph.getNodeList()).extracting(NodeDef::getOp).doesNotContain("FusedDepthwiseConv2dNative")
        .contains("DepthwiseConv2dNative", "BiasAdd", "Relu6");
    NodeDef dw = graph.getNodeList().stream().filter(n -> n.getName().equals("dw")).findFirst().orElseThrow();
    assertThat(dw.getOp()).as("the last op of the rewrite keeps the name consumers use").isEqualTo("Relu6");
    assertThat(graph.getNodeList()).allSatisfy(n -> assertThat(n.getDevice()).isEmpty());
  }

  @Test
  void runsFusedMatMul() throws Exception {
    TinyTfjsModel m = new TinyTfjsModel().placeholder("x", 1, 2);
    m.constFloat("k", new long[] {2, 3}, 1, 2, 3, 4, 5, 6);
    m.constFloat("bias", new long[] {3}, 0.5f, -1f, 10f);
    ObjectNode mm = m.node("y", "_FusedMatMul", "x", "k", "bias");
    TinyTfjsModel.typeAttr(mm, "T");
    TinyTfjsModel.stringsAttr(mm, "fused_ops", "BiasAdd");
    mm.with("attr").putObject("num_args").put("i", "1");
    mm.with("attr").putObject("transpose_a").put("b", false);
    mm.with("attr").putObject("transpose_b").put("b", false);
    m.write(dir, "mm");
    try (TfModel model = TfModel.load(new ModelFiles(List.of(dir)), "mm", 1);
        FloatCall call = model.newCall("x", new long[] {1, 2}, List.of("y"), new int[] {3})) {
      call.input()[0] = 1;
      call.input()[1] = 2;
      call.run();
      // [1 2] . [[1 2 3] [4 5 6]] = [9 12 15], plus bias.
      assertThat(call.output(0)).containsExactly(9.5f, 11f, 25f);
    }
  }

  @Test
  void halfPrecisionDecoding() {
    assertThat(TfjsGraphConverter.halfToFloat((short) 0x3C00)).isEqualTo(1f);
    assertThat(TfjsGraphConverter.halfToFloat((short) 0xC000)).isEqualTo(-2f);
    assertThat(TfjsGraphConverter.halfToFloat((short) 0x3555)).isCloseTo(0.33325f, org.assertj.core.data.Offset.offset(1e-5f));
    assertThat(TfjsGraphConverter.halfToFloat((short) 0x0001)).isEqualTo((float) Math.pow(2, -24));
    assertThat(TfjsGraphConverter.halfToFloat((short) 0x7BFF)).isEqualTo(65504f);
    assertThat(TfjsGraphConverter.halfToFloat((short) 0x7C00)).isEqualTo(Float.POSITIVE_INFINITY);
    assertThat(Float.isNaN(TfjsGraphConverter.halfToFloat((short) 0x7E00))).isTrue();
    assertThat(Float.floatToIntBits(TfjsGraphConverter.halfToFloat((short) 0x8000)))
        .isEqualTo(Float.floatToIntBits(-0f));
  }

  @Test
  void weightWithoutConstNodeIsNamed() throws Exception {
    TinyTfjsModel m = new TinyTfjsModel().placeholder("x", 1);
    m.constFloat("k", new long[] {1}, 1);
    Path json = m.write(dir, "bad");
    Files.writeString(json, Files.readString(json).replace("\"name\":\"k\",\"op\"", "\"name\":\"renamed\",\"op\""));
    assertThatThrownBy(() -> TfjsGraphConverter.convert(json, (p, n) -> { }))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("weight 'k'").hasMessageContaining("no Const node").hasMessageContaining(json.toString());
  }

  @Test
  void notAGraphModelIsReported() throws Exception {
    Path json = dir.resolve("x.json");
    Files.writeString(json, "{\"format\": \"layers-model\"}");
    assertThatThrownBy(() -> TfjsGraphConverter.convert(json, (p, n) -> { }))
        .isInstanceOf(ModelException.class).hasMessageContaining("not a tfjs graph model");
    Files.writeString(json, "{not json");
    assertThatThrownBy(() -> TfjsGraphConverter.convert(json, (p, n) -> { }))
        .isInstanceOf(ModelException.class).hasMessageContaining("not valid JSON");
  }

  @Test
  void unknownOpIsReportedByTensorFlowWithTheModelName() throws Exception {
    TinyTfjsModel m = new TinyTfjsModel().placeholder("x", 1);
    ObjectNode n = m.node("y", "NoSuchOpAnywhere", "x");
    TinyTfjsModel.typeAttr(n, "T");
    m.write(dir, "unknown");
    assertThatThrownBy(() -> TfModel.load(new ModelFiles(List.of(dir)), "unknown", 1))
        .isInstanceOf(ModelException.class).hasMessageContaining("unknown.json")
        .hasMessageContaining("NoSuchOpAnywhere");
  }
}
