package dev.handctl.gesture.learn;

import dev.handctl.gesture.HandGeometry;
import dev.handctl.gesture.HandShape;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.PixelKeypoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects example frames of a pose: from a video or a camera, the frames where exactly one hand
 * has held still for {@link LearnSettings#stillMillis}; from photos, every photo with exactly one
 * hand. Counts why the other frames were not kept. Then {@link #examples} spreads a bounded number
 * of them evenly over what was kept.
 */
public final class StillFrameCollector {
  private final LearnSettings settings;
  private final List<Example> kept = new ArrayList<>();
  private int frames;
  private int photos;
  private int noHand;
  private int severalHands;
  private int moving;
  private int settling;
  private int hold;
  private List<PixelKeypoint> previous;
  private long previousNanos;
  private long stillSinceNanos;
  private boolean holding;

  /**
   * Creates a collector.
   *
   * @param settings what holding still means
   */
  public StillFrameCollector(LearnSettings settings) {
    this.settings = settings;
  }

  /**
   * Offers one frame of a video or camera, in order.
   *
   * @param timestampNanos the frame's time
   * @param hands the hands found in it
   * @param mirrored whether the frame is a mirrored (selfie) view
   * @param label the frame's name for messages
   */
  public void offerFrame(long timestampNanos, List<HandLandmarks> hands, boolean mirrored, String label) {
    frames++;
    if (hands.size() != 1) {
      if (hands.isEmpty()) {
        noHand++;
      } else {
        severalHands++;
      }
      previous = null;
      endHold();
      return;
    }
    List<PixelKeypoint> k = hands.get(0).keypoints();
    if (previous == null || timestampNanos <= previousNanos) {
      previous = k;
      previousNanos = timestampNanos;
      stillSinceNanos = timestampNanos;
      settling++;
      endHold();
      return;
    }
    double speed = speed(previous, k, (timestampNanos - previousNanos) / 1e9);
    previous = k;
    previousNanos = timestampNanos;
    if (speed > settings.stillSpeed()) {
      stillSinceNanos = timestampNanos;
      moving++;
      endHold();
      return;
    }
    if (timestampNanos - stillSinceNanos < settings.stillMillis() * 1_000_000L) {
      settling++;
      return;
    }
    if (!holding) {
      holding = true;
      hold++;
    }
    kept.add(example(hands.get(0), mirrored, timestampNanos, label));
  }

  /**
   * Offers one photo: it counts as held still.
   *
   * @param hands the hands found in it
   * @param mirrored whether it is a mirrored (selfie) view
   * @param label the photo's name for messages
   */
  public void offerPhoto(List<HandLandmarks> hands, boolean mirrored, String label) {
    frames++;
    photos++;
    endHold();
    previous = null;
    if (hands.size() != 1) {
      if (hands.isEmpty()) {
        noHand++;
      } else {
        severalHands++;
      }
      return;
    }
    hold++;
    kept.add(example(hands.get(0), mirrored, 0, label));
  }

  private void endHold() {
    holding = false;
  }

  private Example example(HandLandmarks hand, boolean mirrored, long t, String label) {
    double[] shape = HandShape.normalise(hand.keypoints(), HandGeometry.rightAsSeen(hand.handedness(), mirrored));
    return new Example(shape, hold, t, label);
  }

  /**
   * Mean keypoint speed between two frames, in hand sizes per second.
   *
   * @param a the earlier keypoints
   * @param b the later ones
   * @param seconds time between them (positive)
   * @return the speed
   */
  static double speed(List<PixelKeypoint> a, List<PixelKeypoint> b, double seconds) {
    double sum = 0;
    for (int i = 0; i < 21; i++) {
      sum += Math.hypot(a.get(i).xPx() - b.get(i).xPx(), a.get(i).yPx() - b.get(i).yPx());
    }
    double size = (HandLandmarks.sizePx(a) + HandLandmarks.sizePx(b)) / 2;
    return sum / 21 / size / seconds;
  }

  /** Returns how many frames or photos were offered. */
  public int frames() {
    return frames;
  }

  /** Returns how many were kept (before the bound on examples). */
  public int keptFrames() {
    return kept.size();
  }

  /**
   * Returns at most {@link LearnSettings#maxExamples} of the kept frames, evenly spread over them.
   *
   * @return the examples, in order
   */
  public List<Example> examples() {
    int n = Math.min(kept.size(), settings.maxExamples());
    List<Example> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(kept.get(n == 1 ? 0 : (int) Math.round(i * (kept.size() - 1) / (double) (n - 1))));
    }
    return out;
  }

  /**
   * Says how many frames were kept and why the others were not.
   *
   * @return one line
   */
  public String report() {
    int n = Math.min(kept.size(), settings.maxExamples());
    String used = n < kept.size() ? ", " + n + " of them used as examples" : "";
    if (photos == frames) {
      return String.format(Locale.ROOT, "%d of %d photos kept%s; not kept: %d without a hand, %d with more than"
          + " one hand", kept.size(), frames, used, noHand, severalHands);
    }
    return String.format(Locale.ROOT, "%d of %d frames kept (%d hold%s)%s; not kept: %d without a hand, %d with"
        + " more than one hand, %d moving (over %.2f hand sizes/s), %d settling (still for less than %d ms)",
        kept.size(), frames, hold, hold == 1 ? "" : "s", used, noHand,
        severalHands, moving, settings.stillSpeed(), settling, settings.stillMillis());
  }
}
