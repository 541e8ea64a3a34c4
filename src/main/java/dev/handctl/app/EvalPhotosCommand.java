package dev.handctl.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code handctl eval photos}: not written yet. */
@Command(name = "photos", mixinStandardHelpOptions = true, description = "Not written yet.")
final class EvalPhotosCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("eval photos is not written yet");
  }
}
