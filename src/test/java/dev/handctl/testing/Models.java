package dev.handctl.testing;

import dev.handctl.config.ConfigLoader;
import dev.handctl.config.HandctlConfig;
import dev.handctl.hand.StageTimer;
import dev.handctl.hand.detect.PalmDetector;
import dev.handctl.hand.landmark.HandLandmarker;
import dev.handctl.hand.model.ModelManifest;
import dev.handctl.hand.track.StillImageHandFinder;
import dev.handctl.inference.ModelFiles;
import dev.handctl.inference.TfModel;
import java.nio.file.Path;
import java.util.List;

/**
 * The real models, loaded once per test JVM and shared by the tests that need them (loading and
 * TensorFlow's first-run optimisation take seconds).
 */
public final class Models {
  /** The committed models, relative to the project root. */
  public static final Path DIR = Path.of("models");

  private static StillImageHandFinder finder;
  private static PalmDetector detector;
  private static HandLandmarker landmarker;
  private static PalmDetector workerDetector;

  private Models() {}

  /** Returns a finder with the default settings over the committed models. */
  public static synchronized StillImageHandFinder finder() {
    if (finder == null) {
      HandctlConfig config = ConfigLoader.defaults();
      ModelFiles files = new ModelFiles(List.of(DIR));
      TfModel dm = TfModel.load(files, config.models().detector(), 1);
      TfModel lm = TfModel.load(files, config.models().landmarks(), 1);
      detector = new PalmDetector(dm, ModelManifest.palm(files, config.models().detector()), config.detector(),
          StageTimer.NONE);
      landmarker = new HandLandmarker(lm, ModelManifest.landmarks(files, config.models().landmarks()),
          config.landmarks(), StageTimer.NONE);
      finder = new StillImageHandFinder(detector, landmarker, config.still().extraCandidates(),
          config.still().refinePasses(), config.still().partMaxAreaShare());
    }
    return finder;
  }

  /** Returns the palm detector behind {@link #finder()}. */
  public static synchronized PalmDetector detector() {
    finder();
    return detector;
  }

  /** Returns the landmarker behind {@link #finder()}. */
  public static synchronized HandLandmarker landmarker() {
    finder();
    return landmarker;
  }

  /** Returns a second palm detector over its own session, for a concurrent searcher's worker. */
  public static synchronized PalmDetector workerDetector() {
    if (workerDetector == null) {
      HandctlConfig config = ConfigLoader.defaults();
      ModelFiles files = new ModelFiles(List.of(DIR));
      TfModel dm = TfModel.load(files, config.models().detector(), 1);
      workerDetector = new PalmDetector(dm, ModelManifest.palm(files, config.models().detector()),
          config.detector(), StageTimer.NONE);
    }
    return workerDetector;
  }
}
