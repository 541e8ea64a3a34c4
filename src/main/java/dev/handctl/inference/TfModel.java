package dev.handctl.inference;

import java.nio.file.Path;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GraphDef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One loaded model: its TensorFlow graph and a session with its own thread pool.
 *
 * <p>Each session gets {@code use_per_session_threads} with the given intra-op thread count: on a
 * two-core machine one thread per model is fastest, and the second core is better spent running
 * the palm detector and the landmark model side by side than splitting one model over both.
 */
public final class TfModel implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TfModel.class);

  private final String name;
  private final Graph graph;
  private final Session session;

  private TfModel(String name, Graph graph, Session session) {
    this.name = name;
    this.graph = graph;
    this.session = session;
  }

  /**
   * Finds, verifies, converts and loads a tfjs graph model.
   *
   * @param files where to find the model and how to check its files
   * @param name model name, such as {@code handlandmark-full}
   * @param intraOpThreads threads this session may use inside one op
   * @return the loaded model
   * @throws ModelException when the model is missing, corrupt or cannot be imported
   */
  public static TfModel load(ModelFiles files, String name, int intraOpThreads) {
    return load(files, name, intraOpThreads, GraphCache.none());
  }

  /**
   * Finds, verifies and loads a tfjs graph model, taking the converted graph from a cache when it
   * holds one for exactly these model files (else converting it and keeping the result).
   *
   * @param files where to find the model and how to check its files
   * @param name model name, such as {@code handlandmark-full}
   * @param intraOpThreads threads this session may use inside one op
   * @param cache where converted graphs are kept
   * @return the loaded model
   * @throws ModelException when the model is missing, corrupt or cannot be imported
   */
  public static TfModel load(ModelFiles files, String name, int intraOpThreads, GraphCache cache) {
    long start = System.nanoTime();
    Path json = files.locate(name);
    // The GraphDef (10 MB of weights for the full landmark model) is only referenced here: once
    // imported into the native graph it is garbage.
    TfModel model = fromGraphDef(json.toString(),
        cache.load(name, json, () -> TfjsGraphConverter.convert(json, files::verifyShard)), intraOpThreads);
    LOG.info("model {} loaded in {} ms", name, (System.nanoTime() - start) / 1_000_000);
    return model;
  }

  /**
   * Loads a converted graph.
   *
   * @param name name used in error messages (the model's path)
   * @param graphDef the graph
   * @param intraOpThreads threads this session may use inside one op
   * @return the loaded model
   * @throws ModelException when TensorFlow rejects the graph
   */
  public static TfModel fromGraphDef(String name, GraphDef graphDef, int intraOpThreads) {
    TensorFlowLogging.beforeLoading();
    Graph graph = new Graph();
    try {
      graph.importGraphDef(graphDef);
    } catch (IllegalArgumentException | TensorFlowException e) {
      graph.close();
      throw new ModelException("model " + name + " cannot be loaded by TensorFlow: " + e.getMessage(), e);
    }
    ConfigProto config = ConfigProto.newBuilder()
        .setIntraOpParallelismThreads(intraOpThreads)
        .setInterOpParallelismThreads(1)
        .setUsePerSessionThreads(true)
        .build();
    return new TfModel(name, graph, new Session(graph, config));
  }

  /** Returns the name used in messages (the model's path). */
  public String name() {
    return name;
  }

  /**
   * Prepares a reusable call of this model with one float input and float outputs.
   *
   * @param inputName the input placeholder
   * @param inputShape its shape
   * @param outputNames the outputs to fetch
   * @param outputSizes the number of values each output must have
   * @return the call; close it before the model
   * @throws ModelException when the graph lacks one of the named operations
   */
  public FloatCall newCall(String inputName, long[] inputShape, List<String> outputNames, int[] outputSizes) {
    for (String op : concat(inputName, outputNames)) {
      if (graph.operation(op) == null) {
        throw new ModelException("model " + name + " has no operation '" + op
            + "'; check the tensor names configured for it");
      }
    }
    return new FloatCall(this, session, inputName, inputShape, outputNames, outputSizes);
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new java.util.ArrayList<>(rest);
    all.add(0, first);
    return all;
  }

  @Override
  public void close() {
    session.close();
    graph.close();
  }
}
