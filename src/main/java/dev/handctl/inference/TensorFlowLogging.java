package dev.handctl.inference;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps TensorFlow's own start-up chatter (oneDNN and CPU-feature lines printed on every run) out of
 * the user's terminal; its warnings and errors still show. TensorFlow's logging reads
 * {@code TF_CPP_MIN_LOG_LEVEL} once, when its libraries load, so the variable is set in this
 * process before that. Two lines remain: the MLIR pass's notice goes through the copy of Abseil's
 * logging linked inside {@code libtensorflow_cc}, which reads no variable and exports nothing to
 * set it with.
 *
 * <p>A user who sets {@code TF_CPP_MIN_LOG_LEVEL} gets TensorFlow's logging as they set it, and
 * nothing here is done. Where a step cannot be taken (another platform, another TensorFlow build)
 * the chatter shows, as before; nothing fails.
 */
final class TensorFlowLogging {
  private static final Logger LOG = LoggerFactory.getLogger(TensorFlowLogging.class);
  /** 1 hides informational lines; warnings (2) and errors stay. */
  private static final String MIN_LEVEL_WARNINGS = "1";
  private static boolean done;

  private TensorFlowLogging() {}

  /** The C library's {@code setenv}. */
  private interface LibC extends Library {
    int setenv(String name, String value, int overwrite);
  }

  private static boolean userSetsIt() {
    return System.getenv("TF_CPP_MIN_LOG_LEVEL") != null;
  }

  private static boolean unix() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    return os.contains("linux") || os.contains("mac");
  }

  /** Before TensorFlow's libraries load: its own logging reads the variable then. */
  static synchronized void beforeLoading() {
    if (done) {
      return;
    }
    done = true;
    if (userSetsIt() || !unix()) {
      return;
    }
    try {
      Native.load("c", LibC.class).setenv("TF_CPP_MIN_LOG_LEVEL", MIN_LEVEL_WARNINGS, 0);
    } catch (UnsatisfiedLinkError | RuntimeException e) {
      LOG.debug("could not quiet TensorFlow's start-up lines: {}", e.toString());
    }
  }
}
