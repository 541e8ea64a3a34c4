package dev.handctl.shell.preview;

import dev.handctl.capture.RgbImage;
import dev.handctl.capture.VideoFileWriter;
import dev.handctl.hand.TrackedHand;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a video of frames with the tracked hands drawn on them (box, skeleton, id, handedness).
 * The drawing is done here, with {@code java.awt}; the encoding is {@link VideoFileWriter}'s
 * (H.264 or MPEG-4, frames placed at their own timestamps). The canvas and the frame handed to the
 * encoder are reused from frame to frame. Not thread-safe.
 */
public final class AnnotatedVideoWriter implements AutoCloseable {
  private final VideoFileWriter video;
  private final BufferedImage canvas;
  private final RgbImage drawn;

  private AnnotatedVideoWriter(VideoFileWriter video, BufferedImage canvas) {
    this.video = video;
    this.canvas = canvas;
    this.drawn = new RgbImage(canvas.getWidth(), canvas.getHeight(), new byte[canvas.getWidth() * canvas.getHeight() * 3]);
  }

  /**
   * Creates the video file.
   *
   * @param path where to write; the extension picks the container (mp4, mov, mkv, avi)
   * @param widthPx frame width (even)
   * @param heightPx frame height (even)
   * @param frameRate nominal frames per second of the output (30 when not positive)
   * @return the writer
   * @throws IOException when FFmpeg cannot create the file
   */
  public static AnnotatedVideoWriter open(Path path, int widthPx, int heightPx, double frameRate) throws IOException {
    VideoFileWriter video = VideoFileWriter.open(path, widthPx, heightPx, frameRate > 0 ? frameRate : 30);
    return new AnnotatedVideoWriter(video, new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_3BYTE_BGR));
  }

  /**
   * Draws the hands on the frame and appends it.
   *
   * @param frame the pixels, of the size given at {@link #open}
   * @param hands the hands in it
   * @param timestampNanos the frame's capture time; the first frame written is time 0
   * @throws IOException when encoding fails
   */
  public void write(RgbImage frame, List<TrackedHand> hands, long timestampNanos) throws IOException {
    if (frame.width() != canvas.getWidth() || frame.height() != canvas.getHeight()) {
      throw new IOException("frame of " + frame.width() + "x" + frame.height() + " in a video of "
          + canvas.getWidth() + "x" + canvas.getHeight());
    }
    AnnotatedImageWriter.copyInto(frame, canvas);
    AnnotatedImageWriter.drawTracked(canvas, hands);
    byte[] bgr = ((DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
    byte[] rgb = drawn.rgb();
    for (int i = 0; i < bgr.length; i += 3) {
      rgb[i] = bgr[i + 2];
      rgb[i + 1] = bgr[i + 1];
      rgb[i + 2] = bgr[i];
    }
    video.write(drawn, timestampNanos);
  }

  /** Finishes the file. */
  @Override
  public void close() throws IOException {
    video.close();
  }
}
