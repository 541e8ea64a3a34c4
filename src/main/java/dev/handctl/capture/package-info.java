/**
 * Getting pixels into handctl: still images, folders of images, video files, and cameras.
 *
 * <p>Everything is a {@link dev.handctl.capture.FrameSource}, opened from a command-line argument by
 * {@link dev.handctl.capture.FrameSources}:
 *
 * <ul>
 *   <li>Offline sources hand out every frame, in order, as fast as the caller asks:
 *       {@link dev.handctl.capture.ImageFolderSource} and {@link dev.handctl.capture.VideoFileSource}
 *       (optionally decoding up to two frames ahead on a thread of its own).
 *   <li>Live sources produce frames in real time on their own thread and hand out only the newest:
 *       {@link dev.handctl.capture.CameraSource} (waits for, reopens and retries cameras, reporting
 *       {@link dev.handctl.capture.SourceStatus}) and {@link dev.handctl.capture.PacedVideoSource}
 *       (a video file played as a camera would deliver it). Both share
 *       {@code LatestFrameExchange}: triple-buffered newest-frame hand-over that converts a frame to
 *       RGB only when the consumer will take it, and drops stale frames rather than queueing them.
 * </ul>
 *
 * <p>The one way out is {@link dev.handctl.capture.ClipRecorder}: frames of any source into a
 * {@link dev.handctl.capture.FrameSink}, a {@link dev.handctl.capture.VideoFileWriter} for
 * {@code handctl record} and for {@code dev.handctl.shell}'s {@code AnnotatedVideoWriter}, which
 * draws the hands with {@code java.awt} and hands the frames here (plain RGB frames through FFmpeg).
 *
 * <p>Image buffers are reused: a frame's bytes are valid until the next call to
 * {@link dev.handctl.capture.FrameSource#next()}, and no source allocates an image buffer per frame
 * in the steady state (only when the frame size changes). Video frames come out upright: the display
 * rotation of phone videos is applied ({@link dev.handctl.capture.VideoFileReader}).
 *
 * <p>Native code (OpenCV and FFmpeg through JavaCV) stays in this package, and the camera's native
 * edge is the small {@link dev.handctl.capture.CameraDevice} interface so that tests can fake it.
 * What leaves the package is an {@link dev.handctl.capture.RgbImage}, a plain Java pixel buffer the
 * rest of the pipeline can use and test without natives.
 */
package dev.handctl.capture;
