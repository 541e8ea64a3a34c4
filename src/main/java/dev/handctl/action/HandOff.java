package dev.handctl.action;

/**
 * Yielding to the real mouse: when the pointer moves in a way handctl did not cause (the mouse or
 * touchpad), handctl lets go at once and takes the pointer back only after it has been still for a
 * quiet interval. {@link #wrap} puts it in front of the output, where it notes every move handctl
 * makes and, while yielded, drops handctl's moves, presses, scrolls and key presses (releases go
 * through, so nothing stays held). {@link #observe} is fed the pointer's real position (the
 * output's {@link ActionSink#pointerPosition()}, where it can tell) a few dozen times a second and
 * says when to let go and when to take back.
 *
 * <p>A move is handctl's own when the pointer lands near a place handctl put it lately: the
 * display applies moves a little after they are sent, so the position read may lag a few of them.
 * Thread-safe: moves come from the pipeline thread, observations from another. A move of
 * handctl's that lands between the mouse's and the reading that notices it would leave the
 * pointer where handctl put it; the caller puts it back where the mouse had it
 * ({@link #mouseAt()}) when it yields.
 */
public final class HandOff {
  /** What {@link #observe} found. */
  public enum Verdict {
    /** Nothing to do. */
    NONE,
    /** The real mouse just moved the pointer: let go of everything, now. */
    YIELD,
    /** The pointer has been still long enough: handctl may take it back, from where it is. */
    TAKE_BACK
  }

  /**
   * How far back handctl's own moves still explain a position read: the display applies moves
   * within a frame or two; longer than that and a real move right after handctl's would be missed.
   */
  private static final long RECENT_MOVE_NANOS = 300_000_000L;
  private static final int MOVES_KEPT = 32;

  private long quietNanos;
  private int thresholdPx;
  private final long[] movedNanos = new long[MOVES_KEPT];
  private final int[] movedX = new int[MOVES_KEPT];
  private final int[] movedY = new int[MOVES_KEPT];
  private int moves;
  private int next;
  private DesktopPoint lastSeen;
  private long lastForeignMoveNanos;
  private boolean yielded;
  /** Yielded just before a move of handctl's; the next observation reports it. */
  private boolean yieldUntold;

  /**
   * Creates the hand-off.
   *
   * @param settings {@code actions.handOffQuietMillis} (0: never yields) and {@code handOffThresholdPx}
   */
  public HandOff(SafetySettings settings) {
    reconfigure(settings);
  }

  /**
   * Takes new settings (a reload); turned off, it takes the pointer back at once.
   *
   * @param settings the {@code actions} settings
   */
  public synchronized void reconfigure(SafetySettings settings) {
    this.quietNanos = settings.handOffQuietMillis() * 1_000_000L;
    this.thresholdPx = settings.handOffThresholdPx();
    if (quietNanos == 0) {
      yielded = false;
    }
  }

  /** Returns whether hand-off is on at all. */
  public synchronized boolean enabled() {
    return quietNanos > 0;
  }

  /** Returns where the real mouse last put the pointer (as last read), or null. */
  public synchronized DesktopPoint mouseAt() {
    return lastSeen;
  }

  /** Returns whether handctl has let go of the pointer for the real mouse. */
  public synchronized boolean yielded() {
    return yielded;
  }

  /** Notes a move handctl makes. */
  synchronized void noteMove(int xPx, int yPx, long nowNanos) {
    movedNanos[next] = nowNanos;
    movedX[next] = xPx;
    movedY[next] = yPx;
    next = (next + 1) % MOVES_KEPT;
    moves = Math.min(MOVES_KEPT, moves + 1);
  }

  /**
   * Takes in where the pointer really is.
   *
   * @param seen its position, or null when it could not be read (changes nothing)
   * @param nowNanos when it was read (the clock of the moves: {@link System#nanoTime})
   * @return whether to let go, take back, or nothing
   */
  public synchronized Verdict observe(DesktopPoint seen, long nowNanos) {
    if (!enabled() || seen == null) {
      return Verdict.NONE;
    }
    if (yieldUntold) {
      yieldUntold = false;
      lastSeen = seen;
      return Verdict.YIELD;
    }
    boolean moved = lastSeen != null && !seen.equals(lastSeen);
    lastSeen = seen;
    if (moved && !explained(seen, nowNanos)) {
      lastForeignMoveNanos = nowNanos;
      if (!yielded) {
        yielded = true;
        return Verdict.YIELD;
      }
    }
    if (yielded && nowNanos - lastForeignMoveNanos >= quietNanos) {
      yielded = false;
      moves = 0; // handctl starts afresh from where the mouse left the pointer
      return Verdict.TAKE_BACK;
    }
    return Verdict.NONE;
  }

  /**
   * Just before handctl moves the pointer: is it still where handctl put it? A mouse move since
   * would otherwise be overwritten by this move before the next reading could see it. If it is not,
   * handctl yields now (the move is dropped) and the next {@link #observe} says so.
   */
  private boolean foreignBeforeMove(DesktopPoint seen, long nowNanos) {
    if (!enabled() || seen == null || moves == 0 || explained(seen, nowNanos)) {
      return false;
    }
    lastSeen = seen;
    lastForeignMoveNanos = nowNanos;
    yielded = true;
    yieldUntold = true;
    return true;
  }

  /** Whether handctl put the pointer near there lately (or last of all, however long ago). */
  private boolean explained(DesktopPoint seen, long nowNanos) {
    for (int i = 0; i < moves; i++) {
      int k = (next - 1 - i + MOVES_KEPT) % MOVES_KEPT;
      if (i > 0 && nowNanos - movedNanos[k] > RECENT_MOVE_NANOS) {
        break;
      }
      if (Math.abs(seen.xPx() - movedX[k]) <= thresholdPx && Math.abs(seen.yPx() - movedY[k]) <= thresholdPx) {
        return true;
      }
    }
    return false;
  }

  /**
   * Puts the hand-off in front of an output.
   *
   * @param sink the real output
   * @return an output that notes handctl's moves and drops its actions while yielded
   */
  public ActionSink wrap(ActionSink sink) {
    return new ActionSink() {
      @Override
      public void beginFrame(long timestampNanos) {
        sink.beginFrame(timestampNanos);
      }

      @Override
      public DesktopPoint pointerPosition() {
        return sink.pointerPosition();
      }

      @Override
      public void moveTo(int xPx, int yPx) {
        // Checked and sent under the lock: once observe() has said YIELD, no move of handctl's can
        // still be on its way to the pointer.
        synchronized (HandOff.this) {
          long now = System.nanoTime();
          if (!yielded && !foreignBeforeMove(sink.pointerPosition(), now)) {
            noteMove(xPx, yPx, now);
            sink.moveTo(xPx, yPx);
          }
        }
      }

      @Override
      public void press(MouseButton button) {
        synchronized (HandOff.this) {
          if (!yielded) {
            sink.press(button);
          }
        }
      }

      @Override
      public void release(MouseButton button) {
        sink.release(button);
      }

      @Override
      public void scroll(int verticalSteps, int horizontalSteps) {
        if (!yielded()) {
          sink.scroll(verticalSteps, horizontalSteps);
        }
      }

      @Override
      public void keyPress(String key) {
        if (!yielded()) {
          sink.keyPress(key);
        }
      }

      @Override
      public void keyRelease(String key) {
        sink.keyRelease(key);
      }
    };
  }
}
