package dev.handctl.shell.notify;

/** Shows the user a desktop notification; {@link #none()} where the desktop has no service for it. */
public interface Notifier extends AutoCloseable {
  /**
   * Shows one notification. Never blocks for long and never throws: a notification that cannot be
   * shown is logged instead.
   *
   * @param summary the title line
   * @param body what happened and what to do
   */
  void notify(String summary, String body);

  @Override
  default void close() {}

  /** Returns a notifier that shows nothing. */
  static Notifier none() {
    return (summary, body) -> { };
  }
}
