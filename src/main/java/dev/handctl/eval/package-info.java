/**
 * Measuring recognition against labelled real data: the label formats, the matching rules and the
 * scores, as plain Java (the commands in {@code dev.handctl.app} run the pipeline and print). May
 * use {@code hand}, {@code gesture} and {@code action} types; no models, no native libraries.
 */
package dev.handctl.eval;
