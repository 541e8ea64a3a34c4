package dev.handctl.app;

import dev.handctl.capture.ImageReadException;
import dev.handctl.capture.RgbImage;
import dev.handctl.capture.StillImageReader;
import dev.handctl.eval.AnalysedPhoto;
import dev.handctl.eval.EvalInputException;
import dev.handctl.eval.FoundHand;
import dev.handctl.eval.PhotoAnalyzer;
import dev.handctl.gesture.GestureMatch;
import dev.handctl.gesture.HandGeometry;
import dev.handctl.gesture.StaticGestureClassifier;
import dev.handctl.hand.DetectedHand;
import dev.handctl.hand.track.StillImageHandFinder;
import java.nio.file.Path;
import java.util.List;

/**
 * The still-image pipeline of {@code handctl detect} as {@code handctl eval} sees it: hand finder,
 * then the static gesture classifier on each hand, photos taken as not mirrored.
 */
public final class StillPhotoAnalyzer implements PhotoAnalyzer {
  private final StillImageReader reader = new StillImageReader();
  private final StillImageHandFinder finder;
  private final StaticGestureClassifier gestures;
  private final int maxHands;

  public StillPhotoAnalyzer(StillImageHandFinder finder, StaticGestureClassifier gestures, int maxHands) {
    this.finder = finder;
    this.gestures = gestures;
    this.maxHands = maxHands;
  }

  @Override
  public AnalysedPhoto analyse(Path image) throws EvalInputException {
    RgbImage pixels;
    try {
      pixels = reader.read(image);
    } catch (ImageReadException e) {
      throw new EvalInputException(e.getMessage());
    }
    List<DetectedHand> hands = finder.find(pixels, maxHands);
    List<FoundHand> found = hands.stream().map(h -> new FoundHand(h.landmarks().box(), h.landmarks().keypoints(),
        gestures.classify(HandGeometry.of(h.landmarks(), false, gestures.geometry())).map(GestureMatch::name)
            .orElse(null))).toList();
    return new AnalysedPhoto(pixels.width(), pixels.height(), found);
  }
}
