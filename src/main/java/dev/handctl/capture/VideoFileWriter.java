package dev.handctl.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Locale;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Writes RGB frames to a video file through FFmpeg: H.264 in an MP4, MOV or MKV file when the
 * encoder is there, MPEG-4 Part 2 otherwise (and always in AVI).
 *
 * <p>Frames are placed at their own timestamps on the file's frame grid: a frame after a gap (a
 * camera that dropped frames) leaves the gap, so the clip plays at the speed it was filmed, and a
 * frame that would land more than half a frame before its slot (a camera faster than the file's
 * frame rate) is dropped. Not thread-safe.
 */
public final class VideoFileWriter implements FrameSink {
  static {
    // FFmpeg otherwise prints the encoder's warnings and the file's stream layout; errors still show.
    avutil.av_log_set_level(avutil.AV_LOG_ERROR);
  }

  private final Path path;
  private final FFmpegFrameRecorder recorder;
  private final int widthPx;
  private final int heightPx;
  private final double frameRate;
  private final String codec;
  // FFmpeg reads native memory: one direct buffer, refilled per frame.
  private final ByteBuffer nativePixels;
  private long firstTimestampNanos = Long.MIN_VALUE;
  private long written;

  private VideoFileWriter(Path path, FFmpegFrameRecorder recorder, int widthPx, int heightPx, double frameRate,
      String codec) {
    this.path = path;
    this.recorder = recorder;
    this.widthPx = widthPx;
    this.heightPx = heightPx;
    this.frameRate = frameRate;
    this.codec = codec;
    this.nativePixels = ByteBuffer.allocateDirect(widthPx * heightPx * 3);
  }

  /**
   * Creates the video file (replacing one that is there).
   *
   * @param path where; the extension picks the container (mp4, mov, mkv, avi)
   * @param widthPx frame width, even
   * @param heightPx frame height, even
   * @param frameRate frames per second of the file, positive
   * @return the writer
   * @throws IOException when FFmpeg cannot create the file; the message names it
   */
  public static VideoFileWriter open(Path path, int widthPx, int heightPx, double frameRate) throws IOException {
    if (widthPx % 2 != 0 || heightPx % 2 != 0) {
      // YUV 4:2:0, which every player reads, halves both sides.
      throw new IOException(path + ": frames of " + widthPx + "x" + heightPx + "; video frames need even sides");
    }
    FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(path.toFile(), widthPx, heightPx, 0);
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean h264 = !name.endsWith(".avi") && avcodec.avcodec_find_encoder(avcodec.AV_CODEC_ID_H264) != null;
    recorder.setVideoCodec(h264 ? avcodec.AV_CODEC_ID_H264 : avcodec.AV_CODEC_ID_MPEG4);
    recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
    recorder.setFrameRate(frameRate);
    // H.264 is libopenh264 here (JavaCV's FFmpeg has no x264): it takes no crf and keeps its own
    // rate control, with which every clip the tests and figures were made from was written.
    if (!h264) {
      recorder.setVideoQuality(3); // MPEG-4 qscale: 2 is near lossless, 31 is blocky
    }
    try {
      recorder.start();
    } catch (FrameRecorder.Exception e) {
      release(recorder);
      throw new IOException(path + ": cannot write a video there (" + e.getMessage() + ")", e);
    }
    return new VideoFileWriter(path, recorder, widthPx, heightPx, frameRate, h264 ? "H.264" : "MPEG-4");
  }

  /** Returns the codec used, {@code H.264} or {@code MPEG-4}. */
  public String codec() {
    return codec;
  }

  /** Returns how many frames were written. */
  public long framesWritten() {
    return written;
  }

  @Override
  public boolean write(RgbImage frame, long timestampNanos) throws IOException {
    if (frame.width() != widthPx || frame.height() != heightPx) {
      throw new IOException(path + ": frame of " + frame.width() + "x" + frame.height() + " in a video of "
          + widthPx + "x" + heightPx);
    }
    if (firstTimestampNanos == Long.MIN_VALUE) {
      firstTimestampNanos = timestampNanos;
    }
    double position = (timestampNanos - firstTimestampNanos) / 1e9 * frameRate;
    long next = recorder.getFrameNumber();
    if (written > 0 && position < next - 0.5) {
      return false;
    }
    if (position > next + 0.5) {
      recorder.setFrameNumber((int) Math.round(position));
    }
    nativePixels.clear();
    nativePixels.put(frame.rgb()).flip();
    try {
      recorder.recordImage(widthPx, heightPx, Frame.DEPTH_UBYTE, 3, widthPx * 3, avutil.AV_PIX_FMT_RGB24,
          nativePixels);
    } catch (FrameRecorder.Exception e) {
      throw new IOException(path + ": cannot encode a frame (" + e.getMessage() + ")", e);
    }
    written++;
    return true;
  }

  @Override
  public void close() throws IOException {
    try {
      recorder.stop();
    } catch (FrameRecorder.Exception e) {
      throw new IOException(path + ": cannot finish the video (" + e.getMessage() + ")", e);
    } finally {
      release(recorder);
    }
  }

  private static void release(FFmpegFrameRecorder recorder) {
    try {
      recorder.release();
    } catch (FrameRecorder.Exception e) {
      // Nothing left that the caller could act on.
    }
  }
}
