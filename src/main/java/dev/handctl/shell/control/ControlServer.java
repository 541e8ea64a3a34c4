package dev.handctl.shell.control;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.function.UnaryOperator;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's end of the control channel: a Unix domain socket that answers one command per
 * connection on a thread of its own.
 *
 * <p>Two fences keep other users out: the folder is mode 0700 and owned by this user (checked, not
 * assumed), and every caller's credentials ({@code SO_PEERCRED}) must name this process's user. The
 * caller of {@link #start} holds the single-instance lock, so a socket file left by a crashed daemon
 * is stale and is replaced.
 */
public final class ControlServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("handctl");
  private static final int MAX_LINE = 256;

  private final ServerSocketChannel server;
  private final Path socket;
  private final UnaryOperator<String> handler;
  private final Thread thread;

  private ControlServer(ServerSocketChannel server, Path socket, UnaryOperator<String> handler) {
    this.server = server;
    this.socket = socket;
    this.handler = handler;
    this.thread = new Thread(this::serve, "handctl-control-socket");
    this.thread.setDaemon(true);
  }

  /**
   * Binds the socket and starts answering.
   *
   * @param socket where (see {@link ControlPaths#socket()})
   * @param handler turns a command line into the answer line; called on the socket's thread
   * @return the running server
   * @throws IOException when the folder is not this user's own or the socket cannot be bound
   */
  public static ControlServer start(Path socket, UnaryOperator<String> handler) throws IOException {
    Path folder = socket.getParent();
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(folder.getParent());
      Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
    UserPrincipal me = folder.getFileSystem().getUserPrincipalLookupService()
        .lookupPrincipalByName(System.getProperty("user.name"));
    if (!Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).equals(me)) {
      throw new IOException(folder + " belongs to another user");
    }
    // Mode 0700 whatever the umask made it: the folder is the fence around the socket.
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    Files.deleteIfExists(socket); // stale: the single-instance lock says no other daemon runs
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      server.bind(UnixDomainSocketAddress.of(socket));
    } catch (IOException e) {
      server.close();
      throw e;
    }
    ControlServer s = new ControlServer(server, socket, handler);
    s.thread.start();
    return s;
  }

  /** Returns the socket's path. */
  public Path socket() {
    return socket;
  }

  private void serve() {
    String me = System.getProperty("user.name");
    while (server.isOpen()) {
      try (SocketChannel client = server.accept()) {
        UnixDomainPrincipal peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
        if (!peer.user().getName().equals(me)) {
          LOG.warn("control: refused a request from user {}", peer.user().getName());
          continue;
        }
        String command = readLine(client);
        String answer = command == null ? "error: no command" : handler.apply(command.strip());
        client.write(ByteBuffer.wrap((answer + "\n").getBytes(StandardCharsets.UTF_8)));
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException | RuntimeException e) {
        if (!server.isOpen()) {
          return;
        }
        LOG.warn("control: {}", e.toString());
      }
    }
  }

  /** Reads up to a newline (or the end, or {@value #MAX_LINE} bytes: a command is one short word). */
  static String readLine(SocketChannel channel) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(MAX_LINE);
    while (buf.hasRemaining()) {
      int n = channel.read(buf);
      if (n < 0) {
        break;
      }
      for (int i = buf.position() - n; i < buf.position(); i++) {
        if (buf.get(i) == '\n') {
          return new String(buf.array(), 0, i, StandardCharsets.UTF_8);
        }
      }
    }
    return buf.position() == 0 ? null : new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      server.close();
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      // Stopping anyway; the next start replaces a leftover file.
    }
  }
}
