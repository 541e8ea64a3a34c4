package dev.handctl.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.testing.Slow;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phone videos are stored sideways with a display matrix; frames must come out as a player shows
 * them.
 *
 * <p>The videos are written here with {@code FFmpegFrameRecorder.setDisplayRotation}. What a player
 * must show is not taken from FFmpeg's sign convention but derived from the file itself: the test
 * reads the MP4 {@code tkhd} matrix and applies it as ISO/IEC 14496-12 defines it
 * ({@code x' = a*x + c*y + tx}, {@code y' = b*x + d*y + ty}, y pointing down), then checks that the
 * marked corner of the stored frame is where that transform puts it.
 */
@Slow
class VideoRotationTest {
  private static final int WIDTH = 96;
  private static final int HEIGHT = 64;
  private static final int MARK = 24;

  @TempDir
  static Path tmp;

  @BeforeAll
  static void quietFfmpeg() {
    avutil.av_log_set_level(avutil.AV_LOG_ERROR);
  }

  /** Writes 5 frames, grey with a red square in the stored top-left corner, with a display rotation. */
  private static Path write(String name, double javacvDisplayRotation) throws Exception {
    Path file = tmp.resolve(name);
    try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), WIDTH, HEIGHT, 0)) {
      recorder.setFormat("mp4");
      recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
      recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
      recorder.setFrameRate(10);
      recorder.setDisplayRotation(javacvDisplayRotation);
      recorder.start();
      org.bytedeco.javacv.Frame frame = new org.bytedeco.javacv.Frame(WIDTH, HEIGHT,
          org.bytedeco.javacv.Frame.DEPTH_UBYTE, 3);
      ByteBuffer bgr = (ByteBuffer) frame.image[0];
      for (int y = 0; y < HEIGHT; y++) {
        for (int x = 0; x < WIDTH; x++) {
          boolean mark = x < MARK && y < MARK;
          int i = y * frame.imageStride + x * 3;
          bgr.put(i, (byte) (mark ? 0 : 128));
          bgr.put(i + 1, (byte) (mark ? 0 : 128));
          bgr.put(i + 2, (byte) (mark ? 255 : 128));
        }
      }
      for (int k = 0; k < 5; k++) {
        recorder.record(frame, avutil.AV_PIX_FMT_BGR24);
      }
    }
    return file;
  }

  /** The {@code a b c d} of the first track's {@code tkhd} matrix, as integers (16.16 fixed point / 65536). */
  static int[] tkhdMatrix(Path mp4) throws Exception {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(mp4));
    int tkhd = findBox(b, 0, b.limit(), "moov", "trak", "tkhd");
    int version = b.get(tkhd) & 0xff;
    int matrix = tkhd + 4 + (version == 1 ? 32 : 20) + 8 + 8;
    int a = b.getInt(matrix);
    int bb = b.getInt(matrix + 4);
    int c = b.getInt(matrix + 12);
    int d = b.getInt(matrix + 16);
    return new int[] {a >> 16, bb >> 16, c >> 16, d >> 16};
  }

  /** Returns the payload offset of the box at the given path. */
  private static int findBox(ByteBuffer b, int from, int to, String... path) {
    int at = from;
    while (at + 8 <= to) {
      long size = b.getInt(at) & 0xffffffffL;
      String type = new String(new byte[] {b.get(at + 4), b.get(at + 5), b.get(at + 6), b.get(at + 7)},
          java.nio.charset.StandardCharsets.ISO_8859_1);
      int header = 8;
      if (size == 1) {
        size = b.getLong(at + 8);
        header = 16;
      } else if (size == 0) {
        size = to - at;
      }
      if (type.equals(path[0])) {
        return path.length == 1 ? at + header
            : findBox(b, at + header, (int) (at + size), java.util.Arrays.copyOfRange(path, 1, path.length));
      }
      at += (int) size;
    }
    throw new AssertionError("no " + path[0] + " box");
  }

  /** Where the stored point lands as displayed: the matrix applied, then moved so the frame starts at 0,0. */
  private static double[] displayed(int[] m, double x, double y) {
    double[][] corners = {{0, 0}, {WIDTH, 0}, {0, HEIGHT}, {WIDTH, HEIGHT}};
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (double[] p : corners) {
      double px = m[0] * p[0] + m[2] * p[1];
      double py = m[1] * p[0] + m[3] * p[1];
      minX = Math.min(minX, px);
      minY = Math.min(minY, py);
      maxX = Math.max(maxX, px);
      maxY = Math.max(maxY, py);
    }
    return new double[] {m[0] * x + m[2] * y - minX, m[1] * x + m[3] * y - minY, maxX - minX, maxY - minY};
  }

  private static boolean red(RgbImage image, int x, int y) {
    int i = (y * image.width() + x) * 3;
    return (image.rgb()[i] & 0xff) > 200 && (image.rgb()[i + 1] & 0xff) < 60 && (image.rgb()[i + 2] & 0xff) < 60;
  }

  private static boolean grey(RgbImage image, int x, int y) {
    int i = (y * image.width() + x) * 3;
    for (int c = 0; c < 3; c++) {
      if (Math.abs((image.rgb()[i + c] & 0xff) - 128) > 20) {
        return false;
      }
    }
    return true;
  }

  /** Checks a file's frames against what its own matrix says a player shows; returns the marker position. */
  private static int[] checkAsPlayerShows(Path file, int expectedClockwise) throws Exception {
    int[] m = tkhdMatrix(file);
    double[] marker = displayed(m, MARK / 2.0, MARK / 2.0);
    int shownWidth = (int) marker[2];
    int shownHeight = (int) marker[3];
    try (VideoFileReader reader = VideoFileReader.open(file)) {
      assertThat(reader.rotationDegrees()).isEqualTo(expectedClockwise);
      assertThat(reader.widthPx()).isEqualTo(shownWidth);
      assertThat(reader.heightPx()).isEqualTo(shownHeight);
      RgbImage image = reader.next().image();
      assertThat(image.width()).isEqualTo(shownWidth);
      assertThat(image.height()).isEqualTo(shownHeight);
      int mx = (int) marker[0];
      int my = (int) marker[1];
      assertThat(red(image, mx, my)).as("marker at %d,%d as shown", mx, my).isTrue();
      assertThat(grey(image, shownWidth - 1 - mx, shownHeight - 1 - my)).as("opposite corner").isTrue();
      return new int[] {mx, my, shownWidth, shownHeight};
    }
  }

  @Test
  void portraitPhoneVideoTurnsClockwise() throws Exception {
    // JavaCV's setDisplayRotation takes FFmpeg's counter-clockwise angle, as getDisplayRotation returns it.
    Path file = write("rotate90.mp4", -90);
    // The matrix of a portrait iPhone video ("rotate=90"): a player turns the frame 90 degrees clockwise.
    assertThat(tkhdMatrix(file)).containsExactly(0, 1, -1, 0);
    int[] marker = checkAsPlayerShows(file, 90);
    assertThat(marker[2]).isEqualTo(HEIGHT);
    assertThat(marker[3]).isEqualTo(WIDTH);
    assertThat(marker[0]).as("stored top-left is shown top-right").isGreaterThan(HEIGHT / 2);
    assertThat(marker[1]).isLessThan(WIDTH / 2);
  }

  @Test
  void rotate270TurnsCounterClockwise() throws Exception {
    Path file = write("rotate270.mp4", 90);
    assertThat(tkhdMatrix(file)).containsExactly(0, -1, 1, 0);
    int[] marker = checkAsPlayerShows(file, 270);
    assertThat(marker[0]).as("stored top-left is shown bottom-left").isLessThan(HEIGHT / 2);
    assertThat(marker[1]).isGreaterThan(WIDTH / 2);
  }

  @Test
  void rotate180TurnsUpsideDown() throws Exception {
    Path file = write("rotate180.mp4", 180);
    int[] marker = checkAsPlayerShows(file, 180);
    assertThat(marker[0]).as("stored top-left is shown bottom-right").isGreaterThan(WIDTH / 2);
    assertThat(marker[1]).isGreaterThan(HEIGHT / 2);
  }

  @Test
  void unrotatedVideoIsLeftAlone() throws Exception {
    Path file = write("rotate0.mp4", 0);
    assertThat(tkhdMatrix(file)).containsExactly(1, 0, 0, 1);
    int[] marker = checkAsPlayerShows(file, 0);
    assertThat(marker[0]).isLessThan(MARK);
    assertThat(marker[1]).isLessThan(MARK);
  }

  @Test
  void fileAndPacedSourcesDeliverTurnedFrames() throws Exception {
    Path file = write("rotate90-sources.mp4", -90);
    try (FrameSource source = new VideoFileSource(file, true)) {
      Frame f = source.next();
      assertThat(f.image().width()).isEqualTo(HEIGHT);
      assertThat(red(f.image(), HEIGHT - 1 - MARK / 2, MARK / 2)).isTrue();
      assertThat(source.description()).contains("64x96", "turned 90 degrees clockwise");
    }
    try (FrameSource source = new PacedVideoSource(file)) {
      Frame f = source.next();
      assertThat(f.image().width()).isEqualTo(HEIGHT);
      assertThat(f.image().height()).isEqualTo(WIDTH);
      assertThat(red(f.image(), HEIGHT - 1 - MARK / 2, MARK / 2)).isTrue();
    }
  }
}
