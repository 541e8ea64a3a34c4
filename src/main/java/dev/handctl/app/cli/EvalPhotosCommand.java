package dev.handctl.app.cli;

import dev.handctl.app.CommonOptions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handctl.app.ExitCodes;
import dev.handctl.app.HandEngine;
import dev.handctl.app.HandJson;
import dev.handctl.app.StillPhotoAnalyzer;
import dev.handctl.eval.BoxMatcher;
import dev.handctl.eval.EvalInputException;
import dev.handctl.eval.GestureFolders;
import dev.handctl.eval.LabelledBoxes;
import dev.handctl.eval.PhotoEvaluation;
import dev.handctl.eval.PhotoTally;
import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.StaticGestureClassifier;
import dev.handctl.hand.StageTimer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code handctl eval photos}: gesture recognition and hand detection on photos sorted into one
 * folder per gesture, through the still-image pipeline of {@code handctl detect}. The rules are
 * {@link PhotoEvaluation}'s and {@link GestureFolders}'.
 */
@Command(name = "photos", mixinStandardHelpOptions = true,
    header = "Score gestures and hand detection on photos sorted into a folder per gesture.",
    description = {"Score gesture recognition and hand detection on photos sorted into one folder per gesture",
        "(fist/, pointing_up_one/, open_palm/, negatives/...; a folder naming no gesture expects none).",
        "With DIR/boxes.csv (local_file,xmin,ymin,xmax,ymax) each labelled hand is scored, else each image."})
final class EvalPhotosCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Parameters(paramLabel = "DIR", description = "Folder with one folder of photos per gesture.")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // Bad input is reported before the models take seconds to load.
    try {
      if (!Files.isDirectory(dir)) {
        throw new EvalInputException(dir + ": no such folder; expected a folder with one folder of photos per"
            + " gesture");
      }
      if (Files.isRegularFile(dir.resolve(LabelledBoxes.FILE_NAME))) {
        LabelledBoxes.read(dir.resolve(LabelledBoxes.FILE_NAME));
      }
    } catch (EvalInputException e) {
      err.println("handctl eval photos: " + e.getMessage());
      return ExitCodes.SOME_INPUTS_FAILED;
    }
    var config = common.config();
    List<GestureDefinition> definitions = common.gestureDefinitions();
    List<String> gestures = definitions.stream().filter(d -> !d.isMotion()).map(GestureDefinition::name).toList();
    StaticGestureClassifier classifier = new StaticGestureClassifier(definitions, config.geometry());
    PhotoTally tally;
    try (HandEngine engine = new HandEngine(config, common.modelFiles(), StageTimer.NONE)) {
      tally = PhotoEvaluation.evaluate(dir, gestures, new StillPhotoAnalyzer(engine.finder(), classifier, 2));
    } catch (EvalInputException e) {
      err.println("handctl eval photos: " + e.getMessage());
      return ExitCodes.SOME_INPUTS_FAILED;
    }
    tally.failures().forEach(f -> err.println("handctl eval photos: " + f));
    if (json) {
      out.println(json(tally));
    } else {
      printText(out, tally);
    }
    out.flush();
    return tally.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }

  private void printText(PrintWriter out, PhotoTally t) {
    out.printf(Locale.ROOT, "%s: %d images, %d %s%n", dir, t.images(), t.total(),
        t.byBoxes() ? "labelled hands (" + LabelledBoxes.FILE_NAME + ")" : "samples (one per image)");
    out.println();
    TextTable confusion = new TextTable();
    List<String> header = new ArrayList<>(List.of("expected \\ recognised"));
    header.addAll(t.columns());
    confusion.row(header);
    for (String row : t.rows()) {
      List<String> cells = new ArrayList<>(List.of(row));
      t.columns().forEach(c -> cells.add(Integer.toString(t.count(row, c))));
      confusion.row(cells);
    }
    confusion.print(out, "");
    out.println();
    TextTable accuracy = new TextTable().row(List.of("gesture", "right", "of", "accuracy", "hand found"));
    for (String row : t.rows()) {
      accuracy.row(List.of(row, Integer.toString(t.right(row)), Integer.toString(t.samples(row)),
          percent(t.accuracy(row)), Integer.toString(t.handsFound(row))));
    }
    accuracy.row(List.of("overall", Integer.toString(t.totalRight()), Integer.toString(t.total()),
        percent(t.overallAccuracy()), ""));
    accuracy.print(out, "");
    out.println();
    if (t.byBoxes()) {
      out.printf(Locale.ROOT, "hand detection: %d of %d labelled hands found (%s; found means a hand's keypoint box"
          + " overlaps the label by IoU >= %.1f)%n", t.handsExpectedFound(), t.handsExpected(),
          percent(t.detectionRate()), BoxMatcher.MIN_IOU);
      out.printf(Locale.ROOT, "found hands no label claims: %d%n", t.extraHands());
    } else {
      out.printf(Locale.ROOT, "hand detection: a hand found in %d of %d images of gesture folders (%s)%n",
          t.handsExpectedFound(), t.handsExpected(), percent(t.detectionRate()));
    }
    int noneImages = t.samples(PhotoTally.NONE) - (int) t.samples().stream()
        .filter(s -> s.expected().equals(PhotoTally.NONE) && s.handExpected()).count();
    if (noneImages > 0) {
      out.printf(Locale.ROOT, "images expecting no gesture with a hand found: %d of %d%n", t.handsOnNoneImages(),
          noneImages);
    }
  }

  private ObjectNode json(PhotoTally t) {
    ObjectNode node = HandJson.MAPPER.createObjectNode();
    node.put("dir", dir.toString());
    node.put("images", t.images());
    node.put("samples", t.total());
    node.put("labels", t.byBoxes() ? LabelledBoxes.FILE_NAME : "folders");
    node.put("minIou", BoxMatcher.MIN_IOU);
    t.rows().forEach(node.putArray("expected")::add);
    t.columns().forEach(node.putArray("recognised")::add);
    ObjectNode confusion = node.putObject("confusion");
    for (String row : t.rows()) {
      ObjectNode r = confusion.putObject(row);
      t.columns().forEach(c -> r.put(c, t.count(row, c)));
    }
    ObjectNode per = node.putObject("perGesture");
    for (String row : t.rows()) {
      ObjectNode g = per.putObject(row);
      g.put("samples", t.samples(row));
      g.put("right", t.right(row));
      g.put("handsFound", t.handsFound(row));
      putRatio(g, "accuracy", t.accuracy(row));
    }
    ObjectNode overall = node.putObject("overall");
    overall.put("samples", t.total());
    overall.put("right", t.totalRight());
    putRatio(overall, "accuracy", t.overallAccuracy());
    ObjectNode detection = node.putObject("detection");
    detection.put("handsExpected", t.handsExpected());
    detection.put("handsFound", t.handsExpectedFound());
    putRatio(detection, "rate", t.detectionRate());
    detection.put("extraHands", t.extraHands());
    detection.put("handsOnNoneImages", t.handsOnNoneImages());
    t.failures().forEach(node.putArray("failures")::add);
    return node;
  }

  static void putRatio(ObjectNode node, String field, double value) {
    if (Double.isNaN(value)) {
      node.putNull(field);
    } else {
      node.put(field, HandJson.round(value, 4));
    }
  }

  static String percent(double ratio) {
    return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * ratio);
  }
}
