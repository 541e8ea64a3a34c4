package dev.handctl.shell.portal;

import java.util.Map;

/**
 * The answer a portal request gave in its {@code org.freedesktop.portal.Request.Response} signal.
 *
 * @param code 0 success, 1 the user cancelled (refused), 2 ended another way (refused by policy, or
 *     the dialog could not be shown)
 * @param results the results, their D-Bus values as plain Java ones (strings, {@code Long} for
 *     unsigned, {@code Integer}, {@code Boolean})
 */
public record PortalResponse(int code, Map<String, Object> results) {
  /** The code of success. */
  public static final int SUCCESS = 0;
  /** The code of a user who cancelled the dialog. */
  public static final int CANCELLED = 1;

  /** Returns whether the request succeeded. */
  public boolean ok() {
    return code == SUCCESS;
  }

  /**
   * Returns a string result.
   *
   * @param key its name, such as {@code session_handle}
   * @return the value, or null when absent or not a string
   */
  public String string(String key) {
    return results.get(key) instanceof String s ? s : null;
  }

  /**
   * Returns a numeric result.
   *
   * @param key its name, such as {@code devices}
   * @param absent the value when it is absent
   * @return the value
   */
  public long number(String key, long absent) {
    return results.get(key) instanceof Number n ? n.longValue() : absent;
  }
}
