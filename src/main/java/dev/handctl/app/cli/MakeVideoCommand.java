package dev.handctl.app.cli;

import dev.handctl.app.ExitCodes;
import dev.handctl.capture.ImageReadException;
import dev.handctl.capture.RgbImage;
import dev.handctl.capture.StillImageReader;
import dev.handctl.shell.preview.AnnotatedVideoWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code handctl make-video}: a video built from still images, each held for a while, optionally
 * with camera-like sensor noise. Its use is benchmarking: a clip of rooms without hands shows what
 * the idle daemon costs ({@code handctl bench --realtime}).
 */
@Command(name = "make-video", mixinStandardHelpOptions = true,
    header = "Build a video from still images (for benchmarks and tests).",
    description = {"Build a video from still images, each held for a while and letterboxed to one size,",
        "optionally with camera-like sensor noise; for example a no-hand clip for bench --realtime."})
final class MakeVideoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-o", "--out"}, paramLabel = "OUT.mp4", required = true, description = "The video to write.")
  Path out;

  @Option(names = "--fps", defaultValue = "30", description = "Frames per second (default: ${DEFAULT-VALUE}).")
  double fps;

  @Option(names = "--seconds-per-image", paramLabel = "S", defaultValue = "2",
      description = "How long each image is shown (default: ${DEFAULT-VALUE}).")
  double secondsPerImage;

  @Option(names = "--size", paramLabel = "WxH", defaultValue = "640x480",
      description = "Frame size; images are scaled to fit, with black bars (default: ${DEFAULT-VALUE}).")
  String size;

  @Option(names = "--noise", paramLabel = "LEVELS", defaultValue = "0",
      description = "Standard deviation of Gaussian noise added to every pixel of every frame, in grey levels,"
          + " as a webcam sensor adds it; 0 for none (default: ${DEFAULT-VALUE}).")
  double noise;

  @Option(names = "--move", paramLabel = "DX,DY,SECONDS",
      description = {"Slide an image across the frame: by DX,DY pixels in SECONDS, centred in the time it is shown",
          "(still before and after). Give it once per image, in the images' order; images without one stay",
          "still. For clips of a real hand moving, such as a swipe."})
  List<String> moves = new java.util.ArrayList<>();

  @Parameters(paramLabel = "IMAGE", arity = "1..*", description = "Image files or folders of images, in order.")
  List<Path> inputs;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    String[] wh = size.toLowerCase(java.util.Locale.ROOT).split("x");
    int width;
    int height;
    try {
      width = Integer.parseInt(wh[0].strip());
      height = Integer.parseInt(wh[1].strip());
    } catch (RuntimeException e) {
      throw new ParameterException(spec.commandLine(), "--size: expected WIDTHxHEIGHT such as 640x480, got " + size);
    }
    if (width < 16 || height < 16 || width > 4096 || height > 4096 || width % 2 != 0 || height % 2 != 0) {
      throw new ParameterException(spec.commandLine(), "--size: expected even sides from 16 to 4096, got " + size);
    }
    if (!(fps > 0 && fps <= 240) || !(secondsPerImage > 0) || !(noise >= 0 && noise <= 64)) {
      throw new ParameterException(spec.commandLine(),
          "--fps must be in (0, 240], --seconds-per-image positive, --noise from 0 to 64");
    }
    List<Path> images = ImageInputs.expand(inputs);
    List<double[]> motion = new java.util.ArrayList<>();
    for (String m : moves) {
      String[] parts = m.split(",");
      try {
        double[] v = {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
            Double.parseDouble(parts[2].strip())};
        if (parts.length != 3 || !(v[2] > 0 && v[2] <= secondsPerImage)) {
          throw new IllegalArgumentException();
        }
        motion.add(v);
      } catch (RuntimeException e) {
        throw new ParameterException(spec.commandLine(), "--move: expected DX,DY,SECONDS with SECONDS in (0, "
            + secondsPerImage + "] (the time each image is shown), got " + m);
      }
    }
    StillImageReader reader = new StillImageReader();
    Random random = new Random(1); // the same clip every time
    int framesPerImage = Math.max(1, (int) Math.round(secondsPerImage * fps));
    long frameNanos = Math.round(1e9 / fps);
    long index = 0;
    int failed = 0;
    byte[] noisy = new byte[width * height * 3];
    byte[] shifted = new byte[width * height * 3];
    int imageNumber = -1;
    try (AnnotatedVideoWriter writer = AnnotatedVideoWriter.open(out, width, height, fps)) {
      for (Path p : images) {
        imageNumber++;
        double[] move = imageNumber < motion.size() ? motion.get(imageNumber) : null;
        RgbImage fitted;
        try {
          fitted = letterbox(reader.read(p), width, height);
        } catch (ImageReadException e) {
          failed++;
          err.println("handctl make-video: skipping " + e.getMessage());
          continue;
        }
        for (int i = 0; i < framesPerImage; i++, index++) {
          RgbImage frame = fitted;
          if (move != null) {
            // Still, then a straight slide of move[2] seconds centred in the image's time, then still.
            double t = i / fps;
            double start = (secondsPerImage - move[2]) / 2;
            double f = Math.max(0, Math.min(1, (t - start) / move[2]));
            frame = shift(fitted, (int) Math.round(move[0] * f), (int) Math.round(move[1] * f), shifted);
          }
          if (noise > 0) {
            byte[] src = frame.rgb();
            for (int k = 0; k < src.length; k++) {
              int v = (src[k] & 0xff) + (int) Math.round(random.nextGaussian() * noise);
              noisy[k] = (byte) Math.max(0, Math.min(255, v));
            }
            frame = new RgbImage(width, height, noisy);
          }
          writer.write(frame, List.of(), index * frameNanos);
        }
      }
    }
    err.printf(java.util.Locale.ROOT, "handctl make-video: %s, %d frames (%.1f s) from %d image(s)%n", out, index,
        index / fps, images.size() - failed);
    return failed == 0 && index > 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }

  /** The image moved by (dx, dy) pixels, black where it left the frame, into a reused buffer. */
  static RgbImage shift(RgbImage src, int dx, int dy, byte[] buffer) {
    java.util.Arrays.fill(buffer, (byte) 0);
    int w = src.width();
    int h = src.height();
    byte[] in = src.rgb();
    for (int y = Math.max(0, dy); y < Math.min(h, h + dy); y++) {
      int x0 = Math.max(0, dx);
      int x1 = Math.min(w, w + dx);
      if (x1 > x0) {
        System.arraycopy(in, ((y - dy) * w + (x0 - dx)) * 3, buffer, (y * w + x0) * 3, (x1 - x0) * 3);
      }
    }
    return new RgbImage(w, h, buffer);
  }

  /** Scales the image to fit inside width x height (bilinear), centred on black. */
  static RgbImage letterbox(RgbImage src, int width, int height) {
    double scale = Math.min(width / (double) src.width(), height / (double) src.height());
    double offsetX = (width - src.width() * scale) / 2;
    double offsetY = (height - src.height() * scale) / 2;
    byte[] in = src.rgb();
    byte[] outPixels = new byte[width * height * 3];
    for (int y = 0; y < height; y++) {
      double sy = (y + 0.5 - offsetY) / scale - 0.5;
      if (sy < -0.5 || sy > src.height() - 0.5) {
        continue;
      }
      int y0 = Math.max(0, Math.min(src.height() - 1, (int) Math.floor(sy)));
      int y1 = Math.min(src.height() - 1, y0 + 1);
      double fy = Math.max(0, Math.min(1, sy - y0));
      for (int x = 0; x < width; x++) {
        double sx = (x + 0.5 - offsetX) / scale - 0.5;
        if (sx < -0.5 || sx > src.width() - 0.5) {
          continue;
        }
        int x0 = Math.max(0, Math.min(src.width() - 1, (int) Math.floor(sx)));
        int x1 = Math.min(src.width() - 1, x0 + 1);
        double fx = Math.max(0, Math.min(1, sx - x0));
        for (int c = 0; c < 3; c++) {
          double top = (in[(y0 * src.width() + x0) * 3 + c] & 0xff) * (1 - fx) + (in[(y0 * src.width() + x1) * 3 + c] & 0xff) * fx;
          double bottom = (in[(y1 * src.width() + x0) * 3 + c] & 0xff) * (1 - fx) + (in[(y1 * src.width() + x1) * 3 + c] & 0xff) * fx;
          outPixels[(y * width + x) * 3 + c] = (byte) Math.round(top * (1 - fy) + bottom * fy);
        }
      }
    }
    return new RgbImage(width, height, outPixels);
  }
}
