package dev.handctl.shell.login;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * macOS login item: the user's LaunchAgent {@code ~/Library/LaunchAgents/dev.handctl.plist}, which
 * launchd runs at login ({@code RunAtLoad}) in the graphical session ({@code LimitLoadToSessionType
 * Aqua}). No {@code KeepAlive}: quitting handctl from its tray menu must not restart it.
 *
 * <p>Enabling writes the file only; it does not {@code launchctl load} it, which would start a
 * second daemon now. Disabling deletes the file, leaving the running daemon alone.
 */
public final class LaunchAgentItem extends FileLoginItem {
  /** The agent's label, also its file name without {@code .plist}. */
  public static final String LABEL = "dev.handctl";

  /**
   * Creates the login item.
   *
   * @param launchAgentsDir the user's {@code ~/Library/LaunchAgents}
   * @param command what the agent starts
   */
  public LaunchAgentItem(Path launchAgentsDir, LaunchCommand command) {
    super(launchAgentsDir.resolve(LABEL + ".plist"), command);
  }

  @Override
  public boolean isEnabled() {
    return Files.isRegularFile(file);
  }

  @Override
  public String describe() {
    return "LaunchAgent " + file;
  }

  /** Returns the plist's text. */
  @Override
  String contents() {
    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" ")
        .append("\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n")
        .append("<plist version=\"1.0\">\n<dict>\n")
        .append("  <key>Label</key>\n  <string>").append(LABEL).append("</string>\n")
        .append("  <key>ProgramArguments</key>\n  <array>\n");
    for (String arg : command.arguments()) {
      sb.append("    <string>").append(xml(arg)).append("</string>\n");
    }
    sb.append("  </array>\n")
        .append("  <key>RunAtLoad</key>\n  <true/>\n")
        .append("  <key>LimitLoadToSessionType</key>\n  <string>Aqua</string>\n")
        .append("  <key>ProcessType</key>\n  <string>Interactive</string>\n")
        .append("</dict>\n</plist>\n");
    return sb.toString();
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
