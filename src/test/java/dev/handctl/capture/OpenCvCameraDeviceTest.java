package dev.handctl.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handctl.testing.Slow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real camera edge: fast reports of missing cameras, and resolving names through sysfs. */
@Slow
class OpenCvCameraDeviceTest {

  private static SourceStatus firstWait(String source, long[] elapsedMillis) throws Exception {
    CountDownLatch waiting = new CountDownLatch(1);
    AtomicReference<SourceStatus> seen = new AtomicReference<>();
    long start = System.nanoTime();
    try (CameraSource camera = CameraSource.open(CameraSpec.parse(source), CameraRetry.DEFAULT)) {
      camera.addStatusListener(s -> {
        if (s.state() == SourceState.WAITING_FOR_CAMERA && seen.compareAndSet(null, s)) {
          waiting.countDown();
        }
      });
      assertThat(waiting.await(10, TimeUnit.SECONDS)).as(source + " never reported WAITING_FOR_CAMERA").isTrue();
      elapsedMillis[0] = (System.nanoTime() - start) / 1_000_000;
    }
    System.out.printf(Locale.ROOT, "%s: WAITING_FOR_CAMERA after %d ms: %s%n", source, elapsedMillis[0],
        seen.get().message());
    return seen.get();
  }

  @Test
  void missingCameraIndexIsReportedWithinASecond() throws Exception {
    assumeTrue(OpenCvCameraDevice.isLinux(), "the fast pre-check is Linux's /dev/videoN");
    assumeFalse(Files.exists(Path.of("/dev/video9")), "this machine has a /dev/video9");
    long[] elapsed = new long[1];
    SourceStatus status = firstWait("camera:9", elapsed);
    assertThat(status.message()).startsWith("no camera at /dev/video9 (camera:9); ").contains("retrying in 1.0 s");
    assertThat(elapsed[0]).isLessThan(1000);
  }

  @Test
  void cameraNameMatchingNoDeviceIsReportedWithinASecond() throws Exception {
    assumeTrue(OpenCvCameraDevice.isLinux(), "camera names are resolved through Linux sysfs");
    long[] elapsed = new long[1];
    SourceStatus status = firstWait("camera:No Such Camera", elapsed);
    assertThat(status.message()).startsWith("no camera whose name contains \"No Such Camera\""
        + " (camera:No Such Camera); ");
    assertThat(elapsed[0]).isLessThan(1000);
  }

  /** A fake sysfs and /dev: a laptop camera with its metadata node, and a USB webcam. */
  private static void fakeCameras(Path sys, Path dev) throws Exception {
    node(sys, dev, 0, "Integrated Camera: Integrated C", "0");
    node(sys, dev, 1, "Integrated Camera: Integrated C", "1");
    node(sys, dev, 2, "HD Webcam C270", "0");
  }

  private static void node(Path sys, Path dev, int n, String name, String index) throws Exception {
    Path dir = Files.createDirectories(sys.resolve("video" + n));
    Files.writeString(dir.resolve("name"), name + "\n");
    Files.writeString(dir.resolve("index"), index + "\n");
    Files.createFile(dev.resolve("video" + n));
  }

  @Test
  void listingLeavesOutMetadataNodes(@TempDir Path tmp) throws Exception {
    Path sys = Files.createDirectories(tmp.resolve("sys"));
    Path dev = Files.createDirectories(tmp.resolve("dev"));
    fakeCameras(sys, dev);
    assertThat(OpenCvCameraDevice.list(sys, dev)).containsExactly(
        new CameraListing(0, "Integrated Camera: Integrated C"), new CameraListing(2, "HD Webcam C270"));
    assertThat(OpenCvCameraDevice.list(tmp.resolve("absent"), dev)).isEmpty();
  }

  @Test
  void namesResolveToTheFirstMatchingCaptureNode(@TempDir Path tmp) throws Exception {
    Path sys = Files.createDirectories(tmp.resolve("sys"));
    Path dev = Files.createDirectories(tmp.resolve("dev"));
    fakeCameras(sys, dev);

    OpenCvCameraDevice.LinuxNode webcam = OpenCvCameraDevice.resolveLinux(CameraSpec.parse("camera:hd webcam"), sys, dev);
    assertThat(webcam.number()).isEqualTo(2);
    assertThat(webcam.label()).isEqualTo(dev.resolve("video2") + ", \"HD Webcam C270\"");

    // video1 is the laptop camera's metadata node (sysfs index 1): never a match.
    OpenCvCameraDevice.LinuxNode laptop = OpenCvCameraDevice.resolveLinux(CameraSpec.parse("camera:INTEGRATED"), sys, dev);
    assertThat(laptop.number()).isZero();

    OpenCvCameraDevice.LinuxNode byIndex = OpenCvCameraDevice.resolveLinux(CameraSpec.parse("camera:2"), sys, dev);
    assertThat(byIndex.device()).isEqualTo(dev.resolve("video2"));
    assertThat(byIndex.name()).isEqualTo("HD Webcam C270");
  }

  @Test
  void missingDevicesAreAbsentAndListWhatIsThere(@TempDir Path tmp) throws Exception {
    Path sys = Files.createDirectories(tmp.resolve("sys"));
    Path dev = Files.createDirectories(tmp.resolve("dev"));
    fakeCameras(sys, dev);

    assertThatThrownBy(() -> OpenCvCameraDevice.resolveLinux(CameraSpec.parse("camera:5"), sys, dev))
        .isInstanceOfSatisfying(CameraUnavailableException.class, e -> assertThat(e.absent()).isTrue())
        .hasMessage("no camera at " + dev.resolve("video5") + " (camera:5); cameras found: camera:0 \"Integrated"
            + " Camera: Integrated C\", camera:2 \"HD Webcam C270\"");
    assertThatThrownBy(() -> OpenCvCameraDevice.resolveLinux(CameraSpec.parse("camera:Logitech"), sys, dev))
        .isInstanceOfSatisfying(CameraUnavailableException.class, e -> assertThat(e.absent()).isTrue())
        .hasMessageStartingWith("no camera whose name contains \"Logitech\" (camera:Logitech); cameras found:");

    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertThatThrownBy(() -> OpenCvCameraDevice.resolveLinux(CameraSpec.parse("camera:0"), empty, empty))
        .hasMessage("no camera at " + empty.resolve("video0") + " (camera:0); no cameras found");
  }
}
