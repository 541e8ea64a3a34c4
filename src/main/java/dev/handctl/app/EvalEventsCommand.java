package dev.handctl.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code handctl eval events}: not written yet. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Not written yet.")
final class EvalEventsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("eval events is not written yet");
  }
}
