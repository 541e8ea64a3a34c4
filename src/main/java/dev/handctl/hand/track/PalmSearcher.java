package dev.handctl.hand.track;

import dev.handctl.capture.RgbImage;
import dev.handctl.hand.detect.PalmDetection;
import dev.handctl.hand.detect.PalmDetector;
import dev.handctl.hand.detect.PalmDetectorConfig;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs palm searches for the {@link HandTracker}, either all on the calling thread or with a
 * second thread beside it.
 *
 * <p>On a two-core machine one model call uses one core best (see {@code models.intraOpThreads}),
 * so the second core is put to work in two ways. A search the caller waits for (no hand tracked)
 * splits its two passes, the plain image here and the mirror image on the worker, which halves its
 * latency. A search for another hand while one is tracked runs wholly on the worker, on a copy of
 * the frame, while the caller goes on tracking; the tracker collects its palms when they are ready.
 * The worker has its own {@link PalmDetector} over its own model session, since a detector owns
 * its input tensor.
 *
 * <p>Used from one thread (the tracker's); the worker is internal.
 */
public final class PalmSearcher implements PalmSource, AutoCloseable {
  /** Which passes of the detector a search runs. */
  public enum Passes {
    /** The image as it is. */
    PLAIN,
    /** The mirror image only. */
    MIRRORED,
    /** The image shrunk into the middle of the input ({@code detector.zoomOutScale}), for close hands. */
    ZOOMED_OUT,
    /** Every pass the detector is configured with ({@code mirroredPass}, {@code zoomOutScale}), pooled. */
    ALL
  }

  private final PalmDetector detector;
  private final PalmDetector workerDetector;
  private final ExecutorService worker;
  private Future<List<PalmDetection>> background;
  private Future<List<PalmDetection>> discarded;
  private RgbImage backgroundFrame;

  private PalmSearcher(PalmDetector detector, PalmDetector workerDetector) {
    this.detector = detector;
    this.workerDetector = workerDetector;
    this.worker = workerDetector == null ? null : Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "handctl-detector");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * A searcher that runs everything on the calling thread, so results do not depend on timing.
   *
   * @param detector the detector (not closed by this searcher)
   * @return the searcher
   */
  public static PalmSearcher inline(PalmDetector detector) {
    return new PalmSearcher(detector, null);
  }

  /**
   * A searcher with a worker thread.
   *
   * @param detector used on the calling thread (not closed by this searcher)
   * @param workerDetector used only on the worker; must not share its model session with
   *     {@code detector} (not closed by this searcher)
   * @return the searcher
   */
  public static PalmSearcher concurrent(PalmDetector detector, PalmDetector workerDetector) {
    return new PalmSearcher(detector, workerDetector);
  }

  /** Returns whether this searcher has a worker thread. */
  public boolean concurrent() {
    return worker != null;
  }

  /** Returns the detector's settings. */
  public PalmDetectorConfig config() {
    return detector.config();
  }

  /**
   * Searches a frame and waits for the result.
   *
   * @param image the frame; only read, and not kept after the call
   * @param passes which passes to run
   * @return the palms, best first
   */
  public List<PalmDetection> search(RgbImage image, Passes passes) {
    Passes p = effective(passes);
    if (p != Passes.ALL) {
      return onePass(detector, image, p);
    }
    if (worker == null || !detector.config().mirroredPass()) {
      return detector.detect(image);
    }
    // Both threads only read the image, and this call returns only after both are done with it.
    Future<List<PalmDetection>> mirrored = worker.submit(() -> workerDetector.detectPass(image, true));
    List<PalmDetection> plain = detector.detectPass(image, false);
    List<PalmDetection> zoomed = detector.config().zoomOutPass() ? detector.detectZoomedOut(image) : List.of();
    return detector.addNew(detector.pool(plain, await(mirrored)), zoomed);
  }

  private static List<PalmDetection> onePass(PalmDetector d, RgbImage image, Passes p) {
    return p == Passes.ZOOMED_OUT ? d.detectZoomedOut(image) : d.detectPass(image, p == Passes.MIRRORED);
  }

  /**
   * Starts a search of a copy of the frame on the worker (or runs it now, without a worker).
   * Collect it with {@link #takeBackgroundResult()}.
   *
   * @param image the frame; copied, so the caller may reuse it at once
   * @param passes which passes to run
   * @throws IllegalStateException when a background search is already under way
   */
  public void startBackground(RgbImage image, Passes passes) {
    if (background != null) {
      throw new IllegalStateException("a background palm search is already under way");
    }
    RgbImage copy = copyOf(image);
    Passes p = effective(passes);
    if (worker == null) {
      background = java.util.concurrent.CompletableFuture.completedFuture(search(copy, p));
      return;
    }
    background = worker.submit(() -> p == Passes.ALL ? workerDetector.detect(copy) : onePass(workerDetector, copy, p));
  }

  /** Returns whether a background search has been started and not yet collected. */
  public boolean backgroundPending() {
    return background != null;
  }

  /**
   * Collects a finished background search.
   *
   * @return its palms, or null when none was started or it is still running
   */
  public List<PalmDetection> takeBackgroundResult() {
    if (background == null || !background.isDone()) {
      return null;
    }
    Future<List<PalmDetection>> done = background;
    background = null;
    return await(done);
  }

  /** Drops a background search's result (it still finishes on the worker, unseen). */
  public void discardBackground() {
    if (background != null) {
      discarded = background;
      background = null;
    }
  }

  private Passes effective(Passes passes) {
    PalmDetectorConfig c = detector.config();
    if (passes == Passes.ALL && !c.mirroredPass() && !c.zoomOutPass()) {
      return Passes.PLAIN;
    }
    if ((passes == Passes.MIRRORED && !c.mirroredPass()) || (passes == Passes.ZOOMED_OUT && !c.zoomOutPass())) {
      return Passes.PLAIN;
    }
    return passes;
  }

  /** Copies the frame into a buffer kept for the next background search. */
  private RgbImage copyOf(RgbImage image) {
    // A discarded search may still be reading the old copy; it gets a buffer of its own then.
    boolean reusable = backgroundFrame != null && backgroundFrame.rgb().length == image.rgb().length
        && (discarded == null || discarded.isDone());
    byte[] pixels = reusable ? backgroundFrame.rgb() : new byte[image.rgb().length];
    System.arraycopy(image.rgb(), 0, pixels, 0, pixels.length);
    backgroundFrame = new RgbImage(image.width(), image.height(), pixels);
    return backgroundFrame;
  }

  private static List<PalmDetection> await(Future<List<PalmDetection>> future) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          // The pass is short; finish it so the detector is free, then keep the interrupt.
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("palm search failed", cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Stops the worker thread, waiting for a pass under way to finish, even when the caller is
   * interrupted (its flag is kept): the worker's model session is closed right after this, and
   * closing it under a running pass crashes natively (SIGSEGV in libtensorflow_cc at quit).
   */
  @Override
  public void close() {
    if (worker == null) {
      return;
    }
    worker.shutdownNow();
    boolean interrupted = false;
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(CLOSE_WAIT_SECONDS);
    try {
      while (!worker.isTerminated() && System.nanoTime() < deadline) {
        try {
          worker.awaitTermination(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    if (!worker.isTerminated()) {
      throw new IllegalStateException("the palm search worker did not stop within " + CLOSE_WAIT_SECONDS
          + " s; its model session is left open rather than closed under it");
    }
  }

  /** A pass takes tens of milliseconds; this much means the worker is stuck in native code. */
  private static final int CLOSE_WAIT_SECONDS = 20;
}
