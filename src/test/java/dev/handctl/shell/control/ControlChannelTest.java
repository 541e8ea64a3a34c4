package dev.handctl.shell.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlChannelTest {
  @TempDir
  Path tmp;

  @Test
  void aCommandReachesTheDaemonAndItsAnswerComesBack() throws Exception {
    Path socket = tmp.resolve("run").resolve("handctl").resolve(ControlPaths.SOCKET_NAME);
    List<String> seen = new ArrayList<>();
    try (ControlServer server = ControlServer.start(socket, c -> {
      seen.add(c);
      return c.equals("toggle") ? "paused" : "error: unknown";
    })) {
      assertThat(ControlClient.send(socket, "toggle")).isEqualTo("paused");
      assertThat(ControlClient.send(socket, "nonsense")).isEqualTo("error: unknown");
      assertThat(seen).containsExactly("toggle", "nonsense");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())))
          .isEqualTo("rwx------");
    }
    assertThat(socket).doesNotExist();
  }

  @Test
  void noDaemonIsSaidPlainly() {
    Path socket = tmp.resolve("handctl").resolve(ControlPaths.SOCKET_NAME);
    assertThatThrownBy(() -> ControlClient.send(socket, "toggle"))
        .isInstanceOf(ControlClient.NoDaemonException.class).hasMessageContaining("no handctl daemon is running");
  }

  @Test
  void aSocketLeftByACrashedDaemonIsNotADaemonAndIsReplacedAtStart() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("handctl"));
    Path socket = folder.resolve(ControlPaths.SOCKET_NAME);
    Files.writeString(socket, "");
    assertThatThrownBy(() -> ControlClient.send(socket, "status"))
        .isInstanceOf(ControlClient.NoDaemonException.class);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (ControlServer server = ControlServer.start(socket, c -> "running")) {
      assertThat(ControlClient.send(socket, "status")).isEqualTo("running");
      // The folder is tightened whatever it was before.
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }
  }

  @Test
  void theSocketIsInTheUsersRuntimeFolderElseAPrivateTemporaryOne() {
    assertThat(ControlPaths.socket(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), "/tmp", "ann"))
        .isEqualTo(Path.of("/run/user/1000/handctl/control.sock"));
    assertThat(ControlPaths.socket(Map.of(), "/tmp", "ann")).isEqualTo(Path.of("/tmp/handctl-ann/control.sock"));
    assertThat(ControlPaths.socket(Map.of("XDG_RUNTIME_DIR", "relative"), "/tmp", "a/b"))
        .isEqualTo(Path.of("/tmp/handctl-a_b/control.sock"));
  }
}
