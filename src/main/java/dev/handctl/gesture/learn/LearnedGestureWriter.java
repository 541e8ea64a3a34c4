package dev.handctl.gesture.learn;

import dev.handctl.gesture.HandShape;
import java.util.List;
import java.util.Locale;

/**
 * Writes a gesture learned from examples as a gesture file: plain YAML that
 * {@link dev.handctl.gesture.file.GestureFileLoader} reads like any other, with a header comment
 * saying where it came from and what to edit.
 */
public final class LearnedGestureWriter {
  /** Score at which the gesture starts: exactly the hands within the reject distance. */
  public static final double ENTER_SCORE = 0.5;
  /** Score under which it ends: 1.2 times the reject distance, so it does not flicker at the edge. */
  public static final double EXIT_SCORE = 0.4;
  /** How long the pose must hold before it starts, as the shipped poses. */
  public static final long CONFIRM_MILLIS = 150;

  private LearnedGestureWriter() {}

  /**
   * Returns the file's text.
   *
   * @param name the gesture's name
   * @param source what it was taught from, for the header
   * @param collected the frames kept and why others were not, for the header
   * @param examples the examples
   * @param reject the reject distance and what it came from
   * @return the YAML text
   */
  public static String yaml(String name, String source, String collected, List<Example> examples,
      RejectDistance reject) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(name).append(": a pose learned from examples by `handctl teach`.\n");
    b.append("# Taught from ").append(oneLine(source)).append(".\n");
    b.append("# ").append(oneLine(collected)).append(".\n");
    b.append("# A hand shows this pose when its keypoints are within examples.rejectDistance hand sizes\n");
    b.append("# (root mean square) of the nearest example (score 0.5 there, 1 on it). Each example is the\n");
    b.append("# 21 MediaPipe keypoints [x, y], wrist at 0,0, middle-finger base at 0,1 (hand size 1, palm\n");
    b.append("# axis up), a left hand mirrored onto a right. Raise rejectDistance if the pose is missed,\n");
    b.append("# lower it if other poses are taken for it; bind it in bindings.yaml like any gesture.\n");
    b.append(String.format(Locale.ROOT, "# rejectDistance: %.3f from the examples' spread (%s leave-one-out"
        + " nearest distance, percentile and margin, at least the floor)%s.%n", reject.distance(),
        Double.isNaN(reject.spread()) ? "one example, no" : String.format(Locale.ROOT, "%.3f", reject.spread()),
        Double.isNaN(reject.nearestNegative()) ? "" : String.format(Locale.ROOT,
            "; from %.3f cut to stay under the nearest negative at %.3f", reject.fromSpread(),
            reject.nearestNegative())));
    b.append("name: ").append(name).append('\n');
    b.append(String.format(Locale.ROOT, "score: {enter: %.1f, exit: %.1f}%n", ENTER_SCORE, EXIT_SCORE));
    b.append("timing: {confirmMillis: ").append(CONFIRM_MILLIS).append("}\n");
    b.append("examples:\n");
    b.append(String.format(Locale.ROOT, "  rejectDistance: %.4f%n", reject.distance()));
    b.append("  shapes:\n");
    for (Example e : examples) {
      b.append("    # ").append(oneLine(e.label())).append('\n');
      b.append("    - [");
      double[] s = e.shape();
      for (int k = 0; k < HandShape.VALUES / 2; k++) {
        b.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "[%.3f, %.3f]", s[2 * k], s[2 * k + 1]));
      }
      b.append("]\n");
    }
    return b.toString();
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n]+", " ");
  }
}
