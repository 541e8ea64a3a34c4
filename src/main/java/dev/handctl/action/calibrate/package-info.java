/**
 * Reach calibration: from a stream of one hand held still at the corners of the area the user can
 * reach comfortably, the part of the camera picture that absolute mode maps onto the desktop
 * ({@code pointer.absoluteRegion}) and a matching relative-mode gain. Pure logic on keypoints; the
 * command ({@code handctl calibrate}) reads the frames and writes the settings.
 */
package dev.handctl.action.calibrate;
