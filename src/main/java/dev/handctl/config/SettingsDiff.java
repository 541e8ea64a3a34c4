package dev.handctl.config;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which settings differ between two configurations ({@code pointer.gainPxPerHandSize: 1200.0 ->
 * 1500.0}), for the reload line: a user who edits the file sees that the change was read, and an
 * edit that changed nothing shows as nothing. Walks the typed settings' records, so a setting is
 * named by its path in {@code config.yaml} where the records follow the file, and by the block
 * where a record folds one into a single value ({@code pointer.acceleration} for
 * {@code pointer.acceleration.enabled}).
 */
public final class SettingsDiff {
  /** A value printed longer than this is cut, so that one list does not flood the log. */
  private static final int MAX_VALUE_CHARS = 60;

  private SettingsDiff() {}

  /**
   * Lists the settings that changed.
   *
   * @param before the settings in use
   * @param after the settings read
   * @return one {@code path: old -> new} per changed setting, in the order of the settings
   */
  public static List<String> changes(HandctlConfig before, HandctlConfig after) {
    List<String> out = new ArrayList<>();
    walk("", before, after, out);
    return out;
  }

  private static void walk(String path, Object before, Object after, List<String> out) {
    if (Objects.equals(before, after)) {
      return;
    }
    if (before == null || after == null || !before.getClass().isRecord() || before.getClass() != after.getClass()) {
      out.add(path + ": " + shown(before) + " -> " + shown(after));
      return;
    }
    for (RecordComponent c : before.getClass().getRecordComponents()) {
      walk(path.isEmpty() ? c.getName() : path + "." + c.getName(), read(c, before), read(c, after), out);
    }
  }

  private static Object read(RecordComponent c, Object record) {
    try {
      c.getAccessor().setAccessible(true);
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read setting " + c.getName(), e);
    }
  }

  private static String shown(Object value) {
    String s = String.valueOf(value);
    return s.length() <= MAX_VALUE_CHARS ? s : s.substring(0, MAX_VALUE_CHARS - 1) + "…";
  }
}
