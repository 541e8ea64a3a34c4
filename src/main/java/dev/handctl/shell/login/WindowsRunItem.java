package dev.handctl.shell.login;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Windows login item: the value {@code handctl} under the user's
 * {@code HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run} key, holding the command
 * line of the window-less launcher {@code handctl.exe} (not the console one, {@code handctl-cli.exe}). Windows runs it at every login of this
 * user; Task Manager's "Startup apps" page lists it and can switch it off.
 *
 * <p>The value is written by {@code reg import} of a {@code .reg} file (whose escaping is exact,
 * unlike a command line handed through {@code reg add}), read by {@code reg query} and removed by
 * {@code reg delete}.
 */
public final class WindowsRunItem implements LoginItem {
  /** The registry key, as {@code reg} writes it. */
  public static final String KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
  /** The value's name. */
  public static final String VALUE = "handctl";

  /** Runs {@code reg.exe}. */
  interface Reg {
    /**
     * Runs {@code reg} with arguments.
     *
     * @param args the arguments after {@code reg}
     * @return its exit code
     * @throws IOException when it cannot be run
     */
    int run(List<String> args) throws IOException;
  }

  private final LaunchCommand command;
  private final Reg reg;

  /**
   * Creates the login item.
   *
   * @param command what the value starts
   * @param reg how {@code reg.exe} is run
   */
  WindowsRunItem(LaunchCommand command, Reg reg) {
    this.command = command;
    this.reg = reg;
  }

  @Override
  public boolean isEnabled() {
    try {
      return reg.run(List.of("query", KEY, "/v", VALUE)) == 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void enable() throws IOException {
    Path file = Files.createTempFile("handctl-login", ".reg");
    try {
      // regedit's format: UTF-16LE with a byte order mark, CRLF line ends.
      Files.write(file, ("\uFEFF" + regFile()).getBytes(StandardCharsets.UTF_16LE));
      int code = reg.run(List.of("import", file.toString()));
      if (code != 0) {
        throw new IOException("reg import exited with " + code + " writing " + KEY + "\\" + VALUE);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Override
  public void disable() throws IOException {
    if (isEnabled()) {
      int code = reg.run(List.of("delete", KEY, "/v", VALUE, "/f"));
      if (code != 0) {
        throw new IOException("reg delete exited with " + code + " removing " + KEY + "\\" + VALUE);
      }
    }
  }

  @Override
  public String describe() {
    return "registry value " + KEY + "\\" + VALUE;
  }

  /** Returns the {@code .reg} file that sets the value. */
  String regFile() {
    return String.join("\r\n",
        "Windows Registry Editor Version 5.00",
        "",
        "[HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run]",
        "\"" + VALUE + "\"=\"" + regString(commandLine(command.arguments())) + "\"",
        "") + "\r\n";
  }

  /**
   * Joins arguments into one Windows command line that {@code CommandLineToArgvW} splits back into
   * the same arguments: an argument with a space, a tab or a quote is quoted; backslashes before a
   * quote are doubled.
   *
   * @param arguments the program and its arguments
   * @return the command line
   */
  static String commandLine(List<String> arguments) {
    List<String> out = new ArrayList<>();
    for (String arg : arguments) {
      if (!arg.isEmpty() && arg.chars().noneMatch(c -> c == ' ' || c == '\t' || c == '"')) {
        out.add(arg);
        continue;
      }
      StringBuilder sb = new StringBuilder("\"");
      int backslashes = 0;
      for (char c : arg.toCharArray()) {
        if (c == '\\') {
          backslashes++;
        } else {
          if (c == '"') {
            sb.append("\\".repeat(backslashes * 2 + 1));
          } else {
            sb.append("\\".repeat(backslashes));
          }
          backslashes = 0;
          sb.append(c);
        }
      }
      sb.append("\\".repeat(backslashes * 2)).append('"');
      out.add(sb.toString());
    }
    return String.join(" ", out);
  }

  /** A {@code .reg} string value: backslash and quote escaped with a backslash. */
  private static String regString(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** Runs {@code reg.exe} from the system folder, quietly. */
  static final class RegExe implements Reg {
    @Override
    public int run(List<String> args) throws IOException {
      List<String> cmd = new ArrayList<>();
      String root = System.getenv("SystemRoot");
      cmd.add(root != null && !root.isBlank() ? Path.of(root, "System32", "reg.exe").toString() : "reg.exe");
      cmd.addAll(args);
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      try {
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new IOException("reg " + args.get(0) + " did not finish within 30 s");
        }
        return p.exitValue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while running reg " + args.get(0), e);
      }
    }
  }
}
