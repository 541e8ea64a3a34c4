package dev.handctl.app;

/** Process exit codes of handctl. */
public final class ExitCodes {
  /** Everything worked. */
  public static final int OK = 0;
  /** Some inputs failed (each named on stderr); the others were processed. */
  public static final int SOME_INPUTS_FAILED = 1;
  /** The command line was wrong. */
  public static final int USAGE = 2;
  /** A model or the configuration could not be used. */
  public static final int SETUP_FAILED = 3;
  /** The daemon is already running for this user. */
  static final int ALREADY_RUNNING = 4;
  /** No daemon runs for this user (pause, resume, toggle, status). */
  public static final int NOT_RUNNING = 5;

  private ExitCodes() {}
}
