/**
 * Running the tfjs hand models with TensorFlow Java.
 *
 * <p>{@link dev.handctl.inference.ModelFiles} finds a model on disk, and the manifest beside it
 * ({@code NAME.manifest.yaml}), and checks every file against {@code SHA256SUMS} before any native
 * code sees it; {@link dev.handctl.inference.TfjsGraphConverter}
 * turns a tfjs graph model ({@code model.json} plus weight shards) into a TensorFlow
 * {@code GraphDef}; {@link dev.handctl.inference.TfModel} owns the graph and its session, and
 * {@link dev.handctl.inference.FloatCall} is one reusable call of it. Tensors never leave this
 * package: a call takes and gives plain float arrays.
 */
package dev.handctl.inference;
