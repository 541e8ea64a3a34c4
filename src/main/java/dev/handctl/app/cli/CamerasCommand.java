package dev.handctl.app.cli;

import dev.handctl.app.ExitCodes;
import dev.handctl.capture.CameraListing;
import dev.handctl.capture.OpenCvCameraDevice;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code handctl cameras}: the cameras the tray's Camera menu offers, with what to give
 * {@code handctl run --camera} to use each, found without opening any (a camera in use elsewhere is
 * listed too).
 */
@Command(name = "cameras", mixinStandardHelpOptions = true,
    header = "List the cameras handctl can use, without opening them.",
    description = {"List the cameras of this machine, as the tray's Camera menu shows them, with the",
        "--camera value that selects each. Found through /sys/class/video4linux (Linux); elsewhere",
        "cameras are opened by number (--camera 0, 1, ...) and none is listed."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:at least one camera was found", "1:none was found (the message says where it looked)"})
final class CamerasCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    List<CameraListing> cameras = OpenCvCameraDevice.list();
    if (cameras.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("handctl: no camera found " + (OpenCvCameraDevice.isLinux()
          ? "(no capture device under /sys/class/video4linux; is a webcam plugged in, and may you read /dev/video*?)"
          : "(cameras are listed on Linux only; try handctl run --camera 0)"));
      err.flush();
      return ExitCodes.SOME_INPUTS_FAILED;
    }
    PrintWriter out = spec.commandLine().getOut();
    print(cameras, out);
    out.flush();
    return ExitCodes.OK;
  }

  /** Prints one line per camera: its number, name and the option that selects it. */
  static void print(List<CameraListing> cameras, PrintWriter out) {
    for (CameraListing c : cameras) {
      out.printf("%-10s %-32s handctl run --camera %d%n", c.source(), c.name() == null ? "(no name)" : c.name(),
          c.index());
    }
  }
}
