package dev.handctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.app.cli.Main;
import dev.handctl.testing.LandmarkScript;
import dev.handctl.testing.RealHands;
import dev.handctl.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The inputs of the desktop end-to-end tests (X11 and sway), made from the shared real data:
 *
 * <ul>
 *   <li>a video of real webcam frames: a pointing hand slid left and up across the picture for a
 *       second, then an open palm slid right in a quarter of a second (a swipe; there is no
 *       licensed swipe footage);
 *   <li>a landmark stream made from the real keypoints of the pointing hand: it moves, rests, pinches
 *       (the hand slipping as the fingers close), rests, then pinches, drags and lets go.
 * </ul>
 *
 * @param clip the video
 * @param landmarks the landmark stream
 */
record E2eInputs(Path clip, Path landmarks) {
  /**
   * Makes the inputs in {@code target/e2e-inputs}.
   *
   * @return their paths
   * @throws IOException when they cannot be written
   */
  static E2eInputs make() throws IOException {
    Path pointing = TestData.require(RealHands.POINTING);
    Path palm = TestData.require(RealHands.OPEN_PALM);
    // The inputs stay in target/e2e-inputs, where installer/test-deb.d/desktop-e2e.sh finds them to
    // run the same test against the installed package.
    Path inputs = Files.createDirectories(Path.of("target", "e2e-inputs"));
    Path clip = inputs.resolve("point-and-swipe.mp4");
    // Pointing hand: 3 s, sliding 60 px left and 25 px up in 1 s (0.9 hand sizes); open palm: 3 s,
    // sliding 220 px right in 0.25 s (2.3 hand sizes: a swipe to the user's left).
    assertThat(Main.run("make-video", "--fps", "30", "--size", "640x480", "--seconds-per-image", "3",
        "--noise", "2", "--move=-60,-25,1.0", "--move=220,0,0.25", "-o", clip.toString(), pointing.toString(),
        palm.toString())).isZero();
    Path landmarks = inputs.resolve("pinch-and-drag.jsonl");
    new LandmarkScript(RealHands.of(RealHands.POINTING), 1, 21, 1.0)
        .hold(20).move(0.5, 0, 20).hold(20) // aim: the pointer moves left, then rests
        .thumbTo(0.9, 1).thumbTo(0.08, 6, 0.12, 0.12).hold(4).thumbFree(4) // a quick pinch, slipping: a click
        .hold(25)
        .thumbTo(0.08, 5).hold(8).move(-0.6, 0.2, 20).hold(6) // a held pinch moved: a drag
        .thumbTo(0.6, 4, 0.1, 0.1).thumbFree(2).hold(20)
        .gone(10)
        .writeJsonl(landmarks, RealHands.WIDTH_PX, RealHands.HEIGHT_PX);
    return new E2eInputs(clip, landmarks);
  }
}
