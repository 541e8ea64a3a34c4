package dev.handctl.shell;

import dev.handctl.capture.RgbImage;
import dev.handctl.hand.TrackedHand;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Writes a video of frames with the tracked hands drawn on them (box, skeleton, id, handedness),
 * through FFmpeg: H.264 in an MP4, MOV or MKV file when the encoder is there, MPEG-4 Part 2 otherwise.
 *
 * <p>Frames are placed at their own timestamps, so a live run that dropped frames still plays at
 * the right speed. The drawing canvas is reused from frame to frame. Not thread-safe.
 */
public final class AnnotatedVideoWriter implements AutoCloseable {
  private final Path path;
  private final FFmpegFrameRecorder recorder;
  private final BufferedImage canvas;
  private final ByteBuffer nativePixels;
  private final double frameRate;
  private long firstTimestampNanos = Long.MIN_VALUE;

  private AnnotatedVideoWriter(Path path, FFmpegFrameRecorder recorder, BufferedImage canvas, double frameRate) {
    this.path = path;
    this.recorder = recorder;
    this.canvas = canvas;
    // FFmpeg reads native memory; one direct buffer is filled per frame instead of one per frame.
    this.nativePixels = ByteBuffer.allocateDirect(canvas.getWidth() * canvas.getHeight() * 3);
    this.frameRate = frameRate;
  }

  /**
   * Creates the video file.
   *
   * @param path where to write; the extension picks the container (mp4, mov, mkv, avi)
   * @param widthPx frame width
   * @param heightPx frame height
   * @param frameRate nominal frames per second of the output
   * @return the writer
   * @throws IOException when FFmpeg cannot create the file
   */
  public static AnnotatedVideoWriter open(Path path, int widthPx, int heightPx, double frameRate) throws IOException {
    FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(path.toFile(), widthPx, heightPx, 0);
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean h264 = !name.endsWith(".avi") && avcodec.avcodec_find_encoder(avcodec.AV_CODEC_ID_H264) != null;
    recorder.setVideoCodec(h264 ? avcodec.AV_CODEC_ID_H264 : avcodec.AV_CODEC_ID_MPEG4);
    recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
    recorder.setFrameRate(frameRate > 0 ? frameRate : 30);
    if (!h264) {
      recorder.setVideoQuality(4); // MPEG-4 qscale: 2 is near lossless, 31 is blocky
    }
    try {
      recorder.start();
    } catch (FrameRecorder.Exception e) {
      close(recorder);
      throw new IOException(path + ": cannot write a video there (" + e.getMessage() + ")", e);
    }
    BufferedImage canvas = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_3BYTE_BGR);
    return new AnnotatedVideoWriter(path, recorder, canvas, recorder.getFrameRate());
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
      throw new IOException(path + ": frame of " + frame.width() + "x" + frame.height() + " in a video of "
          + canvas.getWidth() + "x" + canvas.getHeight());
    }
    AnnotatedImageWriter.copyInto(frame, canvas);
    AnnotatedImageWriter.drawTracked(canvas, hands);
    if (firstTimestampNanos == Long.MIN_VALUE) {
      firstTimestampNanos = timestampNanos;
    }
    // Leave a gap where the source dropped frames, but never step back or onto a used slot.
    long slot = Math.round((timestampNanos - firstTimestampNanos) / 1e9 * frameRate);
    if (slot > recorder.getFrameNumber()) {
      recorder.setFrameNumber((int) slot);
    }
    byte[] bgr = ((DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
    nativePixels.clear();
    nativePixels.put(bgr).flip();
    try {
      recorder.recordImage(canvas.getWidth(), canvas.getHeight(), Frame.DEPTH_UBYTE, 3, canvas.getWidth() * 3,
          avutil.AV_PIX_FMT_BGR24, nativePixels);
    } catch (FrameRecorder.Exception e) {
      throw new IOException(path + ": cannot encode a frame (" + e.getMessage() + ")", e);
    }
  }

  /** Finishes the file. */
  @Override
  public void close() throws IOException {
    try {
      recorder.stop();
    } catch (FrameRecorder.Exception e) {
      throw new IOException(path + ": cannot finish the video (" + e.getMessage() + ")", e);
    } finally {
      close(recorder);
    }
  }

  private static void close(FFmpegFrameRecorder recorder) {
    try {
      recorder.release();
    } catch (FrameRecorder.Exception e) {
      // Nothing left that the caller could act on.
    }
  }
}
