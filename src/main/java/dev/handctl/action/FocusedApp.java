package dev.handctl.action;

import java.util.List;

/**
 * The application in front, and which bindings it lets through: those for every application, and
 * those naming it ({@code apps:}); a binding for every application gives way to one for the
 * application in front on the same gesture, phase and hand, so a per-application line overrides
 * the default one rather than firing beside it.
 */
final class FocusedApp {
  private List<String> names = List.of();

  /** The application in front changed (its names, lower case), or became unknown (empty). */
  void set(List<String> newNames) {
    names = List.copyOf(newNames);
  }

  /** Whether a binding applies now. */
  boolean allows(Binding b, List<Binding> all) {
    if (!b.appliesTo(names)) {
      return false;
    }
    if (!b.apps().isEmpty()) {
      return true;
    }
    for (Binding other : all) {
      if (!other.apps().isEmpty() && other.gesture().equals(b.gesture()) && other.on() == b.on()
          && other.hand() == b.hand() && other.appliesTo(names)) {
        return false;
      }
    }
    return true;
  }
}
