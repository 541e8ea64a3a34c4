package dev.handctl.app;

/** Process exit codes of handctl. */
final class ExitCodes {
  /** Everything worked. */
  static final int OK = 0;
  /** Some inputs failed (each named on stderr); the others were processed. */
  static final int SOME_INPUTS_FAILED = 1;
  /** The command line was wrong. */
  static final int USAGE = 2;
  /** A model or the configuration could not be used. */
  static final int SETUP_FAILED = 3;
  /** The daemon is already running for this user. */
  static final int ALREADY_RUNNING = 4;
  /** No daemon runs for this user (pause, resume, toggle, status). */
  static final int NOT_RUNNING = 5;

  private ExitCodes() {}
}
