package dev.handctl.action.calibrate;

import dev.handctl.action.PointerSettings;

/**
 * What a calibration found.
 *
 * @param region the part of the camera picture to map onto the desktop (absolute mode)
 * @param gainPxPerHandSize the relative-mode gain that crosses the desktop with one sweep over the
 *     region (see {@link ReachCalibration#gainFor})
 * @param stillFrames how many frames had the hand held still
 * @param holds how many separate still holds there were
 * @param handSizePx the median hand size over the still frames, pixels
 * @param widthHandSizes the region's width in hand sizes
 * @param heightHandSizes the region's height in hand sizes
 */
public record Calibration(PointerSettings.CameraRegion region, double gainPxPerHandSize, int stillFrames, int holds,
    double handSizePx, double widthHandSizes, double heightHandSizes) {}
