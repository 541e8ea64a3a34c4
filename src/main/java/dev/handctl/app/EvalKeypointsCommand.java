package dev.handctl.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code handctl eval keypoints}: not written yet. */
@Command(name = "keypoints", mixinStandardHelpOptions = true, description = "Not written yet.")
final class EvalKeypointsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("eval keypoints is not written yet");
  }
}
