package dev.handctl.capture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.global.opencv_videoio;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_videoio.VideoCapture;

/**
 * A real camera through OpenCV's {@code VideoCapture} (via JavaCV).
 *
 * <p>On Linux the device is resolved before OpenCV is touched: {@code camera:N} is
 * {@code /dev/videoN}, {@code camera:NAME} the first capture node whose
 * {@code /sys/class/video4linux/videoN/name} contains NAME (ignoring case). A missing node is
 * reported at once as absent, without OpenCV's probing and its warnings on stderr (JavaCV 1.5.13
 * exposes no setter for OpenCV's log level, so the pre-check is what keeps stderr quiet). The device
 * is then opened with the V4L2 backend. Elsewhere only {@code camera:N} is supported, opened with
 * OpenCV's default backend.
 *
 * <p>{@code OpenCVFrameGrabber.start()} is deliberately not used: without a camera it retries
 * reading for about ten seconds before failing.
 */
public final class OpenCvCameraDevice implements CameraDevice {
  private static final Path SYS_VIDEO4LINUX = Path.of("/sys/class/video4linux");
  private static final Path DEV = Path.of("/dev");

  private final VideoCapture capture;
  private final String name;
  private final int widthPx;
  private final int heightPx;
  private final double frameRate;
  private final Mat raw = new Mat();
  private final Mat rgb = new Mat();
  private boolean closed;

  private OpenCvCameraDevice(VideoCapture capture, String name) {
    this.capture = capture;
    this.name = name;
    this.widthPx = (int) Math.round(capture.get(opencv_videoio.CAP_PROP_FRAME_WIDTH));
    this.heightPx = (int) Math.round(capture.get(opencv_videoio.CAP_PROP_FRAME_HEIGHT));
    double fps = capture.get(opencv_videoio.CAP_PROP_FPS);
    this.frameRate = Double.isFinite(fps) && fps > 0 ? fps : 0;
  }

  /**
   * Returns an opener for a camera, for {@link CameraSource}.
   *
   * @param spec which camera and what to ask it for
   * @return an opener that opens the camera afresh on every call
   * @throws IllegalArgumentException when the spec cannot work on this system (a camera name outside
   *     Linux)
   */
  public static CameraOpener opener(CameraSpec spec) {
    if (spec.byName() && !isLinux()) {
      throw new IllegalArgumentException("\"" + spec + "\": camera names are only supported on Linux; use"
          + " camera:N (camera:0 is the first camera)");
    }
    return () -> open(spec);
  }

  /**
   * Opens a camera and asks for the requested size and frame rate.
   *
   * @param spec which camera
   * @return the open device
   * @throws CameraUnavailableException when it is missing (absent) or cannot be opened
   */
  public static OpenCvCameraDevice open(CameraSpec spec) throws CameraUnavailableException {
    if (isLinux()) {
      LinuxNode node = resolveLinux(spec, SYS_VIDEO4LINUX, DEV);
      String label = spec + " (" + node.label() + ")";
      if (!Files.isReadable(node.device()) || !Files.isWritable(node.device())) {
        throw new CameraUnavailableException(label + " is not readable and writable by this user; add the user"
            + " to the group that owns " + node.device() + " (usually \"video\")", false);
      }
      return openCapture(spec, node.number(), opencv_videoio.CAP_V4L2, label, node.label(),
          label + " cannot be opened: it may be in use by another program or not readable by this user", false);
    }
    if (spec.byName()) {
      throw new CameraUnavailableException("\"" + spec + "\": camera names are only supported on Linux; use"
          + " camera:N", false);
    }
    // Without device nodes to check, a camera that does not open may be missing or busy; missing is likelier.
    return openCapture(spec, spec.index(), opencv_videoio.CAP_ANY, spec.toString(), spec.toString(),
        spec + " cannot be opened: there is no such camera, or it is in use by another program", true);
  }

  private static OpenCvCameraDevice openCapture(CameraSpec spec, int number, int api, String label, String name,
      String openFailure, boolean failureMeansAbsent) throws CameraUnavailableException {
    VideoCapture capture = new VideoCapture();
    try {
      if (!capture.open(number, api) || !capture.isOpened()) {
        throw new CameraUnavailableException(openFailure, failureMeansAbsent);
      }
      if (spec.widthPx() > 0 && spec.heightPx() > 0) {
        capture.set(opencv_videoio.CAP_PROP_FRAME_WIDTH, spec.widthPx());
        capture.set(opencv_videoio.CAP_PROP_FRAME_HEIGHT, spec.heightPx());
      }
      if (spec.frameRate() > 0) {
        capture.set(opencv_videoio.CAP_PROP_FPS, spec.frameRate());
      }
      return new OpenCvCameraDevice(capture, name);
    } catch (CameraUnavailableException e) {
      release(capture);
      throw e;
    } catch (RuntimeException e) {
      release(capture);
      throw new CameraUnavailableException(label + " cannot be opened: " + e.getMessage(), false);
    }
  }

  @Override
  public boolean grab() {
    return capture.grab();
  }

  @Override
  public RgbImage retrieve(RgbImage reuse) {
    if (!capture.retrieve(raw) || raw.empty()) {
      throw new IllegalStateException(name + ": the grabbed frame could not be decoded");
    }
    int code = switch (raw.channels()) {
      case 1 -> opencv_imgproc.COLOR_GRAY2RGB;
      case 3 -> opencv_imgproc.COLOR_BGR2RGB;
      case 4 -> opencv_imgproc.COLOR_BGRA2RGB;
      default -> throw new IllegalStateException(name + ": unexpected frame with " + raw.channels() + " channels");
    };
    // cvtColor reuses rgb's memory while the size stays the same.
    opencv_imgproc.cvtColor(raw, rgb, code);
    return MatConversions.toRgbImage(rgb, reuse);
  }

  @Override
  public int widthPx() {
    return widthPx;
  }

  @Override
  public int heightPx() {
    return heightPx;
  }

  @Override
  public double frameRate() {
    return frameRate;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    release(capture);
    raw.close();
    rgb.close();
  }

  private static void release(VideoCapture capture) {
    capture.release();
    capture.close();
  }

  /** Tells whether this is Linux, where cameras are V4L2 device nodes. */
  public static boolean isLinux() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
  }

  /**
   * A V4L2 device node.
   *
   * @param number N of {@code /dev/videoN}
   * @param device the device node
   * @param name the driver's name for it, or null when sysfs does not say
   */
  record LinuxNode(int number, Path device, String name) {
    /** Returns the node for messages: {@code /dev/video0, "HD Webcam"}. */
    String label() {
      return name == null ? device.toString() : device + ", \"" + name + "\"";
    }
  }

  /**
   * Lists the cameras this machine has, without opening any, with the device's name where the
   * system tells it. Linux only; elsewhere the list is empty (cameras are still opened by number).
   *
   * @return the cameras, lowest number first
   */
  public static List<CameraListing> list() {
    if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
      return List.of();
    }
    return list(SYS_VIDEO4LINUX, Path.of("/dev"));
  }

  /**
   * Lists the cameras of a sysfs and device folder (another pair in tests).
   *
   * @param sysVideo4linux {@code /sys/class/video4linux}
   * @param dev {@code /dev}
   * @return the cameras, lowest number first; metadata nodes left out
   */
  public static List<CameraListing> list(Path sysVideo4linux, Path dev) {
    return captureNodes(sysVideo4linux, dev).stream().map(n -> new CameraListing(n.number(), n.name())).toList();
  }

  /**
   * Finds the device node of a camera on Linux without opening anything.
   *
   * @param spec which camera
   * @param sysVideo4linux {@code /sys/class/video4linux} (another folder in tests)
   * @param dev {@code /dev} (another folder in tests)
   * @return the node, which exists
   * @throws CameraUnavailableException (absent) when there is no such node or name
   */
  static LinuxNode resolveLinux(CameraSpec spec, Path sysVideo4linux, Path dev) throws CameraUnavailableException {
    List<LinuxNode> cameras = captureNodes(sysVideo4linux, dev);
    if (!spec.byName()) {
      Path device = dev.resolve("video" + spec.index());
      if (!Files.exists(device)) {
        throw new CameraUnavailableException("no camera at " + device + " (" + spec + "); " + found(cameras), true);
      }
      String name = readName(sysVideo4linux.resolve("video" + spec.index()));
      return new LinuxNode(spec.index(), device, name);
    }
    for (LinuxNode node : cameras) {
      if (node.name() != null && spec.matchesName(node.name())) {
        return node;
      }
    }
    throw new CameraUnavailableException("no camera whose name contains \"" + spec.name() + "\" (" + spec + "); "
        + found(cameras), true);
  }

  private static String found(List<LinuxNode> cameras) {
    if (cameras.isEmpty()) {
      return "no cameras found";
    }
    return "cameras found: " + cameras.stream()
        .map(c -> CameraSpec.PREFIX + c.number() + (c.name() == null ? "" : " \"" + c.name() + "\""))
        .collect(Collectors.joining(", "));
  }

  /**
   * Lists the capture nodes, lowest number first. A UVC camera has two nodes, the second for
   * metadata; sysfs gives that one {@code index} 1, so only index-0 nodes count as cameras.
   */
  private static List<LinuxNode> captureNodes(Path sysVideo4linux, Path dev) {
    List<LinuxNode> nodes = new ArrayList<>();
    if (!Files.isDirectory(sysVideo4linux)) {
      return nodes;
    }
    try (Stream<Path> list = Files.list(sysVideo4linux)) {
      for (Path dir : (Iterable<Path>) list::iterator) {
        String file = dir.getFileName().toString();
        if (!file.matches("video\\d+") || "1".equals(readAttribute(dir.resolve("index")))) {
          continue;
        }
        int number = Integer.parseInt(file.substring("video".length()));
        Path device = dev.resolve(file);
        if (Files.exists(device)) {
          nodes.add(new LinuxNode(number, device, readName(dir)));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // An unreadable sysfs leaves us with what we have; index-based opening still works.
    }
    nodes.sort(Comparator.comparingInt(LinuxNode::number));
    return nodes;
  }

  private static String readName(Path sysNodeDir) {
    return readAttribute(sysNodeDir.resolve("name"));
  }

  private static String readAttribute(Path file) {
    try {
      String s = Files.readString(file, StandardCharsets.UTF_8).trim();
      return s.isEmpty() ? null : s;
    } catch (IOException e) {
      return null;
    }
  }
}
