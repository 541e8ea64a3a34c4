package dev.handctl.inference;

import java.util.List;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.ndarray.buffer.FloatDataBuffer;
import org.tensorflow.types.TFloat32;

/**
 * A reusable call of a model: one float input tensor, float outputs copied to Java arrays.
 *
 * <p>The input tensor and all arrays are allocated once, so a call per frame allocates only the
 * output tensors that TensorFlow itself creates (and that are released before {@link #run}
 * returns). Fill {@link #input()}, call {@link #run()}, read {@link #output(int)}. Not
 * thread-safe: one call per thread.
 */
public final class FloatCall implements AutoCloseable {
  private final TfModel model;
  private final Session session;
  private final String inputName;
  private final List<String> outputNames;
  private final TFloat32 inputTensor;
  private final float[] input;
  private final FloatDataBuffer inputBuffer;
  private final float[][] outputs;
  private final FloatDataBuffer[] outputBuffers;

  FloatCall(TfModel model, Session session, String inputName, long[] inputShape, List<String> outputNames,
      int[] outputSizes) {
    this.model = model;
    this.session = session;
    this.inputName = inputName;
    this.outputNames = List.copyOf(outputNames);
    Shape shape = Shape.of(inputShape);
    this.input = new float[Math.toIntExact(shape.size())];
    this.inputBuffer = DataBuffers.of(input, false, false);
    this.inputTensor = TFloat32.tensorOf(shape);
    this.outputs = new float[outputSizes.length][];
    this.outputBuffers = new FloatDataBuffer[outputSizes.length];
    for (int i = 0; i < outputSizes.length; i++) {
      outputs[i] = new float[outputSizes[i]];
      outputBuffers[i] = DataBuffers.of(outputs[i], false, false);
    }
  }

  /** Returns the input values, in row-major order of the input shape; write them before {@link #run}. */
  public float[] input() {
    return input;
  }

  /**
   * Returns the values of one output after {@link #run}.
   *
   * @param index position of the output in the list given to {@link TfModel#newCall}
   * @return the values, in row-major order; overwritten by the next run
   */
  public float[] output(int index) {
    return outputs[index];
  }

  /**
   * Runs the model on the current input.
   *
   * @throws ModelException when an output does not have the expected number of values
   */
  public void run() {
    inputTensor.copyFrom(inputBuffer);
    Session.Runner runner = session.runner().feed(inputName, inputTensor);
    outputNames.forEach(runner::fetch);
    try (Result result = runner.run()) {
      for (int i = 0; i < outputs.length; i++) {
        TFloat32 out = (TFloat32) result.get(i);
        long size = out.shape().size();
        if (size != outputs[i].length) {
          throw new ModelException("model " + model.name() + ": output '" + outputNames.get(i) + "' has "
              + size + " values (shape " + out.shape() + "), expected " + outputs[i].length);
        }
        out.copyTo(outputBuffers[i]);
      }
    }
  }

  @Override
  public void close() {
    inputTensor.close();
  }
}
