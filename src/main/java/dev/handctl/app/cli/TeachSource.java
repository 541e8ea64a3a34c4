package dev.handctl.app.cli;

import dev.handctl.app.HandEngine;
import dev.handctl.capture.CameraRetry;
import dev.handctl.capture.CameraSpec;
import dev.handctl.capture.Frame;
import dev.handctl.capture.FrameSource;
import dev.handctl.capture.FrameSources;
import dev.handctl.capture.ImageFiles;
import dev.handctl.capture.ImageReadException;
import dev.handctl.capture.StillImageReader;
import dev.handctl.config.HandctlConfig;
import dev.handctl.hand.DetectedHand;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.TrackedFrame;
import dev.handctl.hand.TrackedHand;
import dev.handctl.hand.track.HandTracker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where {@code handctl teach} takes its frames from: a folder of photos (each read on its own, the
 * still-image hand finder), or a video file or camera (followed by the tracker), within a time
 * window. Each frame's hands go to a {@link Sink}.
 *
 * @param source a folder, a video file or camera:N
 * @param fromSeconds frames before this time (from the first frame) are skipped
 * @param toSeconds frames from this time on end the reading (a camera: the recording time)
 * @param mirrored whether the frames are a mirrored (selfie) view
 */
record TeachSource(String source, double fromSeconds, double toSeconds, boolean mirrored) {
  /**
   * A camera that gives no frame (missing, busy) is waited for this long beyond the recording time,
   * then teach gives up rather than hang.
   */
  static final long CAMERA_WAIT_MILLIS = 10_000;
  /** Most photos read from one folder. */
  static final int MAX_PHOTOS = 2000;

  /** Receives each frame's hands. */
  interface Sink {
    /**
     * One frame.
     *
     * @param photo whether it is a photo (no time order) rather than a video frame
     * @param timestampNanos the frame's time from the first frame (0 for a photo)
     * @param hands the hands found, at most two
     * @param label the frame's name (file name, or the time in the video)
     */
    void frame(boolean photo, long timestampNanos, List<HandLandmarks> hands, String label);

    /**
     * The size of the video frame whose hands come next (a camera may give another size than asked).
     *
     * @param widthPx its width
     * @param heightPx its height
     */
    default void frameSize(int widthPx, int heightPx) {}
  }

  /**
   * Reads the frames.
   *
   * @param engine the models
   * @param config camera settings
   * @param err where progress and unreadable files are reported
   * @param sink receives each frame
   * @return how many frames could not be read
   * @throws ImageReadException when the source cannot be opened
   */
  int read(HandEngine engine, HandctlConfig config, PrintWriter err, Sink sink) throws ImageReadException {
    Path path = CameraSpec.isCamera(source) ? null : Path.of(source);
    if (path != null && Files.isDirectory(path)) {
      return readPhotos(path, engine, err, sink);
    }
    HandctlConfig.CameraConfig camera = config.camera();
    FrameSources.Options options = new FrameSources.Options(30, false,
        new CameraRetry(camera.retryInitialMillis(), camera.retryMaxMillis()), camera.widthPx(), camera.heightPx(),
        camera.fps(), 0);
    int unreadable = 0;
    try (FrameSource frames = FrameSources.open(source, options)) {
      Thread giveUp = null;
      if (path == null) {
        // close() from another thread makes a next() waiting for the camera return null.
        long millis = (long) (Math.min(toSeconds, 3600) * 1000) + CAMERA_WAIT_MILLIS;
        giveUp = new Thread(() -> {
          try {
            Thread.sleep(millis);
            frames.close();
          } catch (InterruptedException e) {
            // the reading ended first
          }
        }, "handctl-teach-camera-wait");
        giveUp.setDaemon(true);
        giveUp.start();
      }
      HandTracker tracker = engine.tracker(false);
      long first = Long.MIN_VALUE;
      while (true) {
        Frame f;
        try {
          f = frames.next();
        } catch (ImageReadException e) {
          unreadable++;
          continue;
        }
        if (f == null) {
          break;
        }
        first = first == Long.MIN_VALUE ? f.timestampNanos() : first;
        long t = f.timestampNanos() - first;
        double seconds = t / 1e9;
        if (seconds >= toSeconds) {
          break;
        }
        if (seconds < fromSeconds) {
          continue;
        }
        TrackedFrame tracked = tracker.track(f.image(), f.timestampNanos(), mirrored);
        List<HandLandmarks> hands = new ArrayList<>();
        for (TrackedHand h : tracked.hands()) {
          hands.add(h.landmarks());
        }
        sink.frameSize(f.image().width(), f.image().height());
        sink.frame(false, f.timestampNanos(), hands, String.format(Locale.ROOT, "frame at %.2f s", seconds));
      }
      if (giveUp != null) {
        giveUp.interrupt();
      }
      if (first == Long.MIN_VALUE && path == null) {
        throw new ImageReadException(source + ": no frame within " + (CAMERA_WAIT_MILLIS / 1000) + " s (missing or"
            + " busy camera?)");
      }
    }
    return unreadable;
  }

  private int readPhotos(Path folder, HandEngine engine, PrintWriter err, Sink sink) throws ImageReadException {
    List<Path> photos;
    try (Stream<Path> list = Files.list(folder)) {
      photos = list.filter(ImageFiles::isImage).sorted().limit(MAX_PHOTOS + 1).toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ImageReadException(folder + ": cannot list the folder");
    }
    if (photos.isEmpty()) {
      throw new ImageReadException(folder + ": no photos (" + String.join(", ", ImageFiles.EXTENSIONS) + ")");
    }
    if (photos.size() > MAX_PHOTOS) {
      throw new ImageReadException(folder + ": more than " + MAX_PHOTOS + " photos; is this the right folder?");
    }
    StillImageReader reader = new StillImageReader();
    int unreadable = 0;
    for (Path p : photos) {
      List<HandLandmarks> hands = new ArrayList<>();
      try {
        for (DetectedHand h : engine.finder().find(reader.read(p), 2)) {
          hands.add(h.landmarks());
        }
      } catch (ImageReadException e) {
        err.println("handctl teach: skipped " + e.getMessage());
        unreadable++;
        continue;
      }
      sink.frame(true, 0, hands, p.getFileName().toString());
    }
    return unreadable;
  }
}
