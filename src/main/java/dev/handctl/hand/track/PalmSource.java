package dev.handctl.hand.track;

import dev.handctl.capture.RgbImage;
import dev.handctl.hand.detect.PalmDetection;
import dev.handctl.hand.detect.PalmDetectorConfig;
import java.util.List;

/**
 * What the {@link HandTracker} needs of the palm detector: a search now, or one beside the
 * tracking whose result is taken up later. {@link PalmSearcher} is the real one; tests script
 * palms through it without a model.
 */
public interface PalmSource {
  /** Returns the detector's settings (which passes there are, the palm-to-region geometry). */
  PalmDetectorConfig config();

  /** Returns whether {@link #startBackground} runs beside the caller (else the tracker searches inline). */
  boolean concurrent();

  /**
   * Searches a frame now.
   *
   * @param image the frame
   * @param passes which detector passes
   * @return the palms found, best first
   */
  List<PalmDetection> search(RgbImage image, PalmSearcher.Passes passes);

  /**
   * Starts a search beside the caller.
   *
   * @param image the frame (copied or kept until done, as the implementation needs)
   * @param passes which detector passes
   */
  void startBackground(RgbImage image, PalmSearcher.Passes passes);

  /** Returns whether a background search is running and its result not taken yet. */
  boolean backgroundPending();

  /** Returns a finished background search's palms once, or null when none finished. */
  List<PalmDetection> takeBackgroundResult();

  /** Drops a background search under way or finished. */
  void discardBackground();
}
