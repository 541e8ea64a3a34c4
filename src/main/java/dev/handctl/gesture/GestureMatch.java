package dev.handctl.gesture;

/**
 * The gesture a hand shows in one frame.
 *
 * @param name the gesture's name
 * @param score how well it matched, 0..1
 */
public record GestureMatch(String name, double score) {}
