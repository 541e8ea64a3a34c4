package dev.handctl.app.cli;

import dev.handctl.app.CommonOptions;
import dev.handctl.app.ExitCodes;
import dev.handctl.app.RuleFiles;
import dev.handctl.config.ConfigException;
import dev.handctl.config.ConfigLoader;
import dev.handctl.config.UserFolders;
import dev.handctl.gesture.GestureProblem;
import dev.handctl.gesture.file.GestureFileLoader;
import dev.handctl.io.BoundedFiles;
import dev.handctl.io.RefusedFileException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code handctl check-config}: validates gesture files, bindings files and settings files, reporting
 * every problem. Without paths it reads exactly what the daemon would, through the daemon's own
 * {@link RuleFiles#check()}, so the two accept and refuse the same files.
 */
@Command(name = "check-config", mixinStandardHelpOptions = true,
    header = "Check gesture, bindings and settings files, with every problem and its line.",
    description = {"Validate gesture files (folders, or YAML files with a name:), bindings files (with bindings:)",
        "and settings files (other YAML files), and print every problem with its file and line. Without PATH:",
        "the settings, gestures and bindings the daemon would read (--config, --gestures and --bindings",
        "choose others), checked together as the daemon checks them. Exit code 0 only when everything is clean."})
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
    List<String> problems = new ArrayList<>();
    int gestures = 0;
    if (paths.isEmpty()) {
      RuleFiles.Checked c = RuleFiles.of(common, UserFolders.configDir()).check();
      problems.addAll(c.problems());
      gestures = c.gesturesRead();
    }
    for (Path p : paths) {
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(p + ": no such file or folder");
      } else if (Files.isDirectory(p)) {
        GestureFileLoader.Result r = GestureFileLoader.load(List.of(p));
        gestures += r.definitions().size();
        r.problems().stream().map(GestureProblem::toString).forEach(problems::add);
      } else {
        String text;
        try {
          // Read once, bounded, to tell the kind; the loaders read it again the same way.
          text = BoundedFiles.readConfigText(p);
        } catch (RefusedFileException e) {
          problems.add(e.getMessage());
          continue;
        }
        if (startsALine(text, "bindings:")) {
          problems.addAll(checkBindings(p));
        } else if (startsALine(text, "name:")) {
          GestureFileLoader.Result r = GestureFileLoader.load(List.of(p));
          gestures += r.definitions().size();
          r.problems().stream().map(GestureProblem::toString).forEach(problems::add);
        } else {
          ConfigLoader.check(p).problems().stream().map(GestureProblem::toString).forEach(problems::add);
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
  private static boolean startsALine(String text, String prefix) {
    return text.lines().anyMatch(l -> l.startsWith(prefix));
  }
}
