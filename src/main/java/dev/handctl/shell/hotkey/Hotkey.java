package dev.handctl.shell.hotkey;

import dev.handctl.action.KeyChord;
/**
 * The global pause hotkey as the daemon sees it. {@link #none()} stands in where there is none (no
 * display, a dry run beside another handctl, no global hook), so the daemon treats both alike.
 */
public interface Hotkey extends AutoCloseable {
  /**
   * Changes the keys (after a settings reload).
   *
   * @param chord the new hotkey
   * @return whether a hotkey took them; false for {@link #none()}, which has nothing to change
   */
  boolean setChord(KeyChord chord);

  /** Unregisters the hotkey. */
  @Override
  void close();

  /** Returns a hotkey that never fires. */
  static Hotkey none() {
    return new Hotkey() {
      @Override
      public boolean setChord(KeyChord chord) {
        return false;
      }

      @Override
      public void close() {}
    };
  }
}
