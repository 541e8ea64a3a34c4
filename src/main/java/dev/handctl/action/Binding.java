package dev.handctl.action;

import dev.handctl.gesture.GesturePhase;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of the bindings: a gesture (and, for one-shot actions, a phase of it) and what it does.
 *
 * @param gesture the gesture's name
 * @param action what happens
 * @param on for one-shot actions, the phase that fires it (start; hold: each hold event; end); for
 *     lasting ones ({@link #lasting()}) always {@link GesturePhase#START}, as they last from start to end
 * @param button the mouse button of click, double click and drag (LEFT for the other actions)
 * @param keys the keys of a KEY action, else null
 * @param holdKeys for a KEY action, whether the keys stay down while the pose lasts, rather than a
 *     press and release on the phase
 * @param scrollDirection the direction of a SCROLL action, else null
 * @param scrollSteps for a SCROLL action: wheel steps per firing, or steps per second with
 *     {@code scrollRate}
 * @param scrollRate whether a SCROLL action scrolls continuously while the pose lasts
 * @param hand which hand the binding listens to
 * @param apps the applications it applies to, by X11 class or instance name (any case), or empty for
 *     every application
 * @param file the file the binding came from, for messages
 * @param line the line in that file
 */
public record Binding(
    String gesture,
    ActionKind action,
    GesturePhase on,
    MouseButton button,
    KeyChord keys,
    boolean holdKeys,
    ScrollDirection scrollDirection,
    double scrollSteps,
    boolean scrollRate,
    HandSelector hand,
    List<String> apps,
    String file,
    int line) {

  /** Checks the fields that must be there. */
  public Binding {
    Objects.requireNonNull(gesture, "gesture");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(button, "button");
    Objects.requireNonNull(hand, "hand");
    apps = apps == null ? List.of() : apps.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
    if (action == ActionKind.KEY && keys == null) {
      throw new IllegalArgumentException("a key binding needs keys");
    }
    if (action == ActionKind.SCROLL && scrollDirection == null) {
      throw new IllegalArgumentException("a scroll binding needs a direction");
    }
  }

  /**
   * Returns whether this binding applies with an application in front.
   *
   * @param focused the focused window's application names (class and instance, lower case), or
   *     empty when unknown: then only bindings for every application apply
   * @return whether it applies
   */
  public boolean appliesTo(List<String> focused) {
    if (apps.isEmpty()) {
      return true;
    }
    for (String name : focused) {
      if (apps.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether this binding lasts as long as the pose, rather than firing once on a phase. */
  public boolean lasting() {
    return action.lasting() || (action == ActionKind.SCROLL && scrollRate) || (action == ActionKind.KEY && holdKeys);
  }

  /** Returns whether this binding steers the pointer (move, clutch, drag). */
  public boolean pointer() {
    return action == ActionKind.MOVE || action == ActionKind.CLUTCH || action == ActionKind.DRAG;
  }

  /** Returns where the binding was written, as {@code file:line}. */
  public String origin() {
    return file + ":" + line;
  }
}
