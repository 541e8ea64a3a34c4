/**
 * From keypoints to gestures: scale-free hand geometry ({@link dev.handctl.gesture.HandGeometry}),
 * declarative gesture definitions read from YAML files ({@link dev.handctl.gesture.GestureFileLoader}),
 * and the classifier that scores a hand against them. Plain Java, no native code.
 */
package dev.handctl.gesture;
