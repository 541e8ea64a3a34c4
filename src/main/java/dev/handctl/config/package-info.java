/**
 * Settings and the files around them: built-in defaults from {@code handctl-defaults.yaml} in the
 * jar, overridden key by key by a user file, read with Apache Commons Configuration and mapped to the
 * typed, validated settings records of each stage; the user's own folders (created on first run);
 * the gesture library and the watcher that notices edits (Commons Configuration's reloading
 * detectors); {@link dev.handctl.config.ConfigEditor}, which sets one setting in the user's file
 * text (for the settings window) keeping every other line as it was.
 */
package dev.handctl.config;
