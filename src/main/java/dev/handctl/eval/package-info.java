/**
 * Measuring recognition against labelled real data: the label formats (event labels on clips,
 * photo folders per gesture, reference keypoints), the matching rules and the scores, as plain
 * Java; the commands in {@code dev.handctl.app} run the pipeline and print. May use {@code hand},
 * {@code gesture} and {@code action} types; no models, no native libraries, no {@code java.awt}.
 */
package dev.handctl.eval;
