package dev.handctl.action;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keys pressed together, written {@code ctrl+alt+left}: modifiers first, pressed in order and
 * released in reverse.
 *
 * @param keys canonical key names (see {@link KeyNames}), at least one
 */
public record KeyChord(List<String> keys) {
  /** Copies the list and checks it. */
  public KeyChord {
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a key combination needs at least one key");
    }
  }

  /**
   * Parses a combination such as {@code ctrl+alt+left}.
   *
   * @param text the combination
   * @return the chord, modifiers first
   * @throws IllegalArgumentException naming the unknown or repeated key
   */
  public static KeyChord parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("expected keys joined by '+', such as ctrl+alt+left, got nothing");
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String part : text.split("\\+", -1)) {
      String name = KeyNames.canonical(part);
      if (name == null) {
        throw new IllegalArgumentException("unknown key '" + part.strip() + "' in '" + text
            + "'; expected keys joined by '+' from: " + String.join(", ", KeyNames.all()));
      }
      if (!seen.add(name)) {
        throw new IllegalArgumentException("key '" + name + "' appears twice in '" + text + "'");
      }
    }
    List<String> ordered = new ArrayList<>();
    seen.stream().filter(KeyNames::isModifier).forEach(ordered::add);
    seen.stream().filter(k -> !KeyNames.isModifier(k)).forEach(ordered::add);
    return new KeyChord(ordered);
  }

  /**
   * Tells whether two chords press the same keys, in whatever order they were written
   * ({@code alt+ctrl+h} and {@code ctrl+alt+h} are one chord).
   *
   * @param other another chord
   * @return whether both hold the same set of keys
   */
  public boolean sameKeys(KeyChord other) {
    return other != null && Set.copyOf(keys).equals(Set.copyOf(other.keys));
  }

  /** Tells whether the chord holds a modifier and a key that is not one (ctrl+alt+h, not h or ctrl+alt). */
  public boolean hasModifierAndKey() {
    return keys.stream().anyMatch(KeyNames::isModifier) && keys.stream().anyMatch(k -> !KeyNames.isModifier(k));
  }

  @Override
  public String toString() {
    return String.join("+", keys);
  }
}
