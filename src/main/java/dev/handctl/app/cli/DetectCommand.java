package dev.handctl.app.cli;

import dev.handctl.app.CommonOptions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handctl.app.ExitCodes;
import dev.handctl.app.HandEngine;
import dev.handctl.app.HandJson;
import dev.handctl.capture.ImageReadException;
import dev.handctl.capture.RgbImage;
import dev.handctl.capture.StillImageReader;
import dev.handctl.gesture.GestureMatch;
import dev.handctl.gesture.HandGeometry;
import dev.handctl.gesture.StaticGestureClassifier;
import dev.handctl.hand.DetectedHand;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.StageTimer;
import dev.handctl.shell.preview.AnnotatedImageWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code handctl detect}: hands and their keypoints in still images. */
@Command(name = "detect", mixinStandardHelpOptions = true,
    description = {"Find hands and their 21 keypoints in still images.",
        "Directories are searched for images. Coordinates are pixels of the original image."})
final class DetectCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--json", description = "Print one JSON object per image, one per line.")
  boolean json;

  @Option(names = "--annotate", paramLabel = "DIR",
      description = "Write each image with hand boxes and skeletons drawn on it, as DIR/NAME.png.")
  Path annotateDir;

  @Option(names = "--max-hands", paramLabel = "N", defaultValue = "2",
      description = "Most hands to report per image (default: ${DEFAULT-VALUE}).")
  int maxHands;

  @Parameters(paramLabel = "IMAGE", arity = "1..*", description = "Image files or directories of images.")
  List<Path> images;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (maxHands < 1) {
      err.println("handctl detect: --max-hands must be at least 1, got " + maxHands);
      return ExitCodes.USAGE;
    }
    List<Path> inputs = ImageInputs.expand(images);
    AnnotatedImageWriter annotator = annotateDir == null ? null : new AnnotatedImageWriter(annotateDir);
    int failed = 0;
    var config = common.config();
    StillImageReader reader = new StillImageReader(config.still().maxImageSidePx());
    StaticGestureClassifier gestures = common.gestureClassifier(config);
    try (HandEngine engine = new HandEngine(config, common.modelFiles(), StageTimer.NONE)) {
      for (Path path : inputs) {
        RgbImage image;
        try {
          image = reader.read(path);
        } catch (ImageReadException e) {
          failed++;
          err.println("handctl detect: cannot read image " + e.getMessage());
          err.flush();
          if (json) {
            ObjectNode node = HandJson.MAPPER.createObjectNode();
            node.put("image", path.toString());
            node.put("error", e.getMessage());
            out.println(node);
            out.flush();
          }
          continue;
        }
        List<DetectedHand> hands = engine.finder().find(image, maxHands);
        // Files are ordinary photos, not mirrored views.
        List<HandGeometry> geometry = hands.stream()
            .map(h -> HandGeometry.of(h.landmarks(), false, gestures.geometry())).toList();
        List<Optional<GestureMatch>> named = geometry.stream().map(gestures::classify).toList();
        if (json) {
          out.println(HandJson.image(path.toString(), image.width(), image.height(), hands, named, geometry));
        } else {
          printText(out, path, image, hands, named, geometry);
        }
        out.flush();
        if (annotator != null) {
          try {
            annotator.write(path, image, hands);
          } catch (IOException e) {
            failed++;
            err.println("handctl detect: cannot write annotated image for " + path + ": " + e.getMessage());
          }
        }
      }
    }
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }

  private static void printText(PrintWriter out, Path path, RgbImage image, List<DetectedHand> hands,
      List<Optional<GestureMatch>> gestures, List<HandGeometry> geometry) {
    out.printf(Locale.ROOT, "%s (%dx%d): %d hand%s%n", path, image.width(), image.height(), hands.size(),
        hands.size() == 1 ? "" : "s");
    for (int i = 0; i < hands.size(); i++) {
      DetectedHand hand = hands.get(i);
      HandLandmarks lm = hand.landmarks();
      var box = lm.box();
      String gesture = gestures.get(i).map(g -> String.format(Locale.ROOT, "%s (%.2f)", g.name(), g.score()))
          .orElse("none");
      out.printf(Locale.ROOT, "  %-5s (%.2f)  presence %.2f  palm score %.2f  box [%.0f, %.0f, %.0f, %.0f]"
              + "  gesture %s  palm %s%n", lm.handedness().label(), lm.handednessScore(), lm.presence(),
          hand.detectorScore(), box.xMinPx(), box.yMinPx(), box.xMaxPx(), box.yMaxPx(), gesture,
          geometry.get(i).palm().key());
    }
  }
}
