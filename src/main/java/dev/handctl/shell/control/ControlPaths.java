package dev.handctl.shell.control;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the control socket lives: {@code $XDG_RUNTIME_DIR/handctl/control.sock}. The runtime
 * folder is the user's own (mode 0700, made by the login manager, removed at logout), which is what
 * the XDG specification has it for. Without one (a bare ssh session, a container) the socket goes to
 * {@code <tmpdir>/handctl-<user>/}, a folder handctl creates with mode 0700 and refuses to use when
 * another user owns it.
 */
public final class ControlPaths {
  /** The socket's file name inside the folder. */
  public static final String SOCKET_NAME = "control.sock";

  private ControlPaths() {}

  /**
   * Returns the socket's path for this process's user.
   *
   * @return the path (the folder may not exist yet)
   */
  public static Path socket() {
    return socket(System.getenv(), System.getProperty("java.io.tmpdir", "/tmp"), System.getProperty("user.name", "user"));
  }

  /**
   * Returns the socket's path for an environment.
   *
   * @param env the environment variables
   * @param tmpDir the temporary folder, used without {@code XDG_RUNTIME_DIR}
   * @param user the user name, part of the fallback folder's name
   * @return the path
   */
  static Path socket(Map<String, String> env, String tmpDir, String user) {
    String runtime = env.get("XDG_RUNTIME_DIR");
    Path folder = runtime != null && runtime.startsWith("/") ? Path.of(runtime, "handctl")
        : Path.of(tmpDir, "handctl-" + user.replaceAll("[^A-Za-z0-9._-]", "_"));
    return folder.resolve(SOCKET_NAME);
  }
}
