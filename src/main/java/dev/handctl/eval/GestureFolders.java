package dev.handctl.eval;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which gesture a folder of photos shows, from the folder's name.
 *
 * <p>The name is lower-cased and every run of characters other than letters and digits becomes
 * one {@code _} ({@code Open Palm-5} reads as {@code open_palm_5}). It then names a gesture when it
 * is that gesture's name or one of the {@link #ALIASES}, or starts with one followed by {@code _}:
 * {@code pointing_up_one} is {@code pointing}, {@code victory_two} is {@code victory},
 * {@code open_palm_five} is {@code open_palm}. The longest match wins ({@code thumbs_up_left} is
 * {@code thumbs_up}, not a gesture called {@code thumbs}). A folder that names no gesture
 * ({@code negatives}, {@code no_hand}, {@code other}) expects none: a photo there is right when no
 * gesture is recognised.
 *
 * <p>The aliases are the class names of common gesture data sets (MediaPipe Gesture Recognizer's
 * {@code Closed_Fist}, {@code Pointing_Up}, {@code Thumb_Up}, {@code Open_Palm}; HaGRID's
 * {@code palm}, {@code like}, {@code peace}, {@code one}) and plain words for the shipped gestures.
 */
public final class GestureFolders {
  /** Other names of the shipped gestures, alias to gesture. */
  public static final Map<String, String> ALIASES = aliases();

  private GestureFolders() {}

  private static Map<String, String> aliases() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("closed_fist", "fist");
    m.put("point", "pointing");
    m.put("pointing_up", "pointing");
    m.put("index", "pointing");
    m.put("one", "pointing");
    m.put("peace", "victory");
    m.put("v_sign", "victory");
    m.put("two", "victory");
    m.put("open_hand", "open_palm");
    m.put("palm", "open_palm");
    m.put("five", "open_palm");
    m.put("stop", "open_palm");
    m.put("thumb_up", "thumbs_up");
    m.put("thumbsup", "thumbs_up");
    m.put("like", "thumbs_up");
    return Map.copyOf(m);
  }

  /**
   * Returns the gesture a folder shows.
   *
   * @param folderName the folder's own name (not its path)
   * @param gestures the names of the gestures known
   * @return the gesture, or empty when the folder expects none
   */
  public static Optional<String> expectedGesture(String folderName, Collection<String> gestures) {
    String name = normalise(folderName);
    String best = null;
    int bestLength = 0;
    for (String g : gestures) {
      String key = normalise(g);
      if (names(name, key) && key.length() > bestLength) {
        best = g;
        bestLength = key.length();
      }
    }
    for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
      if (names(name, alias.getKey()) && alias.getKey().length() > bestLength) {
        best = alias.getValue();
        bestLength = alias.getKey().length();
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean names(String folder, String key) {
    return !key.isEmpty() && (folder.equals(key) || folder.startsWith(key + "_"));
  }

  static String normalise(String s) {
    String n = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_");
    return n.replaceAll("^_+|_+$", "");
  }
}
