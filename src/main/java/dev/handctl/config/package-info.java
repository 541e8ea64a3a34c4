/**
 * Settings: built-in defaults from {@code handctl-defaults.yaml} in the jar, overridden key by key
 * by a user file, read with Apache Commons Configuration and mapped to the typed, validated
 * settings records of each stage.
 */
package dev.handctl.config;
