package dev.handctl.app;

import dev.handctl.capture.RgbImage;
import dev.handctl.config.HandctlConfig;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.StageTimer;
import dev.handctl.hand.detect.PalmDetector;
import dev.handctl.hand.landmark.HandLandmarker;
import dev.handctl.hand.model.LandmarkModelFacts;
import dev.handctl.hand.model.ModelManifest;
import dev.handctl.hand.model.PalmModelFacts;
import dev.handctl.hand.track.HandTracker;
import dev.handctl.hand.track.PalmSearcher;
import dev.handctl.hand.track.StillImageHandFinder;
import dev.handctl.config.NativeCache;
import dev.handctl.config.UserFolders;
import dev.handctl.inference.GraphCache;
import dev.handctl.inference.ModelFiles;
import dev.handctl.inference.TfModel;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.LoggerFactory;

/**
 * The loaded models and the stages built on them, closed together (in reverse order of creation).
 */
public final class HandEngine implements AutoCloseable {
  private final HandctlConfig config;
  private final ModelFiles files;
  private final StageTimer timer;
  private final Deque<AutoCloseable> resources = new ArrayDeque<>();
  private final PalmDetector detector;
  private final HandLandmarker landmarker;
  private final StillImageHandFinder finder;
  private final GraphCache graphs;
  private PalmDetector workerDetector;

  /**
   * Loads the models, converting them on a first start and keeping the converted graphs in the
   * user's cache folder ({@code graphs/}) for the next.
   */
  public HandEngine(HandctlConfig config, ModelFiles files, StageTimer timer) {
    this(config, files, timer, userGraphs());
  }

  /** Returns the user's cache of converted graphs ({@code graphs/} in the cache folder). */
  static GraphCache userGraphs() {
    return GraphCache.in(UserFolders.cacheDir().resolve("graphs"));
  }

  /**
   * Says what a start has to do before its first frame that later starts do not, or null: unpack
   * the native libraries (a development build's first start) and convert the models.
   *
   * @param config the models in use
   * @return the work, in words for the log, or null when this is a warm start
   */
  static String firstStartWork(HandctlConfig config) {
    GraphCache graphs = userGraphs();
    boolean unpack = NativeCache.firstStart();
    boolean convert = !graphs.has(config.models().detector()) || !graphs.has(config.models().landmarks());
    if (!unpack && !convert) {
      return null;
    }
    return (unpack ? "unpacking the native libraries into " + NativeCache.folder() + (convert ? " and " : "") : "")
        + (convert ? "converting the models into " + UserFolders.cacheDir().resolve("graphs") : "")
        + " (once: later starts skip this)";
  }

  /** The same with a given cache of converted graphs. */
  public HandEngine(HandctlConfig config, ModelFiles files, StageTimer timer, GraphCache graphs) {
    this.graphs = graphs;
    this.config = config;
    this.files = files;
    this.timer = timer;
    try {
      this.detector = newDetector();
      LandmarkModelFacts facts = ModelManifest.landmarks(files, config.models().landmarks());
      TfModel lm = keep(TfModel.load(files, config.models().landmarks(), config.models().intraOpThreads(), graphs));
      this.landmarker = keep(new HandLandmarker(lm, facts, config.landmarks(), timer));
      this.finder = new StillImageHandFinder(detector, landmarker, config.still().extraCandidates(),
          config.still().refinePasses(), config.still().partMaxAreaShare());
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private PalmDetector newDetector() {
    PalmModelFacts facts = ModelManifest.palm(files, config.models().detector());
    TfModel dm = keep(TfModel.load(files, config.models().detector(), config.models().intraOpThreads(), graphs));
    return keep(new PalmDetector(dm, facts, config.detector(), timer));
  }

  private <T extends AutoCloseable> T keep(T resource) {
    resources.push(resource);
    return resource;
  }

  public StillImageHandFinder finder() {
     return finder;
  }

  /**
   * Returns a new tracker over these models, for one frame stream at a time.
   *
   * @param concurrent whether palm searches may use a second thread (a second detector session is
   *     loaded for it, once); false runs everything on the caller's thread, so results do not
   *     depend on timing
   */
  public HandTracker tracker(boolean concurrent) {
    PalmSearcher searcher;
    if (concurrent) {
      if (workerDetector == null) {
        workerDetector = newDetector();
      }
      searcher = keep(PalmSearcher.concurrent(detector, workerDetector));
    } else {
      searcher = PalmSearcher.inline(detector);
    }
    return new HandTracker(searcher, landmarker, config.tracker(), config.idle());
  }

  /**
   * Runs each session once on a blank picture, so that TensorFlow's one-off work (graph
   * optimisation, oneDNN kernel set-up: 0.2-0.8 s per model) is done while the camera opens on its
   * own thread rather than on the first real frame.
   *
   * @return how long it took, in milliseconds
   */
  public long warmUp() {
    long start = System.nanoTime();
    RgbImage blank = new RgbImage(WARM_UP_WIDTH, WARM_UP_HEIGHT, new byte[WARM_UP_WIDTH * WARM_UP_HEIGHT * 3]);
    detector.detect(blank);
    if (workerDetector != null) {
      workerDetector.detect(blank);
    }
    landmarker.estimate(blank, new HandRegion(WARM_UP_WIDTH / 2.0, WARM_UP_HEIGHT / 2.0, WARM_UP_HEIGHT / 2.0, 0),
        false);
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static final int WARM_UP_WIDTH = 640;
  private static final int WARM_UP_HEIGHT = 480;

  @Override
  public void close() {
    while (!resources.isEmpty()) {
      try {
        resources.pop().close();
      } catch (Exception e) {
        // A searcher whose worker would not stop is still using the sessions created before it:
        // closing those under it would crash natively, so they are left open (and said so).
        LoggerFactory.getLogger("handctl").error("models left open: {}", e.getMessage());
        resources.clear();
      }
    }
  }
}
