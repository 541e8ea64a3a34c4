package dev.handctl.app;

import dev.handctl.config.ConfigException;
import dev.handctl.config.ConfigLoader;
import dev.handctl.gesture.GestureFileLoader;
import dev.handctl.gesture.GestureProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code handctl check-config}: validates gesture files and settings files, reporting every problem. */
@Command(name = "check-config", mixinStandardHelpOptions = true,
    description = {"Validate gesture files (folders, or YAML files with a name:), bindings files (with bindings:)",
        "and settings files (other YAML files), and print every problem with its file and line. Without PATH:",
        "the gesture folder and bindings file in use and the --config file if given. Exit code 0 only when",
        "everything is clean."})
final class CheckConfigCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Gesture folders, gesture files or settings files.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> targets = new ArrayList<>(paths);
    if (targets.isEmpty()) {
      targets.add(common.gesturesDir());
      targets.add(common.bindingsFile());
      if (common.configFile != null) {
        targets.add(common.configFile);
      }
    }
    List<String> problems = new ArrayList<>();
    int gestures = 0;
    for (Path p : targets) {
      if (!Files.exists(p)) {
        problems.add(p + ": no such file or folder");
      } else if (!Files.isDirectory(p) && startsALine(p, "bindings:")) {
        problems.addAll(checkBindings(p));
      } else if (Files.isDirectory(p) || startsALine(p, "name:")) {
        GestureFileLoader.Result r = GestureFileLoader.load(List.of(p));
        gestures += r.definitions().size();
        r.problems().stream().map(GestureProblem::toString).forEach(problems::add);
      } else {
        try {
          ConfigLoader.load(p);
        } catch (ConfigException e) {
          problems.add(e.getMessage());
        }
      }
    }
    problems.forEach(out::println);
    out.printf("handctl check-config: %d gesture(s) read, %d problem(s)%n", gestures, problems.size());
    return problems.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }

  /**
   * Checks a bindings file against the gestures in use (--gestures, else the shipped and the user's)
   * and the pause hotkey of the settings (--config, else the defaults).
   */
  private List<String> checkBindings(Path p) {
    List<dev.handctl.gesture.GestureDefinition> gestures;
    dev.handctl.action.KeyChord hotkey;
    try {
      gestures = common.gestureDefinitions();
      hotkey = common.config().hotkey().pause();
    } catch (ConfigException e) {
      return List.of(p + ": cannot be checked, the gestures or settings it depends on have problems: "
          + e.getMessage());
    }
    return dev.handctl.action.BindingFileLoader.load(p, gestures, hotkey).problems().stream()
        .map(GestureProblem::toString).toList();
  }

  /**
   * Tells the kind of a YAML file by its top level: {@code bindings:} is a bindings file,
   * {@code name:} a gesture, anything else settings.
   */
  private static boolean startsALine(Path p, String prefix) {
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8).stream().anyMatch(l -> l.startsWith(prefix));
    } catch (IOException e) {
      return prefix.equals("name:"); // let the gesture loader report that it cannot be read
    }
  }
}
