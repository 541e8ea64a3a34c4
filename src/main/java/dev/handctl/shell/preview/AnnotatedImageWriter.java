package dev.handctl.shell.preview;

import dev.handctl.capture.RgbImage;
import dev.handctl.hand.DetectedHand;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.KeypointName;
import dev.handctl.hand.PixelBox;
import dev.handctl.hand.PixelKeypoint;
import dev.handctl.hand.TrackedHand;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Writes images with each hand's box, its 21-point skeleton and its label drawn on them, as PNG.
 *
 * <p>Output names are the input's base name with {@code .png}; when two inputs share a base name,
 * the later ones get {@code -2}, {@code -3}, ... so nothing is overwritten within one run.
 */
public final class AnnotatedImageWriter {
  private static final Color BOX = new Color(255, 200, 0);
  private static final Color BONE = new Color(0, 220, 90);
  private static final Color JOINT = new Color(255, 40, 60);

  private final Path dir;
  private final Set<String> used = new HashSet<>();

  /**
   * Creates a writer into a directory (created when missing).
   *
   * @param dir output directory
   */
  public AnnotatedImageWriter(Path dir) {
    this.dir = dir;
  }

  /**
   * Draws the hands on a copy of the image and writes it.
   *
   * @param source the input's path (for the output name)
   * @param image the image
   * @param hands the hands found in it
   * @return the written file
   * @throws IOException when the file cannot be written
   */
  public Path write(Path source, RgbImage image, List<DetectedHand> hands) throws IOException {
    BufferedImage canvas = toBufferedImage(image);
    draw(canvas, hands);
    Files.createDirectories(dir);
    Path target = dir.resolve(uniqueName(source));
    if (!ImageIO.write(canvas, "png", target.toFile())) {
      throw new IOException("no PNG writer available");
    }
    return target;
  }

  /**
   * Draws hands onto an image.
   *
   * @param canvas the image to draw on
   * @param hands the hands
   */
  public static void draw(BufferedImage canvas, List<DetectedHand> hands) {
    Graphics2D g = begin(canvas);
    try {
      for (DetectedHand hand : hands) {
        HandLandmarks lm = hand.landmarks();
        drawHand(g, canvas, lm, String.format(Locale.ROOT, "%s %.2f", lm.handedness().label(), lm.presence()));
      }
    } finally {
      g.dispose();
    }
  }

  /**
   * Draws tracked hands onto an image, labelled with their ids.
   *
   * @param canvas the image to draw on
   * @param hands the hands
   */
  public static void drawTracked(BufferedImage canvas, List<TrackedHand> hands) {
    Graphics2D g = begin(canvas);
    try {
      for (TrackedHand hand : hands) {
        HandLandmarks lm = hand.landmarks();
        drawHand(g, canvas, lm, String.format(Locale.ROOT, "#%d %s %.2f", hand.id(), lm.handedness().label(),
            lm.presence()));
      }
    } finally {
      g.dispose();
    }
  }

  private static Graphics2D begin(BufferedImage canvas) {
    Graphics2D g = canvas.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(14 * scaleOf(canvas))));
    return g;
  }

  /** Line widths grow with the image, so the drawing reads the same on a phone video and a webcam. */
  private static float scaleOf(BufferedImage canvas) {
    return Math.max(1f, Math.max(canvas.getWidth(), canvas.getHeight()) / 640f);
  }

  private static void drawHand(Graphics2D g, BufferedImage canvas, HandLandmarks lm, String label) {
    float scale = scaleOf(canvas);
    List<PixelKeypoint> k = lm.keypoints();
    PixelBox box = lm.box();
    g.setColor(BOX);
    g.setStroke(new BasicStroke(2 * scale));
    g.draw(new Rectangle2D.Double(box.xMinPx(), box.yMinPx(), box.widthPx(), box.heightPx()));
    g.drawString(label, (float) box.xMinPx(), (float) Math.max(box.yMinPx() - 4 * scale, 12 * scale));
    g.setColor(BONE);
    g.setStroke(new BasicStroke(2.5f * scale, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int[] bone : KeypointName.CONNECTIONS) {
      PixelKeypoint a = k.get(bone[0]);
      PixelKeypoint b = k.get(bone[1]);
      g.draw(new Line2D.Double(a.xPx(), a.yPx(), b.xPx(), b.yPx()));
    }
    g.setColor(JOINT);
    double r = 3 * scale;
    for (PixelKeypoint p : k) {
      g.fill(new Ellipse2D.Double(p.xPx() - r, p.yPx() - r, 2 * r, 2 * r));
    }
  }

  /**
   * Copies an RGB image into a new {@link BufferedImage}.
   *
   * @param image the pixels
   * @return a {@code TYPE_3BYTE_BGR} copy
   */
  public static BufferedImage toBufferedImage(RgbImage image) {
    BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_3BYTE_BGR);
    copyInto(image, out);
    return out;
  }

  /**
   * Copies an RGB image into a {@code TYPE_3BYTE_BGR} image of the same size.
   *
   * @param image the pixels
   * @param out the destination
   */
  public static void copyInto(RgbImage image, BufferedImage out) {
    byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
    byte[] src = image.rgb();
    for (int i = 0; i < src.length; i += 3) {
      dst[i] = src[i + 2];
      dst[i + 1] = src[i + 1];
      dst[i + 2] = src[i];
    }
  }

  private String uniqueName(Path source) {
    String name = source.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    String candidate = base + ".png";
    for (int n = 2; !used.add(candidate); n++) {
      candidate = base + "-" + n + ".png";
    }
    return candidate;
  }
}
