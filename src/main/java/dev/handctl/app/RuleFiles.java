package dev.handctl.app;

import dev.handctl.action.Binding;
import dev.handctl.action.BindingFileLoader;
import dev.handctl.config.ConfigException;
import dev.handctl.config.ConfigLoader;
import dev.handctl.config.HandctlConfig;
import dev.handctl.gesture.GestureFileLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the daemon's rules come from. They are loaded together so that a change to any file is
 * checked against the others (a binding to a gesture that a gesture edit removed, a key binding
 * that a new hotkey clashes with) and either all of it applies or none does.
 *
 * @param settings the settings file, or null for the built-in defaults only
 * @param gestureFolders gesture folders, lowest precedence first (missing ones are skipped)
 * @param bindings the bindings file
 */
record RuleFiles(Path settings, List<Path> gestureFolders, Path bindings) {
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
  Rules load() {
    List<String> problems = new ArrayList<>();
    HandctlConfig config = null;
    try {
      config = ConfigLoader.load(settings);
    } catch (ConfigException e) {
      problems.add(e.getMessage());
    }
    GestureFileLoader.Result g = GestureFileLoader.load(gestureFolders.stream().filter(Files::isDirectory).toList());
    g.problems().forEach(p -> problems.add(p.toString()));
    List<Binding> bindingList = List.of();
    if (!Files.isRegularFile(bindings)) {
      problems.add(bindings + ": no bindings file here (expected the shipped gestures/bindings.yaml or your own)");
    } else if (config != null && g.clean()) {
      BindingFileLoader.Result b = BindingFileLoader.load(bindings, g.definitions(), config.hotkey().pause());
      b.problems().forEach(p -> problems.add(p.toString()));
      bindingList = b.bindings();
    }
    if (!problems.isEmpty()) {
      StringBuilder report = new StringBuilder(problems.size() + " problem(s) in the settings, gestures or bindings:");
      problems.forEach(p -> report.append(System.lineSeparator()).append("  ").append(p));
      throw new ConfigException(report.toString(), null);
    }
    return new Rules(config, g.definitions(), bindingList);
  }
}
