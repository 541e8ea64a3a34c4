/**
 * What gestures do to the computer: bindings from gestures to actions, the pointer controller, the
 * engine that turns gesture events into mouse and keyboard input with its safety rules, and the
 * {@link dev.handctl.action.ActionSink} that input goes to (the real one lives in the shell, a
 * recording one here).
 *
 * <p>The engine, {@link dev.handctl.action.ActionDriver}, keeps the poses and the settle and pause
 * rules, and wires package-private parts: {@code HandRoster}, the hands it knows, kept up to date
 * from each frame's {@link dev.handctl.hand.TrackedFrame} report of new and lost hands;
 * {@code PressLedger}, a sink in front of the real one that knows which buttons and keys are down
 * and keeps the click rate; {@code PointerSteering}, which hand steers the pointer and where a
 * click was aimed; {@code ClickDrag}, clicks and the armed/dragging state machine of a drag pose;
 * and {@code LastingBindings}, what a lasting binding does when it starts, per frame and at its
 * end. Whether a pose's fingers are closing is the recognizer's signal in each frame
 * ({@link dev.handctl.gesture.FingerClosures}), not worked out here.
 */
package dev.handctl.action;
