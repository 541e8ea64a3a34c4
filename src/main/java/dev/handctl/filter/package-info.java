/**
 * Smoothing of noisy per-frame measurements, mainly the hand keypoints, without a fixed frame rate,
 * and robust summaries of them ({@link dev.handctl.filter.Quantiles}).
 *
 * <p>Keypoints from the landmark model jitter by a pixel or two from frame to frame even when the
 * hand is still. A plain low-pass filter trades that jitter against lag; the One Euro filter
 * ({@link dev.handctl.filter.OneEuroFilter}, Casiez, Roussel and Vogel, CHI 2012, as implemented in
 * MediaPipe) adapts its cutoff to the speed of the signal: heavy smoothing while still, little lag
 * while moving. Its three settings are in {@link dev.handctl.filter.OneEuroConfig}, which also
 * explains how to tune them.
 *
 * <p>{@link dev.handctl.filter.LandmarkSmoother} applies one filter per coordinate of the 21
 * keypoints of one hand and measures speed in hand sizes per second, so one configuration works
 * whether the hand is near the camera or far from it.
 *
 * <p>All filters take real capture timestamps in nanoseconds: camera frame rates drift and frames
 * get dropped, and a filter that assumed a nominal rate would smooth more or less than configured.
 * The classes are not thread-safe; use one instance per tracked signal and thread.
 */
package dev.handctl.filter;
