package dev.handctl.app.cli;

import dev.handctl.app.CommonOptions;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handctl.app.ExitCodes;
import dev.handctl.app.HandEngine;
import dev.handctl.app.HandJson;
import dev.handctl.app.StillPhotoAnalyzer;
import dev.handctl.eval.AnalysedPhoto;
import dev.handctl.eval.BoxMatcher;
import dev.handctl.eval.EvalInputException;
import dev.handctl.eval.KeypointReferences;
import dev.handctl.eval.KeypointTally;
import dev.handctl.eval.ReferenceImage;
import dev.handctl.hand.StageTimer;
import java.io.PrintWriter;
import java.nio.file.Path;
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
 * {@code handctl eval keypoints}: found keypoints against reference keypoints, through the
 * still-image pipeline of {@code handctl detect}. The file layouts are {@link KeypointReferences}',
 * the scores {@link KeypointTally}'s.
 */
@Command(name = "keypoints", mixinStandardHelpOptions = true,
    header = "Score keypoints against reference keypoints.",
    description = {"Compare the keypoints found in images with reference keypoints: detection rate, PCK@0.1 and",
        "PCK@0.2 (within 0.1 / 0.2 of the reference hand box's larger side), mean error in pixels and in box",
        "sides, per image and in total. FILE: {\"IMAGE\": {\"units\": \"pixels\"|\"normalized\", \"hands\":",
        "[[[x, y, z], ...21], ...]}, ...} or COCO keypoints (images, annotations with 21 x (x, y, v), bbox)."})
final class EvalKeypointsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(names = "--images", paramLabel = "DIR",
      description = "Folder the image paths in FILE are relative to (default: FILE's folder).")
  Path imagesDir;

  @Parameters(paramLabel = "FILE", description = "Reference keypoints (JSON, per image or COCO keypoints).")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    KeypointReferences refs;
    try {
      refs = KeypointReferences.read(file, imagesDir);
    } catch (EvalInputException e) {
      err.println("handctl eval keypoints: " + e.getMessage());
      return ExitCodes.SOME_INPUTS_FAILED;
    }
    var config = common.config();
    var classifier = common.gestureClassifier(config);
    KeypointTally tally = new KeypointTally();
    try (HandEngine engine = new HandEngine(config, common.modelFiles(), StageTimer.NONE)) {
      for (ReferenceImage image : refs.images()) {
        // At least as many hands as the reference has, so that a crowded image is not cut short.
        var analyzer = new StillPhotoAnalyzer(engine.finder(), classifier, Math.max(2, image.hands().size()));
        AnalysedPhoto photo;
        try {
          photo = analyzer.analyse(image.path());
        } catch (EvalInputException e) {
          tally.addFailure(e.getMessage());
          continue;
        }
        tally.add(image, photo);
      }
    }
    tally.failures().forEach(f -> err.println("handctl eval keypoints: " + f));
    if (json) {
      out.println(json(refs, tally));
    } else {
      printText(out, refs, tally);
    }
    out.flush();
    return tally.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }

  private void printText(PrintWriter out, KeypointReferences refs, KeypointTally tally) {
    KeypointTally.Score total = tally.total();
    out.printf(Locale.ROOT, "%s (%s layout): %d images, %d reference hands%n", file, refs.format(),
        tally.results().size(), total.referenceHands());
    refs.skipped().forEach(s -> out.println("skipped: " + s));
    out.println();
    TextTable table = new TextTable().row(List.of("image", "reference hands", "found", "paired", "PCK@0.1",
        "PCK@0.2", "mean px", "mean box"));
    for (KeypointTally.ImageResult r : tally.results()) {
      table.row(cells(r.image(), r.foundHands(), r.score()));
    }
    table.row(cells("total", total.matchedHands() + total.extraHands(), total));
    table.print(out, "");
    out.println();
    out.printf(Locale.ROOT, "detection: %d of %d reference hands found (%s; paired by IoU >= %.1f of the reference"
        + " box and the found keypoints' box); found hands paired with none: %d%n", total.matchedHands(),
        total.referenceHands(), EvalPhotosCommand.percent(total.detectionRate()), BoxMatcher.MIN_IOU,
        total.extraHands());
    out.println("PCK@t: share of keypoints within t of the reference box's larger side (its labelled bbox, else the"
        + " box around its keypoints); PCK and mean errors count paired hands only");
  }

  private static List<String> cells(String name, int found, KeypointTally.Score s) {
    return List.of(name, Integer.toString(s.referenceHands()), Integer.toString(found),
        Integer.toString(s.matchedHands()), EvalPhotosCommand.percent(s.pckStrict()),
        EvalPhotosCommand.percent(s.pckLoose()), number(s.meanErrorPx(), 2), number(s.meanErrorBox(), 4));
  }

  private static String number(double v, int digits) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + digits + "f", v);
  }

  private ObjectNode json(KeypointReferences refs, KeypointTally tally) {
    ObjectNode node = HandJson.MAPPER.createObjectNode();
    node.put("file", file.toString());
    node.put("layout", refs.format());
    node.put("minIou", BoxMatcher.MIN_IOU);
    node.put("normaliser", "larger side of the reference hand's box");
    ArrayNode images = node.putArray("images");
    for (KeypointTally.ImageResult r : tally.results()) {
      ObjectNode i = images.addObject();
      i.put("image", r.image());
      i.put("foundHands", r.foundHands());
      score(i, r.score());
    }
    score(node.putObject("total"), tally.total());
    refs.skipped().forEach(node.putArray("skipped")::add);
    tally.failures().forEach(node.putArray("failures")::add);
    return node;
  }

  private static void score(ObjectNode n, KeypointTally.Score s) {
    n.put("referenceHands", s.referenceHands());
    n.put("pairedHands", s.matchedHands());
    n.put("extraHands", s.extraHands());
    EvalPhotosCommand.putRatio(n, "detectionRate", s.detectionRate());
    n.put("keypoints", s.keypoints());
    EvalPhotosCommand.putRatio(n, "pck10", s.pckStrict());
    EvalPhotosCommand.putRatio(n, "pck20", s.pckLoose());
    putNumber(n, "meanErrorPx", s.meanErrorPx(), 3);
    putNumber(n, "meanErrorBox", s.meanErrorBox(), 5);
  }

  private static void putNumber(ObjectNode n, String field, double v, int digits) {
    if (Double.isNaN(v)) {
      n.putNull(field);
    } else {
      n.put(field, HandJson.round(v, digits));
    }
  }
}
