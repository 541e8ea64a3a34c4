package dev.handctl.config;

import dev.handctl.gesture.file.GestureFileLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the user's own configuration folder on first run, so there is something to edit: a
 * settings file with every default written out as comments, a copy of the shipped bindings, and a
 * folder for the user's own gesture files with a README saying how they override the shipped ones.
 * Files that exist are never touched.
 *
 * <p>The shipped gesture files are deliberately not copied: a copy would keep winning over the
 * shipped file of the same name after an upgrade improved it, though the user never changed it.
 */
public final class UserSetup {
  /** The user's settings file, in the configuration folder. */
  public static final String SETTINGS_FILE_NAME = "config.yaml";

  private UserSetup() {}

  /**
   * The user's files.
   *
   * @param folder the configuration folder
   * @param settings the settings file
   * @param bindings the bindings file
   * @param gestures the gesture folder
   * @param created what this run created (empty when everything was there)
   */
  public record UserFiles(Path folder, Path settings, Path bindings, Path gestures, List<Path> created) {}

  /**
   * Makes sure the folder and its files exist.
   *
   * @param folder the configuration folder ({@link UserFolders#configDir()})
   * @param shippedGestures the shipped gesture folder, whose files and bindings are copied
   * @return the user's files
   * @throws IOException when the folder cannot be written
   */
  public static UserFiles ensure(Path folder, Path shippedGestures) throws IOException {
    List<Path> created = new ArrayList<>();
    Path gestures = folder.resolve("gestures");
    if (!Files.isDirectory(gestures)) {
      Files.createDirectories(gestures);
      created.add(gestures);
      Files.writeString(gestures.resolve("README.md"), gestureReadme(shippedGestures), StandardCharsets.UTF_8);
    }
    Path bindings = folder.resolve(GestureFileLoader.BINDINGS_FILE_NAME);
    Path shippedBindings = shippedGestures.resolve(GestureFileLoader.BINDINGS_FILE_NAME);
    if (!Files.exists(bindings) && Files.isRegularFile(shippedBindings)) {
      Files.copy(shippedBindings, bindings);
      created.add(bindings);
    }
    Path settings = folder.resolve(SETTINGS_FILE_NAME);
    if (!Files.exists(settings)) {
      Files.writeString(settings, settingsTemplate(), StandardCharsets.UTF_8);
      created.add(settings);
    }
    return new UserFiles(folder, settings, bindings, gestures, List.copyOf(created));
  }

  private static String gestureReadme(Path shippedGestures) {
    return "# Your gestures\n\n"
        + "Put your own gesture files (`*.yaml`) here. A file whose `name:` is that of a shipped gesture replaces\n"
        + "it; any other name adds a gesture. To change a shipped gesture, copy its file from\n"
        + "`" + shippedGestures.toAbsolutePath().normalize() + "`\n"
        + "into this folder and edit the copy; the format is in the README.md there. handctl picks up changes\n"
        + "while it runs, and refuses a broken file with its line (the previous gestures stay in use).\n"
        + "`handctl check-config` checks them. Bindings (what each gesture does) are in ../bindings.yaml.\n";
  }

  /** The built-in defaults, every line commented out, under a header that says how to use them. */
  static String settingsTemplate() throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("# Your handctl settings. Uncomment a key and change its value: keys set here win over the\n");
    b.append("# built-in defaults (shown below, commented out, with what each trades). handctl applies a change\n");
    b.append("# while it runs (model, camera and tracker settings at the next start); a broken edit is refused\n");
    b.append("# with its key and the previous settings stay. `handctl check-config` checks this file.\n#\n");
    try (InputStream in = UserSetup.class.getResourceAsStream(ConfigLoader.DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IOException("the jar lacks " + ConfigLoader.DEFAULTS_RESOURCE);
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        b.append(line.isBlank() ? "#" : line.startsWith("#") ? "#" + line : "# " + line).append('\n');
      }
    }
    return b.toString();
  }
}
