/**
 * The chain after tracking, written once: smoothing, gesture recognition and action driving, as
 * the daemon, {@code replay}, {@code eval} and the tests run it. May use {@code hand}, {@code filter},
 * {@code gesture} and {@code action}; no {@code java.awt}, no native libraries.
 */
package dev.handctl.pipeline;
