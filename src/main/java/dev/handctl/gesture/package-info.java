/**
 * From keypoints to gestures: scale-free hand geometry ({@link dev.handctl.gesture.HandGeometry}),
 * declarative gesture definitions read from YAML files ({@link dev.handctl.gesture.GestureFileLoader}),
 * the classifier that scores a hand against them, the recognizer that turns frames into gesture
 * events, and {@link dev.handctl.gesture.ClosingFingers}, which tells the action code how far a
 * click or drag pose's fingers have closed. Plain Java, no native code.
 */
package dev.handctl.gesture;
