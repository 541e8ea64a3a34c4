package dev.handctl.shell.login;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Linux login item: the user's XDG autostart entry {@code $XDG_CONFIG_HOME/autostart/handctl.desktop}
 * (else {@code ~/.config/autostart/handctl.desktop}), which every XDG desktop (GNOME, KDE, Xfce,
 * LXQt, MATE, Cinnamon; on systemd desktops through {@code systemd-xdg-autostart-generator}) starts
 * at login.
 *
 * <p>An entry that the desktop's own "Startup Applications" settings switched off ({@code Hidden=true}
 * or {@code X-GNOME-Autostart-enabled=false}) counts as disabled; {@link #enable()} rewrites it.
 * The package installs no system-wide entry in {@code /etc/xdg/autostart}, so removing the user's
 * entry is enough to disable.
 */
public final class XdgAutostartItem extends FileLoginItem {
  /** The entry's file name. */
  public static final String FILE_NAME = "handctl.desktop";

  /**
   * Creates the login item.
   *
   * @param autostartDir the user's autostart folder
   * @param command what the entry starts
   */
  public XdgAutostartItem(Path autostartDir, LaunchCommand command) {
    super(autostartDir.resolve(FILE_NAME), command);
  }

  @Override
  public boolean isEnabled() {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try {
      boolean inEntry = false;
      for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String line = raw.strip();
        if (line.startsWith("[")) {
          inEntry = line.equals("[Desktop Entry]");
        } else if (inEntry) {
          String compact = line.replace(" ", "");
          if (compact.equals("Hidden=true") || compact.equals("X-GNOME-Autostart-enabled=false")) {
            return false;
          }
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public String describe() {
    return "XDG autostart entry " + file;
  }

  /** Returns the entry's text. */
  @Override
  String contents() {
    List<String> lines = new ArrayList<>(List.of(
        "[Desktop Entry]",
        "Type=Application",
        "Name=handctl",
        "Comment=Control the computer with hand gestures seen by a webcam",
        "Exec=" + execLine(command.arguments())));
    command.icon().ifPresent(icon -> lines.add("Icon=" + escapeString(icon.toString())));
    lines.addAll(List.of(
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "X-GNOME-Autostart-Delay=3",
        "X-KDE-autostart-after=panel"));
    return String.join("\n", lines) + "\n";
  }

  /**
   * Writes a command as the value of an {@code Exec} key, by the Desktop Entry specification: an
   * argument with a reserved character is put in double quotes, with {@code " ` $ \} escaped by a
   * backslash inside them; {@code %} is doubled; then the value is escaped as any string value, which
   * doubles every backslash.
   *
   * @param arguments the program and its arguments
   * @return the value
   */
  static String execLine(List<String> arguments) {
    List<String> quoted = new ArrayList<>();
    for (String arg : arguments) {
      quoted.add(quoteArgument(arg));
    }
    return escapeString(String.join(" ", quoted));
  }

  private static String quoteArgument(String arg) {
    String percent = arg.replace("%", "%%");
    if (!arg.isEmpty() && arg.chars().noneMatch(c -> " \t\n\"'\\><~|&;$*?#()`".indexOf(c) >= 0)) {
      return percent;
    }
    StringBuilder sb = new StringBuilder("\"");
    for (char c : percent.toCharArray()) {
      if (c == '"' || c == '`' || c == '$' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.append('"').toString();
  }

  /** The escapes of a Desktop Entry string value: backslash, newline, tab, carriage return. */
  private static String escapeString(String value) {
    StringBuilder sb = new StringBuilder();
    for (char c : value.toCharArray()) {
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
