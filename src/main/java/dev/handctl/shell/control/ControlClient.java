package dev.handctl.shell.control;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The command's end of the control channel: sends one command to the running daemon and returns its answer. */
public final class ControlClient {
  private ControlClient() {}

  /** No daemon answers at the socket (none runs for this user, or it is stuck). */
  public static final class NoDaemonException extends IOException {
    private static final long serialVersionUID = 1L;

    NoDaemonException(String message) {
      super(message);
    }
  }

  /**
   * Sends a command.
   *
   * @param socket the daemon's socket
   * @param command such as {@code toggle}
   * @return the daemon's one-line answer
   * @throws NoDaemonException when nothing listens there
   * @throws IOException when the exchange fails midway
   */
  public static String send(Path socket, String command) throws IOException {
    if (!Files.exists(socket)) {
      throw new NoDaemonException("no handctl daemon is running for this user (no " + socket + ")");
    }
    SocketChannel channel;
    try {
      channel = SocketChannel.open(StandardProtocolFamily.UNIX);
      channel.connect(UnixDomainSocketAddress.of(socket));
    } catch (IOException e) {
      // A file without a listener: a daemon that died without cleaning up.
      throw new NoDaemonException("no handctl daemon is running for this user (" + socket + ": " + e.getMessage()
          + ")");
    }
    try (channel) {
      channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.UTF_8)));
      channel.shutdownOutput();
      String answer = ControlServer.readLine(channel);
      if (answer == null) {
        throw new IOException("the daemon closed the connection without answering");
      }
      return answer;
    }
  }
}
