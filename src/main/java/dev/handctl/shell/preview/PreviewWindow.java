package dev.handctl.shell.preview;

import dev.handctl.capture.RgbImage;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.PixelKeypoint;
import dev.handctl.hand.TrackedHand;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * A window showing what handctl sees: the camera picture with each hand's skeleton, the gesture
 * each hand makes, what the pointer is doing, the state and the frame rate. The picture is shown
 * as a mirror (as a selfie camera shows it) so that moving a hand right moves it right on screen.
 *
 * <p>The pipeline calls {@link #show} for every frame; the window copies at most
 * {@code maxFps} frames a second into one reused image, so a shown preview costs about a
 * millisecond per copied frame and a hidden one nothing.
 */
public final class PreviewWindow implements Preview {
  private static final long MIN_INTERVAL_NANOS = 1_000_000_000L / 15;

  private final JFrame frame;
  private final Canvas canvas = new Canvas();
  private final Runnable onClose;
  private final boolean mirrorView;
  private final Object lock = new Object();
  private BufferedImage image;
  /** The status text drawn over the picture. */
  private String overlay = "waiting for frames";
  private long lastCopyNanos = Long.MIN_VALUE / 2;
  private volatile boolean visible;

  /**
   * Creates the window, hidden, on Swing's event thread, and waits for it.
   *
   * @param mirrorView whether to flip the picture left-right (for a camera that is not mirrored)
   * @param onClose called when the user closes the window
   * @return the window
   * @throws Exception when Swing cannot create it (no display)
   */
  public static PreviewWindow open(boolean mirrorView, Runnable onClose) throws Exception {
    PreviewWindow[] made = new PreviewWindow[1];
    javax.swing.SwingUtilities.invokeAndWait(() -> made[0] = new PreviewWindow(mirrorView, onClose));
    return made[0];
  }

  /**
   * Creates the window, hidden, on the calling thread (which must be Swing's event thread).
   *
   * @param mirrorView whether to flip the picture left-right (for a camera that is not mirrored)
   * @param onClose called when the user closes the window
   */
  public PreviewWindow(boolean mirrorView, Runnable onClose) {
    this.mirrorView = mirrorView;
    this.onClose = onClose;
    this.frame = new JFrame("handctl preview");
    frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
    frame.getContentPane().add(canvas, BorderLayout.CENTER);
    canvas.setPreferredSize(new Dimension(640, 480));
    frame.pack();
    frame.addWindowListener(new WindowAdapter() {
      @Override
      public void windowClosing(WindowEvent e) {
        visible = false;
        PreviewWindow.this.onClose.run();
      }
    });
  }

  /**
   * Shows or hides the window.
   *
   * @param show whether to show it
   */
  @Override
  public void setVisible(boolean show) {
    visible = show;
    SwingUtilities.invokeLater(() -> frame.setVisible(show));
  }

  @Override
  public boolean canShow() {
    return true;
  }

  /** Returns whether the window is shown. */
  @Override
  public boolean visible() {
    return visible;
  }

  /**
   * Offers a frame; cheap when the window is hidden or a frame was copied less than 1/15 s ago.
   *
   * @param picture the camera picture, or null (a recorded landmark stream has none)
   * @param widthPx the frame's width
   * @param heightPx the frame's height
   * @param hands the hands, with their keypoints in frame pixels
   * @param status the text to show above the picture: gestures, pointer, state, frame rate
   */
  @Override
  public void show(RgbImage picture, int widthPx, int heightPx, List<TrackedHand> hands, String status) {
    if (!visible) {
      return;
    }
    long now = System.nanoTime();
    synchronized (lock) {
      if (now - lastCopyNanos < MIN_INTERVAL_NANOS) {
        return;
      }
      lastCopyNanos = now;
      if (image == null || image.getWidth() != widthPx || image.getHeight() != heightPx) {
        image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_3BYTE_BGR);
      }
      if (picture != null && picture.width() == widthPx && picture.height() == heightPx) {
        AnnotatedImageWriter.copyInto(picture, image);
        if (mirrorView) {
          flip(image);
        }
      } else {
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 30, 36));
        g.fillRect(0, 0, widthPx, heightPx);
        g.dispose();
      }
      // The skeleton is drawn on the mirrored picture with mirrored keypoints, so its labels read.
      AnnotatedImageWriter.drawTracked(image, mirrorView ? mirrored(hands, widthPx) : hands);
      overlay = status;
    }
    canvas.repaint();
  }

  private static void flip(BufferedImage img) {
    byte[] px = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
    int w = img.getWidth();
    byte[] tmp = new byte[3];
    for (int y = 0; y < img.getHeight(); y++) {
      int row = y * w * 3;
      for (int x = 0; x < w / 2; x++) {
        int a = row + x * 3;
        int b = row + (w - 1 - x) * 3;
        System.arraycopy(px, a, tmp, 0, 3);
        System.arraycopy(px, b, px, a, 3);
        System.arraycopy(tmp, 0, px, b, 3);
      }
    }
  }

  private static List<TrackedHand> mirrored(List<TrackedHand> hands, int widthPx) {
    return hands.stream().map(h -> {
      HandLandmarks lm = h.landmarks();
      List<PixelKeypoint> k = lm.keypoints().stream()
          .map(p -> new PixelKeypoint(widthPx - 1 - p.xPx(), p.yPx(), p.zPx())).toList();
      return new TrackedHand(h.id(), new HandLandmarks(k, lm.worldKeypoints(), lm.presence(), lm.handedness(),
          lm.handednessScore(), lm.region()));
    }).toList();
  }

  @Override
  public void showState(String words, boolean framesStop) {
    String title = "handctl preview: " + words;
    synchronized (lock) {
      if (framesStop) {
        overlay = words + "\n" + (image == null ? "waiting for frames" : "no frames: the last one is shown");
        lastCopyNanos = Long.MIN_VALUE / 2; // the next frame, if any, shows at once
      }
    }
    SwingUtilities.invokeLater(() -> {
      frame.setTitle(title);
      canvas.repaint();
    });
  }

  /** Closes the window for good. */
  @Override
  public void dispose() {
    visible = false;
    SwingUtilities.invokeLater(frame::dispose);
  }

  /** Paints the latest frame, scaled to the window, and the status text over it. */
  private final class Canvas extends JComponent {
    private static final long serialVersionUID = 1L;

    @Override
    protected void paintComponent(Graphics graphics) {
      Graphics2D g = (Graphics2D) graphics;
      g.setColor(Color.BLACK);
      g.fillRect(0, 0, getWidth(), getHeight());
      String text;
      synchronized (lock) {
        text = overlay;
        if (image != null) {
          double scale = Math.min(getWidth() / (double) image.getWidth(), getHeight() / (double) image.getHeight());
          int w = (int) Math.round(image.getWidth() * scale);
          int h = (int) Math.round(image.getHeight() * scale);
          int x = (getWidth() - w) / 2;
          int y = (getHeight() - h) / 2;
          g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
          g.drawImage(image, x, y, w, h, null);
        }
      }
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
      int lines = (int) text.lines().count();
      g.setColor(new Color(0, 0, 0, 160));
      g.fillRect(0, 0, getWidth(), 8 + 19 * lines);
      g.setColor(Color.WHITE);
      int y = 20;
      for (String line : text.lines().toList()) {
        g.drawString(line, 8, y);
        y += 19;
      }
    }
  }

  /**
   * Formats the status text.
   *
   * @param gestures per hand, "#id Left: pinch" and the like
   * @param pointerMode what the pointer is doing
   * @param state the daemon's state in words, as {@link dev.handctl.shell.DaemonState#label(boolean)} gives them
   * @param fps frames processed per second, or NaN while not measured yet (then none is shown)
   * @param actionP50Millis median capture → action time of the latest actions, NaN when none yet
   * @param actionP95Millis their 95th percentile
   * @return the text, one item per line
   */
  public static String status(List<String> gestures, String pointerMode, String state, double fps,
      double actionP50Millis, double actionP95Millis) {
    String latency = Double.isNaN(actionP50Millis) ? ""
        : String.format(Locale.ROOT, "%ncapture to action: p50 %.1f ms, p95 %.1f ms", actionP50Millis, actionP95Millis);
    return String.format(Locale.ROOT, "%s   pointer: %s   %s%s%n%s", state, pointerMode,
        Double.isNaN(fps) ? "measuring frames/s" : String.format(Locale.ROOT, "%.1f frames/s", fps), latency,
        gestures.isEmpty() ? "no hand" : String.join("    ", gestures));
  }
}
