package dev.handctl.app.cli;

import dev.handctl.action.DesktopBounds;
import dev.handctl.action.calibrate.Calibration;
import dev.handctl.action.calibrate.CalibrationException;
import dev.handctl.action.calibrate.ReachCalibration;
import dev.handctl.app.CommonOptions;
import dev.handctl.app.ExitCodes;
import dev.handctl.app.HandEngine;
import dev.handctl.app.LandmarkRecording;
import dev.handctl.capture.CameraSpec;
import dev.handctl.capture.ImageReadException;
import dev.handctl.config.CalibrationWriter;
import dev.handctl.config.ConfigException;
import dev.handctl.config.ConfigLoader;
import dev.handctl.config.HandctlConfig;
import dev.handctl.config.UserFolders;
import dev.handctl.config.UserSetup;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.StageTimer;
import dev.handctl.hand.TrackedHand;
import dev.handctl.io.BoundedFiles;
import dev.handctl.shell.AtomicFiles;
import dev.handctl.shell.Displays;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code handctl calibrate}: fit the absolute mode's region (and the relative gain) to the user's comfortable reach. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    header = "Fit the pointer to the area your hand reaches comfortably.",
    description = {"Hold one hand still for a second at each corner of the area you can reach",
        "comfortably (all four, or two opposite ones). The palm positions held still give",
        "pointer.absoluteRegion (the part of the picture absolute mode maps onto the desktop)",
        "and pointer.gainPxPerHandSize (relative mode: one sweep across that area crosses the",
        "desktop). Both are written into your config.yaml (or --config FILE), changing only",
        "their lines. Run it again at will."})
final class CalibrateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  static final class Source {
    @Option(names = "--from", paramLabel = "LANDMARKS.jsonl",
        description = "A landmark stream recorded with handctl track --jsonl, instead of the camera.")
    Path from;

    @Option(names = "--camera", paramLabel = "N", description = "The camera to record from (default: 0).")
    Integer camera;
  }

  @ArgGroup(exclusive = true)
  Source source = new Source();

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "12",
      description = "How long to record from the camera (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--margin", paramLabel = "H", defaultValue = "0.1",
      description = {"How far (hand sizes) the region's edges are drawn in from the held corners, so that",
          "a hand held there reaches the desktop's corner without stretching (default: ${DEFAULT-VALUE})."})
  double margin;

  @Option(names = "--desktop", paramLabel = "WxH",
      description = "The desktop's size for the gain (default: the display's, else 1920x1080).")
  String desktop;

  @Option(names = "--gain", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also write pointer.gainPxPerHandSize (default: yes).")
  boolean gain;

  @Option(names = "--dry-run", description = "Print what would be written; write nothing.")
  boolean dryRun;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!(seconds > 0 && seconds <= 120)) {
      throw new ParameterException(spec.commandLine(), "--seconds must be above 0 and at most 120, got " + seconds);
    }
    if (!(margin >= 0 && margin <= 1)) {
      throw new ParameterException(spec.commandLine(), "--margin must be from 0 to 1 hand sizes, got " + margin);
    }
    if (source.camera != null && source.camera < 0) {
      throw new ParameterException(spec.commandLine(), "--camera must be 0 or more, got " + source.camera);
    }
    DesktopBounds screen = desktop();
    Path file = common.configFile != null ? common.configFile
        : UserFolders.configDir().resolve(UserSetup.SETTINGS_FILE_NAME);
    boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    HandctlConfig config = ConfigLoader.load(exists ? file : null);
    ReachCalibration calibration = new ReachCalibration(ReachCalibration.Settings.DEFAULTS.withMargin(margin),
        config.pointer().anchor());
    if (source.from != null) {
      try (LandmarkRecording r = LandmarkRecording.open(source.from)) {
        for (LandmarkRecording.RecordedFrame f; (f = r.next()) != null; ) {
          calibration.offer(f.timestampNanos(), f.widthPx(), f.heightPx(),
              f.hands().stream().map(TrackedHand::landmarks).toList());
        }
      } catch (IOException e) {
        err.println("handctl calibrate: cannot read " + e.getMessage());
        return ExitCodes.SOME_INPUTS_FAILED;
      }
    } else {
      Integer status = record(config, calibration, err);
      if (status != null) {
        return status;
      }
    }
    Calibration c;
    try {
      c = calibration.result(screen);
    } catch (CalibrationException e) {
      err.println("handctl calibrate: " + e.getMessage() + "; nothing written");
      return ExitCodes.SOME_INPUTS_FAILED;
    }
    out.printf(Locale.ROOT, "%d still frames in %d holds (hand size %.0f px): region %.2f x %.2f hand sizes%n",
        c.stillFrames(), c.holds(), c.handSizePx(), c.widthHandSizes(), c.heightHandSizes());
    out.printf(Locale.ROOT, "pointer.absoluteRegion: {left: %s, top: %s, right: %s, bottom: %s}%n", c.region().left(),
        c.region().top(), c.region().right(), c.region().bottom());
    out.printf(Locale.ROOT, "pointer.gainPxPerHandSize: %.0f (desktop %dx%d)%s%n", c.gainPxPerHandSize(),
        screen.widthPx(), screen.heightPx(), gain ? "" : ", not written (--no-gain)");
    if (dryRun) {
      out.println("dry run: nothing written");
      return ExitCodes.OK;
    }
    try {
      if (!exists && common.configFile == null) {
        UserSetup.ensure(UserFolders.configDir(), common.shippedGesturesDir());
      }
      String text = Files.exists(file) ? BoundedFiles.readConfigText(file) : "";
      String edited = CalibrationWriter.write(file.toString(), text, c.region(), gain ? c.gainPxPerHandSize() : null);
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      AtomicFiles.write(file, edited);
    } catch (IOException e) {
      err.println("handctl calibrate: cannot write " + file + ": " + e.getMessage());
      return ExitCodes.SETUP_FAILED;
    } catch (ConfigException e) {
      err.println("handctl calibrate: " + e.getMessage());
      return ExitCodes.SETUP_FAILED;
    }
    out.println("wrote " + file + " (pointer.mode: absolute uses the region; a running handctl picks it up)");
    return ExitCodes.OK;
  }

  /** Records from the camera; returns an exit code when that failed, else null. */
  private Integer record(HandctlConfig config, ReachCalibration calibration, PrintWriter err) throws Exception {
    String camera = CameraSpec.PREFIX + (source.camera != null ? source.camera : 0);
    int[] size = {1, 1};
    try (HandEngine engine = new HandEngine(config, common.modelFiles(), StageTimer.NONE)) {
      err.printf(Locale.ROOT, "handctl calibrate: for %.0f s, hold one hand still for a second at each corner of the"
          + " area you can reach comfortably (top left, top right, bottom right, bottom left; or two opposite"
          + " corners)…%n", seconds);
      err.flush();
      new TeachSource(camera, 0, seconds, config.camera().mirrored()).read(engine, config, err,
          new TeachSource.Sink() {
            @Override
            public void frameSize(int widthPx, int heightPx) {
              size[0] = widthPx;
              size[1] = heightPx;
            }

            @Override
            public void frame(boolean photo, long timestampNanos, List<HandLandmarks> hands, String label) {
              calibration.offer(timestampNanos, size[0], size[1], hands);
            }
          });
    } catch (ImageReadException e) {
      err.println("handctl calibrate: cannot read " + e.getMessage());
      return ExitCodes.SOME_INPUTS_FAILED;
    }
    return null;
  }

  private DesktopBounds desktop() {
    if (desktop == null) {
      return Displays.unavailableReason() == null ? Displays.bounds() : DesktopBounds.ASSUMED;
    }
    String[] wh = desktop.toLowerCase(Locale.ROOT).split("x");
    try {
      if (wh.length == 2) {
        int w = Integer.parseInt(wh[0].strip());
        int h = Integer.parseInt(wh[1].strip());
        if (w > 0 && h > 0 && w <= 100_000 && h <= 100_000) {
          return new DesktopBounds(0, 0, w, h);
        }
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new ParameterException(spec.commandLine(), "--desktop: expected WIDTHxHEIGHT in pixels such as 1920x1080,"
        + " got '" + desktop + "'");
  }
}
