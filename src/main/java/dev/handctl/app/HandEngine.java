package dev.handctl.app;

import dev.handctl.config.HandctlConfig;
import dev.handctl.hand.HandLandmarker;
import dev.handctl.hand.HandTracker;
import dev.handctl.hand.TrackerConfig;
import dev.handctl.hand.PalmDetector;
import dev.handctl.hand.StageTimer;
import dev.handctl.hand.StillImageHandFinder;
import dev.handctl.inference.ModelFiles;
import dev.handctl.inference.TfModel;

/**
 * The loaded models and the stages built on them, closed together.
 */
final class HandEngine implements AutoCloseable {
  private final TfModel detectorModel;
  private final TfModel landmarkModel;
  private final PalmDetector detector;
  private final HandLandmarker landmarker;
  private final StillImageHandFinder finder;

  HandEngine(HandctlConfig config, ModelFiles files, StageTimer timer) {
    int threads = config.models().intraOpThreads();
    TfModel dm = TfModel.load(files, config.models().detector(), threads);
    TfModel lm = null;
    PalmDetector d = null;
    try {
      lm = TfModel.load(files, config.models().landmarks(), threads);
      d = new PalmDetector(dm, config.detector(), timer);
      this.landmarker = new HandLandmarker(lm, config.landmarks(), timer);
    } catch (RuntimeException e) {
      if (d != null) {
        d.close();
      }
      if (lm != null) {
        lm.close();
      }
      dm.close();
      throw e;
    }
    this.detectorModel = dm;
    this.landmarkModel = lm;
    this.detector = d;
    this.finder = new StillImageHandFinder(detector, landmarker, config.still().extraCandidates(), config.still().refinePasses());
  }

  StillImageHandFinder finder() {
    return finder;
  }

  /** Returns a new tracker over these models (one per frame stream). */
  HandTracker tracker(TrackerConfig config) {
    return new HandTracker(detector, landmarker, config);
  }

  @Override
  public void close() {
    landmarker.close();
    detector.close();
    landmarkModel.close();
    detectorModel.close();
  }
}
