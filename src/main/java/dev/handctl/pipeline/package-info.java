/**
 * The chain after tracking, written once: smoothing, gesture recognition and action driving, as
 * the daemon, {@code replay}, {@code eval} and the tests run it. Tracked video comes with the
 * tracker's own report of new and lost hands ({@link dev.handctl.hand.TrackedFrame}), which the chain
 * uses as is, keeping no id state (so a chain rebuilt on a reload misses no hand that is lost);
 * hands with no tracker behind them (landmark recordings) have the report worked out from their ids. May use {@code hand}, {@code filter},
 * {@code gesture} and {@code action}; no {@code java.awt}, no native libraries.
 */
package dev.handctl.pipeline;
