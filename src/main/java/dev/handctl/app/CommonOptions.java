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
    Set<Path> dirs = new LinkedHashSet<>();
    codeLocation().ifPresent(code -> {
      Path base = Files.isDirectory(code) ? code : code.getParent();
      if (base != null) {
        dirs.add(base.resolve("models").normalize());
        if (base.getParent() != null) {
          dirs.add(base.getParent().resolve("models").normalize());
        }
      }
    });
    dirs.add(Path.of("models").toAbsolutePath().normalize());
    return new ModelFiles(new ArrayList<>(dirs));
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
