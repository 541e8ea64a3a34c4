/**
 * Getting pixels into handctl: still images now, cameras and videos later.
 *
 * <p>Native code (OpenCV through JavaCV) stays in this package; what leaves it is an
 * {@link dev.handctl.capture.RgbImage}, a plain Java pixel buffer the rest of the pipeline can use
 * and test without natives.
 */
package dev.handctl.capture;
