package dev.handctl.shell;

/**
 * Remembers when handctl itself pressed keys, so that the global hotkey listener can tell the
 * user's keystrokes from handctl's own: the operating system's hook reports injected keys like real
 * ones, and a gesture must never pause or resume handctl through its hotkey.
 */
public final class InjectedKeys {
  /** How long after an injected key the hook may still deliver it (it reads the input stream asynchronously). */
  private static final long GRACE_NANOS = 500_000_000L;

  private volatile int down;
  private volatile long lastNanos = Long.MIN_VALUE / 2;

  /** Notes that handctl is pressing a key. */
  public synchronized void pressed() {
    down++;
    lastNanos = System.nanoTime();
  }

  /** Notes that handctl released a key it pressed. */
  public synchronized void released() {
    down = Math.max(0, down - 1);
    lastNanos = System.nanoTime();
  }

  /**
   * Tells whether a key event seen now may be one of handctl's own: a key handctl pressed is still
   * down, or it pressed or released one a moment ago.
   *
   * @return whether to ignore the event for the hotkey
   */
  public boolean recent() {
    return down > 0 || System.nanoTime() - lastNanos < GRACE_NANOS;
  }
}
