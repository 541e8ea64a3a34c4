/**
 * What each model is, read from the manifest beside its weights ({@code models/NAME.manifest.yaml}):
 * tensor names, input size and value range, output layout, anchors, z scale. The facts are not
 * settings, so a user's file cannot put the pre-processing out of step with the weights. Imports
 * {@code hand}, {@code io} (bounded YAML) and {@code inference}'s model files and errors.
 */
package dev.handctl.hand.model;
