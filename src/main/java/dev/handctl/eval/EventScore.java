package dev.handctl.eval;

import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link EventScorer} counted on one clip, or summed over several.
 *
 * @param pinchLabels certain pinch labels
 * @param pinchesRecognised of those, how many a pinch gesture started for
 * @param pinchesActed of those, how many a button press was matched to (a click or a drag)
 * @param clicks matched presses released without the pointer moving in between
 * @param drags matched presses with pointer moves before their release
 * @param heldLabels certain pinch labels lasting at least the hold time (a drag is expected)
 * @param heldDragged of those, how many were matched to a drag
 * @param falsePinches pinch starts outside every pinch label
 * @param falseClicks presses outside every pinch label, or a second press for one label
 * @param swipeLabels certain swipe labels per direction
 * @param swipesRecognised of those, per direction, how many a swipe of that direction fired for
 * @param swipesScrolled of those, how many a scroll from that swipe was matched to
 * @param falseSwipes swipes outside every swipe label, of the wrong direction, or a second one
 * @param falseScrolls scrolls not matched to a certain swipe label (or inside an uncertain one)
 * @param poseStarts static poses other than the pinch that started
 * @param poseFlashes of those, how many ended within the flash time: shapes a hand passed
 *     through on the way to another, which a binding would have fired on
 */
public record EventScore(int pinchLabels, int pinchesRecognised, int pinchesActed, int clicks, int drags,
    int heldLabels, int heldDragged, int falsePinches, int falseClicks, Map<String, Integer> swipeLabels,
    Map<String, Integer> swipesRecognised, int swipesScrolled, int falseSwipes, int falseScrolls, int poseStarts,
    int poseFlashes) {

  /** Copies the maps, sorted by direction. */
  public EventScore {
    // Map.copyOf's order changes from run to run; the table and --json print in this order.
    swipeLabels = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(swipeLabels));
    swipesRecognised = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(swipesRecognised));
  }

  /** Returns the certain swipe labels, all directions. */
  public int swipeLabelCount() {
    return swipeLabels.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Returns the swipes recognised with the right direction, all directions. */
  public int swipesRecognisedCount() {
    return swipesRecognised.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Returns the sum of this and another score. */
  public EventScore plus(EventScore o) {
    return new EventScore(pinchLabels + o.pinchLabels, pinchesRecognised + o.pinchesRecognised,
        pinchesActed + o.pinchesActed, clicks + o.clicks, drags + o.drags, heldLabels + o.heldLabels,
        heldDragged + o.heldDragged, falsePinches + o.falsePinches, falseClicks + o.falseClicks,
        sum(swipeLabels, o.swipeLabels), sum(swipesRecognised, o.swipesRecognised),
        swipesScrolled + o.swipesScrolled, falseSwipes + o.falseSwipes, falseScrolls + o.falseScrolls,
        poseStarts + o.poseStarts, poseFlashes + o.poseFlashes);
  }

  /** The score of nothing, to sum from. */
  public static EventScore zero() {
    return new EventScore(0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(), 0, 0, 0, 0, 0);
  }

  private static Map<String, Integer> sum(Map<String, Integer> a, Map<String, Integer> b) {
    Map<String, Integer> m = new TreeMap<>(a);
    b.forEach((k, v) -> m.merge(k, v, Integer::sum));
    return m;
  }
}
