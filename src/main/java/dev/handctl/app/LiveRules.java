package dev.handctl.app;

import dev.handctl.action.ActionKind;
import dev.handctl.config.ConfigException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules the daemon runs on (settings, gestures, bindings), loaded at start and replaced by each
 * reload that has no mistakes. Readers on any thread see the latest through {@link #current()}.
 */
final class LiveRules {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");

  private final RuleFiles files;
  private final Object lock;
  private volatile Rules rules;
  private volatile String problem;
  private BiConsumer<Rules, Rules> onReloaded = (previous, next) -> { };
  private Runnable onChecked = () -> { };

  /**
   * @param files where the rules are read from
   * @param lock held while a reload is applied; the run state's, so a reload never interleaves with a pause
   */
  LiveRules(RuleFiles files, Object lock) {
    this.files = files;
    this.lock = lock;
  }

  RuleFiles files() {
    return files;
  }

  /** Returns the rules in use. */
  Rules current() {
    return rules;
  }

  /** Returns what is wrong with the user's files, or null when they are in use. */
  String problem() {
    return problem;
  }

  /**
   * Loads the rules at start. A broken user file falls back to the shipped rules: started at login
   * with no terminal, a mistake must not stop handctl; the watcher applies the files once fixed.
   *
   * @param common the command line, for the files it names and the shipped rules
   * @param err where to say why handctl cannot start
   * @return null when loaded, or the exit code to stop with
   */
  Integer load(CommonOptions common, PrintWriter err) {
    for (Path named : new Path[] {common.configFile, common.bindingsFile}) {
      if (named != null && !Files.exists(named, LinkOption.NOFOLLOW_LINKS)) {
        err.println("handctl: " + named + ": no such file (named on the command line)");
        err.flush();
        return ExitCodes.SETUP_FAILED;
      }
    }
    try {
      rules = files.load();
    } catch (ConfigException e) {
      problem = e.getMessage();
      LOG.warn("configuration has mistakes; running on the shipped settings, gestures and bindings until they are"
          + " fixed:{}{}", System.lineSeparator(), e.getMessage());
      try {
        rules = RuleFiles.shipped(common).load();
      } catch (ConfigException shipped) {
        err.println("handctl: " + e.getMessage());
        err.println("handctl: the shipped configuration cannot be used either: " + shipped.getMessage());
        err.flush();
        return ExitCodes.SETUP_FAILED;
      }
    }
    return null;
  }

  /**
   * What a reload does beyond replacing the rules, and what follows every check (shown or not).
   *
   * @param reloaded given the previous and the new rules, before the reload is logged
   * @param checked after every check, good or not: show the state
   */
  void onReload(BiConsumer<Rules, Rules> reloaded, Runnable checked) {
    this.onReloaded = reloaded;
    this.onChecked = checked;
  }

  /**
   * Reads the files on the calling thread (the watcher's) without holding the lock, so that a slow
   * or refused file never stalls pause, the tray or quit; then applies them under the lock.
   */
  void reloadNow() {
    RuleFiles.Checked checked = files.check();
    synchronized (lock) {
      apply(checked);
    }
  }

  private void apply(RuleFiles.Checked checked) {
    if (checked.rules() == null) {
      problem = checked.problems().size() + " problem(s)";
      LOG.warn("configuration changed but has {} problem(s); the previous settings, gestures and bindings stay in"
          + " use:{}  {}", checked.problems().size(), System.lineSeparator(),
          String.join(System.lineSeparator() + "  ", checked.problems()));
      onChecked.run();
      return;
    }
    Rules next = checked.rules();
    Rules previous = rules;
    problem = null;
    rules = next;
    onReloaded.accept(previous, next);
    if (needsRestart(previous, next)) {
      LOG.warn("model, camera or tracker settings changed: they apply when handctl starts again");
    }
    LOG.info("reloaded: {} gestures, {} bindings; {}", next.gestures().size(), next.bindings().size(),
        RuleChanges.describe(previous, next));
    onChecked.run();
  }

  /** Whether a binding can resume a paused daemon (then the pipeline keeps running while paused). */
  boolean canResumeByGesture() {
    return rules.bindings().stream()
        .anyMatch(b -> b.action() == ActionKind.RESUME || b.action() == ActionKind.TOGGLE_PAUSE);
  }

  private static boolean needsRestart(Rules a, Rules b) {
    var x = a.config();
    var y = b.config();
    return !x.models().equals(y.models()) || !x.camera().equals(y.camera()) || !x.detector().equals(y.detector())
        || !x.landmarks().equals(y.landmarks()) || !x.tracker().equals(y.tracker()) || !x.idle().equals(y.idle())
        || !x.still().equals(y.still());
  }
}
