package dev.handctl.capture;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live camera that keeps itself going: it waits for a camera that is not there yet, reopens one
 * that was unplugged, and retries one that is busy, with a growing delay ({@link CameraRetry}).
 *
 * <p>One capture thread ({@code handctl-capture}, a daemon) owns the device. It grabs every frame
 * the camera delivers, so the driver's queue never fills with stale frames, but converts a frame to
 * RGB only when the consumer will take it: when it waits in {@link #next()} or returned from it less
 * than two frame intervals ago (see {@link LatestFrameExchange}). {@link #next()} hands out the
 * newest converted frame; {@link Frame#index()} counts every grabbed frame since this source was
 * created, across reopenings, so its gaps show the frames the consumer did not get, and
 * {@link Frame#timestampNanos()} is {@link System#nanoTime()} right after the grab.
 * {@link #droppedFrames()} counts only frames that were converted and then replaced unseen.
 *
 * <p>Status changes go to {@link #status()} and to listeners; see {@link #addStatusListener}.
 */
public final class CameraSource implements FrameSource {
  private static final Logger LOG = LoggerFactory.getLogger(CameraSource.class);
  private static final long JOIN_TIMEOUT_MILLIS = 2000;
  /** Frame interval assumed for the convert-on-demand window when a device reports no frame rate. */
  private static final long DEFAULT_FRAME_INTERVAL_NANOS = 1_000_000_000L / 30;

  private final CameraOpener opener;
  private final CameraRetry retry;
  private final String description;
  private final LatestFrameExchange exchange = new LatestFrameExchange();
  private final List<Consumer<SourceStatus>> listeners = new CopyOnWriteArrayList<>();
  private final Object statusLock = new Object();
  private final Thread thread;
  private SourceStatus status;
  private volatile boolean closed;
  private volatile double frameRate;
  private volatile String runningDescription;
  // Capture thread only.
  private long grabbedFrames;
  private RgbImage back;

  /**
   * Starts capturing: the capture thread opens the camera and keeps it open until {@link #close()}.
   *
   * @param opener opens the device, called again after every failure
   * @param retry the delays between attempts
   * @param description names the camera in messages, such as {@code camera:0}
   */
  public CameraSource(CameraOpener opener, CameraRetry retry, String description) {
    this.opener = opener;
    this.retry = retry;
    this.description = description;
    this.runningDescription = description;
    this.status = new SourceStatus(SourceState.STARTING, "opening " + description);
    this.thread = new Thread(this::capture, "handctl-capture");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Starts capturing from a real camera.
   *
   * @param spec which camera and what to ask it for
   * @param retry the delays between attempts
   * @return the running source; a missing camera shows in {@link #status()}, not as an exception
   * @throws IllegalArgumentException when the spec cannot work on this system (a name outside Linux)
   */
  public static CameraSource open(CameraSpec spec, CameraRetry retry) {
    return new CameraSource(OpenCvCameraDevice.opener(spec), retry, spec.toString());
  }

  @Override
  public Frame next() throws ImageReadException {
    return exchange.take();
  }

  /** Returns the frame rate the open camera reports, or 0 before one was opened or when it reports none. */
  @Override
  public double frameRate() {
    return frameRate;
  }

  @Override
  public boolean live() {
    return true;
  }

  /**
   * Returns the camera's name with the size and frame rate it actually delivers once it was opened,
   * such as {@code camera:0 (/dev/video0, "HD Webcam") 1280x720 at 30.0 frames/s}; before that, the
   * description it was created with.
   */
  @Override
  public String description() {
    return runningDescription;
  }

  @Override
  public SourceStatus status() {
    synchronized (statusLock) {
      return status;
    }
  }

  @Override
  public void pauseUntil(long nanoTime) {
    exchange.pauseUntil(nanoTime);
  }

  @Override
  public long droppedFrames() {
    return exchange.droppedFrames();
  }

  /**
   * Registers a listener. It is called at once, on the calling thread, with the current status, then
   * with every change, on the capture thread (and on the thread that calls {@link #close()} for
   * {@link SourceState#STOPPED}). Calls are never concurrent and come in order; a listener must
   * return quickly, as capture waits for it.
   *
   * @param listener called with each new status
   */
  @Override
  public void addStatusListener(Consumer<SourceStatus> listener) {
    synchronized (statusLock) {
      listeners.add(listener);
      notify(listener, status);
    }
  }

  /**
   * Stops the capture thread (waiting up to two seconds), closes the device and sets
   * {@link SourceState#STOPPED}; a {@link #next()} waiting in another thread returns null.
   */
  @Override
  public void close() {
    closed = true;
    exchange.close();
    thread.interrupt();
    if (Thread.currentThread() != thread) {
      PacedVideoSource.joinUninterruptibly(thread, JOIN_TIMEOUT_MILLIS);
      if (thread.isAlive()) {
        // Closing the device under a grab in progress would crash natively; the thread closes it.
        LOG.warn("{}: the capture thread did not stop within {} ms; it closes the camera when the device"
            + " returns the frame it waits for", description, JOIN_TIMEOUT_MILLIS);
      }
    }
    setStatus(new SourceStatus(SourceState.STOPPED, description + " closed"));
  }

  /** The capture thread: open, grab until the device stops, back off, again, until close(). */
  private void capture() {
    int failures = 0;
    try {
      while (!closed) {
        CameraDevice device;
        try {
          device = opener.open();
        } catch (CameraUnavailableException e) {
          long delay = retry.delayMillis(failures++);
          setStatus(new SourceStatus(e.absent() ? SourceState.WAITING_FOR_CAMERA : SourceState.ERROR,
              e.getMessage() + "; retrying in " + CameraRetry.format(delay)));
          if (!sleep(delay)) {
            return;
          }
          continue;
        } catch (RuntimeException e) {
          long delay = retry.delayMillis(failures++);
          LOG.debug("{}: unexpected failure opening the camera", description, e);
          setStatus(new SourceStatus(SourceState.ERROR, description + " cannot be opened (" + e
              + "); retrying in " + CameraRetry.format(delay)));
          if (!sleep(delay)) {
            return;
          }
          continue;
        }
        failures = 0;
        long delivered = grabUntilStopped(device);
        if (closed) {
          return;
        }
        if (delivered == 0) {
          // Opens but delivers nothing: back off as after a failed open, or we would spin reopening it.
          long delay = retry.delayMillis(failures++);
          setStatus(new SourceStatus(SourceState.ERROR, description + " opened but delivered no frames;"
              + " retrying in " + CameraRetry.format(delay)));
          if (!sleep(delay)) {
            return;
          }
        }
      }
    } catch (RuntimeException | Error e) {
      LOG.error("{}: capture thread failed", description, e);
      setStatus(new SourceStatus(SourceState.ERROR, description + ": capture stopped (" + e + ")"));
      exchange.end(new ImageReadException(description + ": capture stopped (" + e + ")"));
    }
  }

  /** Grabs from an open device until it stops or close() is called; returns how many frames it gave. */
  private long grabUntilStopped(CameraDevice device) {
    long delivered = 0;
    String stopped;
    try (device) {
      double fps = device.frameRate();
      frameRate = fps;
      long intervalNanos = fps > 0 ? Math.round(1e9 / fps) : DEFAULT_FRAME_INTERVAL_NANOS;
      runningDescription = String.format(Locale.ROOT, "%s (%s) %dx%d at %.1f frames/s", description, device.name(),
          device.widthPx(), device.heightPx(), fps);
      setStatus(new SourceStatus(SourceState.RUNNING, runningDescription));
      while (!closed) {
        if (!device.grab()) {
          break;
        }
        long grabbedAt = System.nanoTime();
        long index = grabbedFrames++;
        delivered++;
        if (exchange.demanded(grabbedAt, intervalNanos)) {
          back = exchange.publish(device.retrieve(back), index, grabbedAt);
        }
      }
      stopped = description + " stopped delivering frames (unplugged?); reopening";
    } catch (RuntimeException e) {
      LOG.debug("{}: reading failed", description, e);
      stopped = description + " failed while reading (" + e + "); reopening";
    }
    if (!closed) {
      setStatus(new SourceStatus(SourceState.WAITING_FOR_CAMERA, stopped));
    }
    return delivered;
  }

  /** Sleeps for a back-off delay; false when close() interrupted it. */
  private boolean sleep(long millis) {
    try {
      Thread.sleep(millis);
      return !closed;
    } catch (InterruptedException e) {
      return false;
    }
  }

  private void setStatus(SourceStatus next) {
    SourceState previous;
    synchronized (statusLock) {
      if (status.state() == SourceState.STOPPED || status.equals(next)) {
        return;
      }
      previous = status.state();
      status = next;
      for (Consumer<SourceStatus> listener : listeners) {
        notify(listener, next);
      }
    }
    if (previous != next.state()) {
      // Once per state change, not on every retry.
      switch (next.state()) {
        case WAITING_FOR_CAMERA, ERROR -> LOG.warn("{}", next.message());
        default -> LOG.info("{}", next.message());
      }
    }
  }

  private void notify(Consumer<SourceStatus> listener, SourceStatus s) {
    try {
      listener.accept(s);
    } catch (RuntimeException e) {
      LOG.warn("{}: a status listener failed", description, e);
    }
  }
}
