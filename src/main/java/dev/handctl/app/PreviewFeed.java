package dev.handctl.app;

import dev.handctl.capture.RgbImage;
import dev.handctl.gesture.GestureEvent;
import dev.handctl.gesture.GesturePhase;
import dev.handctl.hand.TrackedHand;
import dev.handctl.pipeline.LatencyWindow;
import dev.handctl.shell.preview.Preview;
import dev.handctl.shell.preview.PreviewWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What the preview shows besides the picture: each hand's pose (the last gesture that started and
 * has not ended), the pointer's mode, the state, the frame rate and the latest actions' latency. Pipeline thread only, but for
 * {@link #restartRate()}.
 */
final class PreviewFeed {
  private final Preview preview;
  private final Supplier<String> state;
  private final Map<Integer, String> poses = new TreeMap<>();
  private long fpsWindowStartNanos;
  private int fpsFrames;
  private double fps = Double.NaN;
  /** Set by another thread when the state changed: the rate is measured afresh. */
  private volatile boolean restartRate;

  /**
   * @param preview where to show the frames
   * @param state the state's words to show with them
   */
  PreviewFeed(Preview preview, Supplier<String> state) {
    this.preview = preview;
    this.state = state;
  }

  /**
   * Takes one frame's gesture events, for the poses, and counts the frame, for the rate.
   *
   * @param events the frame's gesture events
   * @param hands the smoothed hands; the poses of hands gone are forgotten
   */
  void count(List<GestureEvent> events, List<TrackedHand> hands) {
    for (GestureEvent e : events) {
      if (e.phase() == GesturePhase.START) {
        poses.put(e.handId(), e.name());
      } else if (e.phase() == GesturePhase.END && e.name().equals(poses.get(e.handId()))) {
        poses.remove(e.handId());
      }
    }
    poses.keySet().removeIf(id -> hands.stream().noneMatch(h -> h.id() == id));
    countFrame();
  }

  /**
   * Shows the frame when the preview is shown.
   *
   * @param picture the camera picture, or null
   * @param hands the smoothed hands
   * @param pointerMode what the pointer is doing; asked only when shown
   */
  void show(RgbImage picture, int widthPx, int heightPx, List<TrackedHand> hands, Supplier<String> pointerMode,
      LatencyWindow latencies) {
    if (!preview.visible()) {
      return;
    }
    List<String> labels = new ArrayList<>();
    for (TrackedHand h : hands) {
      labels.add("#" + h.id() + " " + h.landmarks().handedness().label() + ": " + poses.getOrDefault(h.id(), "-"));
    }
    double[] p = latencies.percentilesMillis(50, 95);
    preview.show(picture, widthPx, heightPx, hands,
        PreviewWindow.status(labels, pointerMode.get(), state.get(), fps, p[0], p[1]));
  }

  /** Forgets the poses: a failed frame may have left them half updated. */
  void clear() {
    poses.clear();
  }

  /**
   * Measures the rate afresh from the next frame (a pause, an end or a new source: the rate of
   * before is not this one's). Any thread.
   */
  void restartRate() {
    restartRate = true;
  }

  private void countFrame() {
    long now = System.nanoTime();
    if (restartRate) {
      restartRate = false;
      fpsFrames = 0;
      fps = Double.NaN;
    }
    if (fpsFrames == 0) {
      fpsWindowStartNanos = now;
    }
    fpsFrames++;
    if (now - fpsWindowStartNanos >= 1_000_000_000L) {
      fps = (fpsFrames - 1) * 1e9 / (now - fpsWindowStartNanos);
      fpsFrames = 0;
    }
  }
}
