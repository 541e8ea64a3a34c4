package dev.handctl.app;

import dev.handctl.action.Binding;
import dev.handctl.action.BindingFileLoader;
import dev.handctl.config.ConfigException;
import dev.handctl.config.ConfigLoader;
import dev.handctl.config.UserSetup;
import dev.handctl.gesture.GestureProblem;
import dev.handctl.gesture.file.GestureFileLoader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the daemon's rules come from. They are loaded together so that a change to any file is
 * checked against the others (a binding to a gesture that a gesture edit removed, a key binding
 * that a new hotkey clashes with) and either all of it applies or none does.
 *
 * <p>The daemon (at start and on every reload) and {@code check-config} without paths both read
 * through {@link #check()}, so a set of files one of them refuses the other refuses too.
 *
 * @param settings the settings file, or null for the built-in defaults only
 * @param gestureFolders gesture folders, lowest precedence first (missing ones are skipped)
 * @param bindings the bindings file
 */
public record RuleFiles(Path settings, List<Path> gestureFolders, Path bindings) {
  /**
   * The outcome of reading the rules.
   *
   * @param rules the rules, or null when there are problems
   * @param problems every problem of every file, with file and line
   * @param gesturesRead how many gestures were read cleanly
   */
  public record Checked(Rules rules, List<String> problems, int gesturesRead) {}

  /**
   * The files the daemon reads: --config, else the user's settings file if there is one (also when
   * it is not a regular file, so that it is reported rather than passed over); --gestures, else the
   * shipped gestures and the user's own; the bindings of {@link CommonOptions#bindingsFile()}.
   *
   * @param common the command's options
   * @param userFolder the user's configuration folder, or null when there is none
   */
  public static RuleFiles of(CommonOptions common, Path userFolder) {
    Path settings = common.configFile;
    if (settings == null && userFolder != null) {
      Path mine = userFolder.resolve(UserSetup.SETTINGS_FILE_NAME);
      if (Files.exists(mine, LinkOption.NOFOLLOW_LINKS)) {
        settings = mine;
      }
    }
    List<Path> folders = new ArrayList<>();
    folders.add(common.gesturesDir());
    if (common.gesturesDir == null && userFolder != null) {
      folders.add(userFolder.resolve("gestures"));
    }
    return new RuleFiles(settings, folders, common.bindingsFile());
  }

  /** The shipped settings, gestures and bindings alone: what the daemon runs on when the user's are broken. */
  static RuleFiles shipped(CommonOptions common) {
    Path folder = common.shippedGesturesDir();
    return new RuleFiles(null, List.of(folder), folder.resolve(GestureFileLoader.BINDINGS_FILE_NAME));
  }

  /** Returns every file and folder to watch for changes. */
  List<Path> watched() {
    List<Path> all = new ArrayList<>(gestureFolders);
    all.add(bindings);
    if (settings != null) {
      all.add(settings);
    }
    return all;
  }

  /**
   * Loads the rules.
   *
   * @return the rules
   * @throws ConfigException listing every problem of every file, with file and line
   */
  public Rules load() {
    Checked c = check();
    if (c.rules() == null) {
      StringBuilder report = new StringBuilder(c.problems().size() + " problem(s) in the settings, gestures or bindings:");
      c.problems().forEach(p -> report.append(System.lineSeparator()).append("  ").append(p));
      throw new ConfigException(report.toString(), null);
    }
    return c.rules();
  }

  /**
   * Reads and checks every file; never throws for a bad file.
   *
   * @return the rules, or every problem
   */
  public Checked check() {
    List<String> problems = new ArrayList<>();
    ConfigLoader.Result settingsResult = ConfigLoader.check(settings);
    settingsResult.problems().forEach(p -> problems.add(p.toString()));
    GestureFileLoader.Result g = GestureFileLoader.load(gestureFolders.stream().filter(Files::isDirectory).toList());
    g.problems().forEach(p -> problems.add(p.toString()));
    List<Binding> bindingList = List.of();
    if (!Files.exists(bindings, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(bindings + ": no bindings file here (expected the shipped gestures/bindings.yaml or your own)");
    } else if (settingsResult.clean() && g.clean()) {
      BindingFileLoader.Result b = BindingFileLoader.load(bindings, g.definitions(),
          settingsResult.config().hotkey().pause());
      b.problems().stream().map(GestureProblem::toString).forEach(problems::add);
      bindingList = b.bindings();
    }
    Rules rules = problems.isEmpty() ? new Rules(settingsResult.config(), g.definitions(), bindingList) : null;
    return new Checked(rules, List.copyOf(problems), g.definitions().size());
  }
}
