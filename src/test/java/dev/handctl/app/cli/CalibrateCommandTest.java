package dev.handctl.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handctl.action.DesktopBounds;
import dev.handctl.action.DesktopPoint;
import dev.handctl.action.PointerController;
import dev.handctl.action.PointerMode;
import dev.handctl.action.PointerSettings;
import dev.handctl.app.ExitCodes;
import dev.handctl.config.ConfigLoader;
import dev.handctl.testing.LandmarkScript;
import dev.handctl.testing.RealHands;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code handctl calibrate --from} on synthetic landmark streams ({@link LandmarkScript}: a real
 * hand's keypoints moved to the corners of a part of the picture and held), written as
 * {@code handctl track --jsonl} writes them.
 */
class CalibrateCommandTest {
  private static final int W = RealHands.WIDTH_PX;
  private static final int H = RealHands.HEIGHT_PX;

  @TempDir
  Path dir;

  @Test
  void aStreamVisitingFourCornersIsWrittenIntoTheConfigAndTheAbsoluteModeThenReachesTheDesktopCorners()
      throws Exception {
    LandmarkScript s = new LandmarkScript(RealHands.of(RealHands.POINTING), 1, 31, 1.0).centredIn(W, H).hold(10);
    List<Integer> holdEnds = new ArrayList<>();
    // A rectangle to the right of and above the picture's centre: the comfort region need not be centred.
    for (double[] m : new double[][] {{0, -1.2}, {2.5, 0}, {0, 1.6}, {-2.5, 0}}) {
      s.move(m[0], m[1], 20).hold(30);
      holdEnds.add(s.size() - 1);
    }
    Path jsonl = dir.resolve("corners.jsonl");
    s.writeJsonl(jsonl, W, H);
    Path config = dir.resolve("config.yaml");
    String mine = "# mine\npointer:\n  mode: absolute  # I want it so\n";
    Files.writeString(config, mine);
    CliRun run = CliRun.of("calibrate", "--from", jsonl.toString(), "--config", config.toString(), "--desktop",
        "2560x1440");
    assertEquals(ExitCodes.OK, run.exit(), run.err());
    assertTrue(run.out().contains(" still frames in 4 holds"), run.out());
    assertTrue(run.out().contains("wrote " + config), run.out());
    String text = Files.readString(config, StandardCharsets.UTF_8);
    assertTrue(text.startsWith(mine + "  absoluteRegion: {left: "), text);
    assertTrue(text.matches("(?s).*\n  gainPxPerHandSize: \\d+\n"), text);
    PointerSettings p = ConfigLoader.load(config).pointer();
    assertEquals(PointerMode.ABSOLUTE, p.mode());
    DesktopBounds desktop = new DesktopBounds(0, 0, 2560, 1440);
    PointerController pointer = new PointerController(p, desktop, false);
    List<DesktopPoint> reached = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      pointer.follow(s.hands(i).get(0).landmarks().keypoints(), LandmarkScript.timestampNanos(i), W, H);
      if (holdEnds.contains(i)) {
        reached.add(pointer.position());
      }
    }
    // Not mirrored: the image's top left, where the first hold ends, is the desktop's top right.
    assertEquals(List.of(new DesktopPoint(2559, 0), new DesktopPoint(0, 0), new DesktopPoint(0, 1439),
        new DesktopPoint(2559, 1439)), reached);
  }

  @Test
  void aStreamWithoutStillCornersWritesNothingAndSaysWhy() throws Exception {
    Path jsonl = dir.resolve("moving.jsonl");
    new LandmarkScript(RealHands.of(RealHands.POINTING), 1, 32, 1.0).centredIn(W, H).move(1, 1, 30).move(-2, 0, 30)
        .writeJsonl(jsonl, W, H);
    Path config = dir.resolve("config.yaml");
    Files.writeString(config, "pointer:\n  mode: absolute\n");
    CliRun run = CliRun.of("calibrate", "--from", jsonl.toString(), "--config", config.toString(), "--desktop",
        "1920x1080");
    assertEquals(ExitCodes.SOME_INPUTS_FAILED, run.exit(), run.err());
    assertTrue(run.err().startsWith("handctl calibrate: only 0 of 60 frames have one hand held still"), run.err());
    assertTrue(run.err().strip().endsWith("; nothing written"), run.err());
    assertEquals("pointer:\n  mode: absolute\n", Files.readString(config));

    Path still = dir.resolve("still.jsonl");
    new LandmarkScript(RealHands.of(RealHands.POINTING), 1, 33, 1.0).centredIn(W, H).hold(60).writeJsonl(still, W, H);
    CliRun small = CliRun.of("calibrate", "--from", still.toString(), "--config", config.toString());
    assertEquals(ExitCodes.SOME_INPUTS_FAILED, small.exit(), small.err());
    assertTrue(small.err().startsWith("handctl calibrate: the held positions span only 0.0"), small.err());
    assertEquals("pointer:\n  mode: absolute\n", Files.readString(config));
  }

  @Test
  void aDryRunPrintsTheRegionAndBadOptionsAreRefused() throws Exception {
    LandmarkScript s = new LandmarkScript(RealHands.of(RealHands.POINTING), 1, 34, 1.0).centredIn(W, H).hold(30)
        .move(2, 1.5, 20).hold(30);
    Path jsonl = dir.resolve("two.jsonl");
    s.writeJsonl(jsonl, W, H);
    Path config = dir.resolve("absent.yaml");
    CliRun run = CliRun.of("calibrate", "--from", jsonl.toString(), "--config", config.toString(), "--dry-run",
        "--desktop", "1920x1080");
    assertEquals(ExitCodes.OK, run.exit(), run.err());
    assertTrue(run.out().contains("pointer.absoluteRegion: {left: "), run.out());
    assertTrue(run.out().contains("dry run: nothing written"), run.out());
    assertFalse(Files.exists(config));
    CliRun bad = CliRun.of("calibrate", "--from", jsonl.toString(), "--desktop", "wide");
    assertEquals(ExitCodes.USAGE, bad.exit());
    assertTrue(bad.err().contains("--desktop: expected WIDTHxHEIGHT"), bad.err());
    CliRun both = CliRun.of("calibrate", "--from", jsonl.toString(), "--camera", "0");
    assertEquals(ExitCodes.USAGE, both.exit());
    CliRun missing = CliRun.of("calibrate", "--from", dir.resolve("none.jsonl").toString(), "--config",
        config.toString());
    assertEquals(ExitCodes.SOME_INPUTS_FAILED, missing.exit());
    assertTrue(missing.err().startsWith("handctl calibrate: cannot read "), missing.err());
  }
}
