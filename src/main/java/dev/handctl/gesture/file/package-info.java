/**
 * Gesture definition files: reading the YAML rule blocks of {@code gestures/*.yaml} into
 * {@link dev.handctl.gesture.GestureDefinition}s, with every problem reported by file, line and what
 * was expected. Imports {@code gesture} and {@code io}; {@code gesture} itself knows nothing of files.
 */
package dev.handctl.gesture.file;
