/**
 * What gestures do to the computer: bindings from gestures to actions, the pointer controller, the
 * engine that turns gesture events into mouse and keyboard input with its safety rules, and the
 * {@link dev.handctl.action.ActionSink} that input goes to (the real one lives in the shell, a
 * recording one here).
 */
package dev.handctl.action;
