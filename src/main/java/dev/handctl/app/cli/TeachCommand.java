package dev.handctl.app.cli;

import dev.handctl.app.CommonOptions;
import dev.handctl.app.ExitCodes;
import dev.handctl.app.HandEngine;
import dev.handctl.capture.CameraSpec;
import dev.handctl.capture.ImageReadException;
import dev.handctl.config.HandctlConfig;
import dev.handctl.config.UserFolders;
import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GestureProblem;
import dev.handctl.gesture.HandGeometry;
import dev.handctl.gesture.HandShape;
import dev.handctl.gesture.file.GestureFileLoader;
import dev.handctl.gesture.learn.Example;
import dev.handctl.gesture.learn.LearnSettings;
import dev.handctl.gesture.learn.LearnedGestureWriter;
import dev.handctl.gesture.learn.RejectDistance;
import dev.handctl.gesture.learn.StillFrameCollector;
import dev.handctl.hand.StageTimer;
import dev.handctl.shell.AtomicFiles;
import java.io.IOException;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code handctl teach NAME}: learn a pose of one's own from a few seconds of it. */
@Command(name = "teach", mixinStandardHelpOptions = true,
    header = "Learn a gesture of your own from a few seconds of the pose.",
    description = {"Records the pose from the camera (or --from a video or a folder of photos),",
        "keeps the frames where exactly one hand holds still, and writes NAME.yaml, a",
        "gesture learned from examples, into your gesture folder. Here --gestures DIR is",
        "where NAME.yaml goes instead. Bind it in bindings.yaml like any other gesture."})
final class TeachCommand implements Callable<Integer> {
  /**
   * A reject distance from the spread alone above this many hand sizes takes in other poses (on the
   * real webcam photos, poses differ by 0.2-0.6): teach then advises negatives or more examples.
   */
  static final double WIDE_REJECT = 0.3;
  /** Most negative frames compared (evenly spread): each is compared with every example. */
  static final int MAX_NEGATIVES = 2000;

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(paramLabel = "NAME", description = "The gesture's name: lower-case letters, digits and _.")
  String name;

  @Option(names = "--from", paramLabel = "FILE",
      description = "A video file or a folder of photos of the pose, or camera:N (default: camera:0).")
  String from;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "4",
      description = "How long to record from a camera (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--start", paramLabel = "S", defaultValue = "0",
      description = "In a video, skip the frames before this time in seconds (default: ${DEFAULT-VALUE}).")
  double start;

  @Option(names = "--end", paramLabel = "S",
      description = "In a video, stop at this time in seconds (default: its end).")
  Double end;

  @Option(names = "--negatives", paramLabel = "FILE",
      description = "A video or a folder of photos of other poses: none of their hands may be accepted.")
  String negatives;

  @Option(names = "--mirrored", negatable = true,
      description = "The frames are a mirrored (selfie) view. Default: camera.mirrored for cameras, not for files.")
  Boolean mirrored;

  @Option(names = "--max-examples", paramLabel = "N", defaultValue = "40",
      description = "Most examples to keep (default: ${DEFAULT-VALUE}).")
  int maxExamples;

  @Option(names = "--force", description = "Replace a gesture file of this name in the folder.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!name.matches("[a-z][a-z0-9_]*") || name.length() > 64) {
      throw new ParameterException(spec.commandLine(), "NAME: expected lower-case letters, digits and _ (such as"
          + " rock_on), at most 64, got '" + name + "'");
    }
    if (maxExamples < 1 || maxExamples > 200) {
      throw new ParameterException(spec.commandLine(), "--max-examples must be from 1 to 200, got " + maxExamples);
    }
    if (!(seconds > 0 && seconds <= 120) || !(start >= 0) || (end != null && !(end > start))) {
      throw new ParameterException(spec.commandLine(), "--seconds must be from 0 to 120, --start at least 0 and"
          + " --end after --start");
    }
    String source = from != null ? from : CameraSpec.PREFIX + "0";
    boolean camera = CameraSpec.isCamera(source);
    Path folder = common.gesturesDir != null ? common.gesturesDir : UserFolders.gesturesDir();
    Path file = folder.resolve(name + ".yaml");
    String clash = clash(common.shippedGesturesDir(), folder, file);
    if (clash != null) {
      err.println("handctl teach: " + clash);
      return ExitCodes.USAGE;
    }
    HandctlConfig config = common.config();
    boolean selfie = mirrored != null ? mirrored : camera && config.camera().mirrored();
    LearnSettings settings = LearnSettings.DEFAULTS.withMaxExamples(maxExamples);
    StillFrameCollector collector = new StillFrameCollector(settings);
    List<double[]> negativeShapes = new ArrayList<>();
    int unreadable;
    try (HandEngine engine = new HandEngine(config, common.modelFiles(), StageTimer.NONE)) {
      if (camera) {
        err.printf(Locale.ROOT, "handctl teach: hold the pose in front of the camera for %.0f s…%n", seconds);
        err.flush();
      }
      double to = camera ? seconds : end != null ? end : Double.POSITIVE_INFINITY;
      unreadable = new TeachSource(source, camera ? 0 : start, to, selfie).read(engine, config, err,
          (photo, t, hands, label) -> {
            if (photo) {
              collector.offerPhoto(hands, selfie, label);
            } else {
              collector.offerFrame(t, hands, selfie, label);
            }
          });
      if (negatives != null) {
        List<double[]> all = new ArrayList<>();
        boolean negMirrored = mirrored != null && mirrored;
        new TeachSource(negatives, 0, Double.POSITIVE_INFINITY, negMirrored).read(engine, config, err,
            (photo, t, hands, label) -> hands.forEach(h -> all.add(
                HandShape.normalise(h.keypoints(), HandGeometry.rightAsSeen(h.handedness(), negMirrored)))));
        int step = Math.max(1, (all.size() + MAX_NEGATIVES - 1) / MAX_NEGATIVES);
        for (int i = 0; i < all.size(); i += step) {
          negativeShapes.add(all.get(i));
        }
        err.println("handctl teach: " + negativeShapes.size() + " hands of other poses from " + negatives);
      }
    } catch (ImageReadException e) {
      err.println("handctl teach: cannot read " + e.getMessage());
      return ExitCodes.SOME_INPUTS_FAILED;
    }
    err.println("handctl teach: " + collector.report() + (unreadable > 0 ? "; " + unreadable + " unreadable" : ""));
    List<Example> examples = collector.examples();
    if (examples.isEmpty()) {
      err.println("handctl teach: no frame with one hand held still; nothing written. Hold the pose steady, one"
          + " hand in view, for at least a second.");
      return ExitCodes.SOME_INPUTS_FAILED;
    }
    RejectDistance reject = RejectDistance.choose(examples, negativeShapes, settings);
    if (negativeShapes.isEmpty() && reject.distance() > WIDE_REJECT) {
      err.printf(Locale.ROOT, "handctl teach: warning: the examples vary a lot (reject distance %.3f hand sizes),"
          + " so other poses may be taken for this one; give --negatives (frames of other poses) or teach from"
          + " more, steadier frames. A bad detection among the examples widens it: the file names each example,"
          + " delete one that is not the pose.%n", reject.distance());
    }
    if (reject.examplesOutside() > examples.size() / 4) {
      err.printf(Locale.ROOT, "handctl teach: warning: the negatives come as near as %.3f hand sizes, so %d of %d"
          + " examples fall outside the reject distance; the pose may be hard to tell from them%n",
          reject.nearestNegative(), reject.examplesOutside(), examples.size());
    }
    String text = LearnedGestureWriter.yaml(name, source + (negatives != null ? ", negatives " + negatives : ""),
        collector.report(), examples, reject);
    List<GestureProblem> problems = new ArrayList<>();
    if (GestureFileLoader.parse(file.toString(), text, problems) == null) {
      err.println("handctl teach: the file written would not load (a bug): " + problems);
      return ExitCodes.SETUP_FAILED;
    }
    try {
      Files.createDirectories(folder);
      AtomicFiles.write(file, text);
    } catch (IOException e) {
      err.println("handctl teach: cannot write " + file + ": " + e.getMessage());
      return ExitCodes.SETUP_FAILED;
    }
    out.printf(Locale.ROOT, "wrote %s: %d examples, reject distance %.3f hand sizes%n", file, examples.size(),
        reject.distance());
    out.println("bind it in bindings.yaml (gesture: " + name + "), then check with: handctl check-config");
    return ExitCodes.OK;
  }

  /** Returns why the name cannot be taught, or null. */
  private String clash(Path shipped, Path folder, Path file) {
    if (!shipped.normalize().equals(folder.normalize())) {
      for (GestureDefinition d : GestureFileLoader.load(List.of(shipped)).definitions()) {
        if (d.name().equals(name)) {
          return "'" + name + "' is a shipped gesture (" + d.source() + "); choose another name";
        }
      }
    } else if (Files.exists(shipped.resolve(name + ".yaml"))) {
      return "'" + name + "' is a shipped gesture; choose another name";
    }
    if (!force && Files.exists(file)) {
      return file + " exists; use --force to replace it";
    }
    if (Files.isDirectory(folder)) {
      for (GestureDefinition d : GestureFileLoader.load(List.of(folder)).definitions()) {
        if (d.name().equals(name) && !Path.of(d.source()).normalize().equals(file.normalize())) {
          return "'" + name + "' is already defined in " + d.source() + "; use another name (--force replaces only "
              + file.getFileName() + ")";
        }
      }
    }
    return null;
  }
}
