/**
 * From keypoints to gestures: scale-free hand geometry ({@link dev.handctl.gesture.HandGeometry}),
 * declarative gesture definitions read from YAML files ({@link dev.handctl.gesture.file.GestureFileLoader},
 * with each rule block read by a package-private parser), the classifier that scores a hand against
 * them, the recognizer that turns frames into gesture events (it times the poses itself and leaves
 * speeds and swipe strokes to a package-private helper), and
 * the "fingers closing" signal each frame carries ({@link dev.handctl.gesture.FingerClosures}: how
 * far each hand's fingers are from each pinch-like pose), which the action code reads instead of
 * the gesture rules. Plain Java, no native code.
 */
package dev.handctl.gesture;
