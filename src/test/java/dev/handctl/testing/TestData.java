package dev.handctl.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared real test data at {@code ../shared/testdata}, read in place.
 *
 * <p>When it is absent, tests that need it are skipped with a message saying so, except under
 * {@code CI=true}, where its absence fails the test: CI must never pass by skipping.
 */
public final class TestData {
  /** Where the data is expected, relative to the project root (Surefire's working directory). */
  public static final Path ROOT = Path.of("..", "shared", "testdata");

  private TestData() {}

  /**
   * Returns a file or directory of the test data, skipping (or failing on CI) when it is absent.
   *
   * @param relative path inside the test data, such as {@code images/tfjs-hands/hands.jpg}
   * @return the path
   */
  public static Path require(String relative) {
    Path p = ROOT.resolve(relative);
    if (!Files.exists(p)) {
      String message = "real test data missing: " + p.toAbsolutePath().normalize()
          + " (the shared test data is expected at ../shared/testdata from the project root)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + "; CI=true, so this is a failure, not a skip");
      }
      Assumptions.abort(message + "; skipping");
    }
    return p;
  }
}
