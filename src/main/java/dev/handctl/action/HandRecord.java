package dev.handctl.action;

import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.Handedness;
import dev.handctl.hand.PixelKeypoint;
import dev.handctl.hand.PixelPoint;
import java.util.ArrayList;
import java.util.List;

/** What the {@link ActionDriver} knows of one tracked hand; its parts read it, only it writes. */
final class HandRecord {
  final int id;
  final long firstSeenNanos;
  Handedness handedness;
  /** Smoothed keypoints, as the gestures saw them. */
  List<PixelKeypoint> keypoints;
  /** The model's keypoints, which the pointer filters itself. */
  List<PixelKeypoint> rawKeypoints;
  /** The static pose under way (from its start to its end event), or null. */
  String pose;
  /** The pose started after the hand settled and while running, so it may press buttons and keys. */
  boolean poseFresh;
  /** Whether the hand's settling was seen (and a still hand's pose under way made fresh). */
  boolean settleSeen;
  /** Where the palm centre was when the hand was found, in image pixels. */
  double foundXPx = Double.NaN;
  double foundYPx;
  /** How far the palm went from there during the settle time, in hand sizes. */
  double settleTravelHandSizes;
  final List<Engagement> engaged = new ArrayList<>();

  HandRecord(int id, long firstSeenNanos) {
    this.id = id;
    this.firstSeenNanos = firstSeenNanos;
  }

  /** Notes how far the palm has gone from where the hand was found, until it settles. */
  void measureSettleTravel() {
    PixelPoint c = HandLandmarks.palmCentre(keypoints);
    if (Double.isNaN(foundXPx)) {
      foundXPx = c.xPx();
      foundYPx = c.yPx();
    }
    double travel = Math.hypot(c.xPx() - foundXPx, c.yPx() - foundYPx) / HandLandmarks.sizePx(keypoints);
    settleTravelHandSizes = Math.max(settleTravelHandSizes, travel);
  }
}
