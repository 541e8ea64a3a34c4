package dev.handctl.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses YAML into SnakeYAML's node tree (which keeps every value's line) with limits that bound
 * the work a file can cause: no recursive keys, few aliases to collections (a "billion laughs"
 * file expands exponentially), bounded nesting and size, no duplicate keys (one of them would be
 * ignored without a word).
 */
public final class BoundedYaml {
  /** Most aliases to lists or mappings in one file; real files use none. */
  public static final int MAX_ALIASES = 20;
  /** Deepest nesting of lists and mappings; real files go three levels deep. */
  public static final int MAX_NESTING = 20;

  /**
   * A text that is not YAML or exceeds a limit.
   *
   * @param line 1-based line of the problem, 0 when unknown
   * @param message what is wrong
   */
  public record Problem(int line, String message) {}

  /** The outcome: a root node (null for an empty document) or a problem. */
  public record Result(Node root, Problem problem) {}

  private BoundedYaml() {}

  /** Returns the loader options used for every file handctl reads. */
  public static LoaderOptions options() {
    LoaderOptions o = new LoaderOptions();
    o.setAllowRecursiveKeys(false);
    o.setMaxAliasesForCollections(MAX_ALIASES);
    o.setNestingDepthLimit(MAX_NESTING);
    o.setCodePointLimit(BoundedFiles.MAX_CONFIG_BYTES);
    o.setAllowDuplicateKeys(false);
    return o;
  }

  /**
   * Parses a text.
   *
   * @param text the file's content
   * @return the root node, or the problem with its line
   */
  public static Result compose(String text) {
    try (Reader r = new StringReader(text)) {
      return new Result(new Yaml(options()).compose(r), null);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
      String what = e.getProblem() == null ? "syntax error"
          // SnakeYAML quotes the tag, which may be a Java class name: say what to change instead.
          : e.getProblem().startsWith("Global tag is not allowed") ? "tags such as !!type are not allowed"
          : e.getProblem();
      return new Result(null, new Problem(line, "not valid YAML: " + what));
    } catch (YAMLException e) {
      return new Result(null, new Problem(0, "not valid YAML: " + limitMessage(e)));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // No realistic text gets here with the limits above; the file is refused, the reader goes on.
      return new Result(null, new Problem(0, "not valid YAML (too complex to read)"));
    }
  }

  private static String limitMessage(YAMLException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (m.contains("aliases")) {
      return "more than " + MAX_ALIASES + " aliases (*name) to lists or mappings";
    }
    if (m.contains("Nesting Depth")) {
      return "nested more than " + MAX_NESTING + " levels deep";
    }
    if (m.contains("code points")) {
      return "longer than " + BoundedFiles.MAX_CONFIG_BYTES + " characters";
    }
    return m.isBlank() ? "syntax error" : m.replaceAll("\\b(java|javax|org)\\.[\\w.$]+", "").strip();
  }
}
