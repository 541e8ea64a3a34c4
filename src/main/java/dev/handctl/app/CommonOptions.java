package dev.handctl.app;

import dev.handctl.action.Binding;
import dev.handctl.action.BindingFileLoader;
import dev.handctl.config.ConfigException;
import dev.handctl.config.ConfigLoader;
import dev.handctl.config.HandctlConfig;
import dev.handctl.config.UserFolders;
import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.StaticGestureClassifier;
import dev.handctl.gesture.file.GestureFileLoader;
import dev.handctl.inference.ModelFiles;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/** Options every command that runs the models shares: where the models are, which config file. */
public final class CommonOptions {
  /** Environment variable naming the models directory. */
  static final String MODELS_ENV = "HANDCTL_MODELS";

  @Option(names = "--models", paramLabel = "DIR",
      description = "Directory with the model files and their SHA256SUMS (default: $" + MODELS_ENV
          + ", else models/ beside the jar or in the working directory).")
  Path modelsDir;

  @Option(names = "--config", paramLabel = "FILE",
      description = "YAML file whose keys override the built-in defaults.")
  public Path configFile;

  @Option(names = "--gestures", paramLabel = "DIR",
      description = "Folder of gesture files (default: gestures/ beside the jar or in the working directory).")
  public Path gesturesDir;

  @Option(names = "--bindings", paramLabel = "FILE",
      description = {"Bindings file: what gestures do (default: bindings.yaml in your configuration folder if",
          "there is one, else the one in the gesture folder)."})
  public Path bindingsFile;

  /**
   * Returns the bindings file: --bindings, else the user's own (unless --gestures points elsewhere),
   * else the gesture folder's.
   */
  public Path bindingsFile() {
    if (bindingsFile != null) {
      return bindingsFile;
    }
    Path user = UserFolders.configDir().resolve(GestureFileLoader.BINDINGS_FILE_NAME);
    // Not isRegularFile: a broken or odd file of the user's is reported, not passed over for the shipped one.
    if (gesturesDir == null && Files.exists(user, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return user;
    }
    return gesturesDir().resolve(GestureFileLoader.BINDINGS_FILE_NAME);
  }

  /**
   * Loads the bindings, checked against the gestures.
   *
   * @throws ConfigException listing every problem with file and line
   */
  public List<Binding> bindings(List<GestureDefinition> gestures,
      HandctlConfig config) {
    Path file = bindingsFile();
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("no bindings file at " + file + " (give one with --bindings FILE)",
          null);
    }
    BindingFileLoader.Result r =
        BindingFileLoader.load(file, gestures, config.hotkey().pause());
    if (!r.clean()) {
      throw new ConfigException(r.problemReport(), null);
    }
    return r.bindings();
  }

  /**
   * Returns the gesture folder: --gestures, else the first gestures/ found beside the jar or here,
   * else the copy built into the jar.
   */
  public Path gesturesDir() {
    return gesturesDir != null ? gesturesDir : shippedGesturesDir();
  }

  /** Returns the shipped gesture folder: the first gestures/ found beside the jar or here, else the jar's copy. */
  public Path shippedGesturesDir() {
    List<Path> candidates = besideJarOrHere("gestures");
    return candidates.stream().filter(Files::isDirectory).findFirst()
        .or(CommonOptions::builtInGestures).orElse(candidates.get(candidates.size() - 1));
  }

  /** The gestures and bindings built into the jar (or the classes folder), as a folder, if there. */
  private static Optional<Path> builtInGestures() {
    URL url = CommonOptions.class.getResource("/gestures/"
        + GestureFileLoader.BINDINGS_FILE_NAME);
    if (url == null) {
      return Optional.empty();
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          fs = FileSystems.newFileSystem(uri, Map.of());
        }
        return Optional.of(fs.getPath("/gestures"));
      }
      return Optional.of(Path.of(uri).getParent());
    } catch (URISyntaxException | IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Loads the gestures and builds the classifier.
   *
   * @throws ConfigException listing every problem with file and line
   */
  public StaticGestureClassifier gestureClassifier(HandctlConfig config) {
    return new StaticGestureClassifier(gestureDefinitions(), config.geometry());
  }

  /**
   * Loads the gesture files.
   *
   * @throws ConfigException listing every problem with file and line
   */
  public List<GestureDefinition> gestureDefinitions() {
    Path dir = gesturesDir();
    if (!Files.isDirectory(dir)) {
      throw new ConfigException("no gesture folder at " + dir + " (give one with --gestures DIR)",
          null);
    }
    // The user's own gesture files (same name: theirs wins) are read unless --gestures says where to look.
    List<Path> folders = new ArrayList<>(List.of(dir));
    if (gesturesDir == null && Files.isDirectory(UserFolders.gesturesDir())) {
      folders.add(UserFolders.gesturesDir());
    }
    GestureFileLoader.Result r = GestureFileLoader.load(folders);
    if (!r.clean()) {
      throw new ConfigException(r.problemReport(), null);
    }
    return r.definitions();
  }

  public HandctlConfig config() {
    return ConfigLoader.load(configFile);
  }

  public ModelFiles modelFiles() {
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

  private static Optional<Path> codeLocation() {
    try {
      return Optional.of(Path.of(CommonOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toAbsolutePath());
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
