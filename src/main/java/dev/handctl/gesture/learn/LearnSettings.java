package dev.handctl.gesture.learn;

/**
 * The numbers that decide which frames become examples and how far from them a hand may be.
 *
 * @param stillSpeed a hand holds still while its keypoints move less than this, in hand sizes per
 *     second (mean over the 21 keypoints). Lower keeps only very steady frames and may keep none
 *     from a shaky hand; higher lets in frames of a hand still forming the pose. A hand held still
 *     measures about 0.1-0.5 on the model's jitter, changing shape 1 and more.
 * @param stillMillis it must have held still this long before its frames count: the pose has
 *     settled. Longer skips more of the start of each hold.
 * @param maxExamples most examples kept (evenly spread over the kept frames): more covers more
 *     variation but costs more per frame when recognising (each frame is compared with every one)
 * @param percentile the share of leave-one-out nearest distances the reject distance covers, before
 *     the margin: lower ignores more outlying examples
 * @param margin the reject distance is the percentile times this: a new hand of the same pose is a
 *     little farther from the examples than they are from each other
 * @param minReject the reject distance is at least this, in hand sizes: examples from one steady
 *     hold are as alike as the model's jitter, which would make a reject distance that refuses the
 *     same pose made again a minute later
 * @param negativeShare with negatives, the reject distance is at most this share of the nearest
 *     negative's distance to the examples, so that none of them is accepted, with room to spare
 * @param sameHoldMillis in a video, examples of the same hold less than this apart do not count as
 *     each other's nearest (neighbouring frames are near copies and say nothing of the spread)
 */
public record LearnSettings(double stillSpeed, long stillMillis, int maxExamples, double percentile, double margin,
    double minReject, double negativeShare, long sameHoldMillis) {

  /** The defaults {@code handctl teach} uses. */
  public static final LearnSettings DEFAULTS = new LearnSettings(0.8, 300, 40, 0.9, 1.5, 0.08, 0.8, 400);

  /** Validates the fields; messages name the setting. */
  public LearnSettings {
    if (!(stillSpeed > 0) || stillMillis < 0 || maxExamples < 1 || maxExamples > 200 || !(percentile > 0)
        || percentile > 1 || !(margin >= 1) || !(minReject > 0) || !(negativeShare > 0) || negativeShare > 1
        || sameHoldMillis < 0) {
      throw new IllegalArgumentException("learn settings out of range: " + stillSpeed + ", " + stillMillis + ", "
          + maxExamples + ", " + percentile + ", " + margin + ", " + minReject + ", " + negativeShare + ", "
          + sameHoldMillis);
    }
  }

  /**
   * Returns these settings with another bound on the examples kept.
   *
   * @param n most examples (1-200)
   * @return a copy
   */
  public LearnSettings withMaxExamples(int n) {
    return new LearnSettings(stillSpeed, stillMillis, n, percentile, margin, minReject, negativeShare, sameHoldMillis);
  }
}
