package dev.handctl.testing;

import dev.handctl.capture.RgbImage;
import dev.handctl.config.ConfigLoader;
import dev.handctl.hand.PixelBox;
import dev.handctl.hand.PixelPoint;
import dev.handctl.hand.detect.PalmDetection;
import dev.handctl.hand.detect.PalmDetectorConfig;
import dev.handctl.hand.track.PalmSearcher;
import dev.handctl.hand.track.PalmSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A palm source for tracker tests without the models: it finds a palm at every scripted palm
 * centre, upright, with the shipped detector settings, searching inline (never in the background).
 */
public final class ScriptedPalms implements PalmSource {
  private final Supplier<List<double[]>> centres;
  private final double handSizePx;
  private final double boxHalfSidePx;

  /**
   * Creates the source.
   *
   * @param centres the palm centres {x, y} in the frame being searched, read on every search
   * @param handSizePx wrist to middle-finger base of the palms it finds
   * @param boxHalfSidePx half the side of their boxes
   */
  public ScriptedPalms(Supplier<List<double[]>> centres, double handSizePx, double boxHalfSidePx) {
    this.centres = centres;
    this.handSizePx = handSizePx;
    this.boxHalfSidePx = boxHalfSidePx;
  }

  @Override
  public PalmDetectorConfig config() {
    return ConfigLoader.defaults().detector();
  }

  @Override
  public boolean concurrent() {
    return false;
  }

  @Override
  public List<PalmDetection> search(RgbImage image, PalmSearcher.Passes passes) {
    List<PalmDetection> found = new ArrayList<>();
    double half = handSizePx / 2;
    for (double[] c : centres.get()) {
      List<PixelPoint> points = new ArrayList<>(7);
      points.add(new PixelPoint(c[0], c[1] + half)); // wrist
      points.add(new PixelPoint(c[0] - half / 2, c[1] - half));
      points.add(new PixelPoint(c[0], c[1] - half)); // middle finger base
      for (int i = 0; i < 4; i++) {
        points.add(new PixelPoint(c[0], c[1]));
      }
      found.add(new PalmDetection(0.9, new PixelBox(c[0] - boxHalfSidePx, c[1] - boxHalfSidePx,
          c[0] + boxHalfSidePx, c[1] + boxHalfSidePx), points));
    }
    return found;
  }

  @Override
  public void startBackground(RgbImage image, PalmSearcher.Passes passes) {
    throw new UnsupportedOperationException("scripted palms are searched inline");
  }

  @Override
  public boolean backgroundPending() {
    return false;
  }

  @Override
  public List<PalmDetection> takeBackgroundResult() {
    return null;
  }

  @Override
  public void discardBackground() {}
}
