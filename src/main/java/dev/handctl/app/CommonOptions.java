package dev.handctl.app;

import dev.handctl.config.ConfigLoader;
import dev.handctl.config.HandctlConfig;
import dev.handctl.inference.ModelFiles;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** Options every command that runs the models shares: where the models are, which config file. */
final class CommonOptions {
  /** Environment variable naming the models directory. */
  static final String MODELS_ENV = "HANDCTL_MODELS";

  @Option(names = "--models", paramLabel = "DIR",
      description = "Directory with the model files and their SHA256SUMS (default: $" + MODELS_ENV
          + ", else models/ beside the jar or in the working directory).")
  Path modelsDir;

  @Option(names = "--config", paramLabel = "FILE",
      description = "YAML file whose keys override the built-in defaults.")
  Path configFile;

  @Option(names = "--gestures", paramLabel = "DIR",
      description = "Folder of gesture files (default: gestures/ beside the jar or in the working directory).")
  Path gesturesDir;

  @Option(names = "--bindings", paramLabel = "FILE",
      description = {"Bindings file: what gestures do (default: bindings.yaml in your configuration folder if",
          "there is one, else the one in the gesture folder)."})
  Path bindingsFile;

  /**
   * Returns the bindings file: --bindings, else the user's own (unless --gestures points elsewhere),
   * else the gesture folder's.
   */
  Path bindingsFile() {
    if (bindingsFile != null) {
      return bindingsFile;
    }
    Path user = dev.handctl.config.UserFolders.configDir().resolve(dev.handctl.gesture.GestureFileLoader.BINDINGS_FILE_NAME);
    if (gesturesDir == null && Files.isRegularFile(user)) {
      return user;
    }
    return gesturesDir().resolve(dev.handctl.gesture.GestureFileLoader.BINDINGS_FILE_NAME);
  }

  /**
   * Loads the bindings, checked against the gestures.
   *
   * @throws dev.handctl.config.ConfigException listing every problem with file and line
   */
  List<dev.handctl.action.Binding> bindings(List<dev.handctl.gesture.GestureDefinition> gestures,
      HandctlConfig config) {
    Path file = bindingsFile();
    if (!Files.isRegularFile(file)) {
      throw new dev.handctl.config.ConfigException("no bindings file at " + file + " (give one with --bindings FILE)",
          null);
    }
    dev.handctl.action.BindingFileLoader.Result r =
        dev.handctl.action.BindingFileLoader.load(file, gestures, config.hotkey().pause());
    if (!r.clean()) {
      throw new dev.handctl.config.ConfigException(r.problemReport(), null);
    }
    return r.bindings();
  }

  /**
   * Returns the gesture folder: --gestures, else the first gestures/ found beside the jar or here,
   * else the copy built into the jar.
   */
  Path gesturesDir() {
    if (gesturesDir != null) {
      return gesturesDir;
    }
    List<Path> candidates = besideJarOrHere("gestures");
    return candidates.stream().filter(Files::isDirectory).findFirst()
        .or(CommonOptions::builtInGestures).orElse(candidates.get(candidates.size() - 1));
  }

  /** The gestures and bindings built into the jar (or the classes folder), as a folder, if there. */
  private static java.util.Optional<Path> builtInGestures() {
    java.net.URL url = CommonOptions.class.getResource("/gestures/"
        + dev.handctl.gesture.GestureFileLoader.BINDINGS_FILE_NAME);
    if (url == null) {
      return java.util.Optional.empty();
    }
    try {
      java.net.URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        java.nio.file.FileSystem fs;
        try {
          fs = java.nio.file.FileSystems.getFileSystem(uri);
        } catch (java.nio.file.FileSystemNotFoundException e) {
          fs = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of());
        }
        return java.util.Optional.of(fs.getPath("/gestures"));
      }
      return java.util.Optional.of(Path.of(uri).getParent());
    } catch (URISyntaxException | java.io.IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * Loads the gestures and builds the classifier.
   *
   * @throws dev.handctl.config.ConfigException listing every problem with file and line
   */
  dev.handctl.gesture.StaticGestureClassifier gestureClassifier(HandctlConfig config) {
    return new dev.handctl.gesture.StaticGestureClassifier(gestureDefinitions(), config.geometry());
  }

  /**
   * Loads the gesture files.
   *
   * @throws dev.handctl.config.ConfigException listing every problem with file and line
   */
  List<dev.handctl.gesture.GestureDefinition> gestureDefinitions() {
    Path dir = gesturesDir();
    if (!Files.isDirectory(dir)) {
      throw new dev.handctl.config.ConfigException("no gesture folder at " + dir + " (give one with --gestures DIR)",
          null);
    }
    // The user's own gesture files (same name: theirs wins) are read unless --gestures says where to look.
    List<Path> folders = new ArrayList<>(List.of(dir));
    if (gesturesDir == null && Files.isDirectory(dev.handctl.config.UserFolders.gesturesDir())) {
      folders.add(dev.handctl.config.UserFolders.gesturesDir());
    }
    dev.handctl.gesture.GestureFileLoader.Result r = dev.handctl.gesture.GestureFileLoader.load(folders);
    if (!r.clean()) {
      throw new dev.handctl.config.ConfigException(r.problemReport(), null);
    }
    return r.definitions();
  }

  HandctlConfig config() {
    return ConfigLoader.load(configFile);
  }

  ModelFiles modelFiles() {
    if (modelsDir != null) {
      return new ModelFiles(List.of(modelsDir));
    }
    String env = System.getenv(MODELS_ENV);
    if (env != null && !env.isBlank()) {
      return new ModelFiles(List.of(Path.of(env)));
    }
    return new ModelFiles(besideJarOrHere("models"));
  }

  /** A folder's candidate places, in order: beside the jar, one level up, the working directory. */
  private static List<Path> besideJarOrHere(String folder) {
    Set<Path> dirs = new LinkedHashSet<>();
    codeLocation().ifPresent(code -> {
      Path base = Files.isDirectory(code) ? code : code.getParent();
      if (base != null) {
        dirs.add(base.resolve(folder).normalize());
        if (base.getParent() != null) {
          dirs.add(base.getParent().resolve(folder).normalize());
        }
      }
    });
    dirs.add(Path.of(folder).toAbsolutePath().normalize());
    return new ArrayList<>(dirs);
  }

  private static java.util.Optional<Path> codeLocation() {
    try {
      return java.util.Optional.of(Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toAbsolutePath());
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return java.util.Optional.empty();
    }
  }
}
