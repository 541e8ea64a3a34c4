package dev.handctl.gesture.file;

import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GestureProblem;
import dev.handctl.gesture.HandShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code examples} block of a gesture learned from examples ({@code handctl teach}):
 *
 * <pre>
 * examples:
 *   rejectDistance: 0.21      # hand sizes; the score is 0.5 here
 *   weight: 1                 # optional, beside other conditions of the file
 *   shapes:
 *     - [[0, 0], [0.31, 0.12], ... 21 [x, y] pairs]   # one per example, see HandShape
 * </pre>
 *
 * Each mistake goes to the problems with its line (the shape and the keypoint that is wrong).
 */
final class ExampleBlockParser {
  /** Most examples one file may hold: the score compares every frame with each of them. */
  static final int MAX_SHAPES = 200;
  /** Largest reject distance, in hand sizes: beyond it any hand would be accepted. */
  static final double MAX_REJECT = 5;
  /** Largest coordinate a normalised keypoint may have, in hand sizes from the wrist. */
  static final double MAX_COORDINATE = 10;

  private final YamlNodeReader c;
  private final List<GestureProblem> problems;

  ExampleBlockParser(YamlNodeReader c, List<GestureProblem> problems) {
    this.c = c;
    this.problems = problems;
  }

  /** Reads the block; null (with the problems recorded) when it has a mistake. */
  GestureDefinition.ExampleRule examples(Node v) {
    int before = problems.size();
    Map<String, Node> props = c.props(v, Set.of("rejectDistance", "weight", "shapes"), "examples settings");
    if (props == null) {
      return null;
    }
    if (props.get("rejectDistance") == null) {
      c.problem(v, "examples: expected rejectDistance (hand sizes, the nearest-example distance scored 0.5)");
    }
    double reject = c.number(props.get("rejectDistance"), 1, 0.001, MAX_REJECT, "examples.rejectDistance");
    double weight = c.number(props.get("weight"), 1, 0.01, 100, "examples.weight");
    Node shapesNode = props.get("shapes");
    List<double[]> shapes = new ArrayList<>();
    if (shapesNode == null) {
      c.problem(v, "examples: expected shapes, a list of examples of 21 [x, y] keypoints each");
    } else {
      int beforeShapes = problems.size();
      List<Node> items = c.sequence(shapesNode, "examples.shapes");
      if (items.isEmpty() && problems.size() == beforeShapes) {
        c.problem(shapesNode, "examples.shapes: expected at least one example");
      }
      if (items.size() > MAX_SHAPES) {
        c.problem(shapesNode, "examples.shapes: " + items.size() + " examples, at most " + MAX_SHAPES + " allowed");
      } else {
        for (int i = 0; i < items.size(); i++) {
          double[] s = shape(items.get(i), i + 1);
          if (s != null) {
            shapes.add(s);
          }
        }
      }
    }
    return problems.size() > before ? null : new GestureDefinition.ExampleRule(List.copyOf(shapes), reject, weight);
  }

  private double[] shape(Node item, int number) {
    String what = "examples.shapes[" + number + "]";
    int before = problems.size();
    List<Node> points = c.sequence(item, what);
    if (problems.size() > before) {
      return null;
    }
    if (points.size() != 21) {
      c.problem(item, what + ": expected 21 [x, y] keypoints (wrist first, MediaPipe order), got " + points.size());
      return null;
    }
    double[] out = new double[HandShape.VALUES];
    for (int k = 0; k < 21; k++) {
      String where = what + " keypoint " + k;
      List<Node> xy = c.sequence(points.get(k), where);
      if (problems.size() > before) {
        return null;
      }
      if (xy.size() != 2) {
        c.problem(points.get(k), where + ": expected [x, y], got " + xy.size() + " numbers");
        return null;
      }
      out[2 * k] = c.number(xy.get(0), Double.NaN, -MAX_COORDINATE, MAX_COORDINATE, where + " x");
      out[2 * k + 1] = c.number(xy.get(1), Double.NaN, -MAX_COORDINATE, MAX_COORDINATE, where + " y");
      if (problems.size() > before) {
        return null;
      }
    }
    return out;
  }
}
