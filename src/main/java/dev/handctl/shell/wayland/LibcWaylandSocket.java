package dev.handctl.shell.wayland;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The real {@link WaylandSocket}: a Unix stream socket made and used through libc (JNA). The JDK's
 * own Unix domain channels would do for the bytes, but not for the keymap's file descriptor
 * (SCM_RIGHTS), and one socket must carry both. Linux on 64-bit processors only (the
 * {@code msghdr} layout below is that ABI's).
 */
public final class LibcWaylandSocket implements WaylandSocket {
  private static final int AF_UNIX = 1;
  private static final int SOCK_STREAM = 1;
  private static final int SOCK_CLOEXEC = 0x80000;
  private static final int SOL_SOCKET = 1;
  private static final int SCM_RIGHTS = 1;
  private static final int MSG_NOSIGNAL = 0x4000;
  private static final int MFD_CLOEXEC = 1;
  private static final int SHUT_RDWR = 2;
  private static final int EINTR = 4;

  /** The libc calls used. */
  interface LibC extends Library {
    int socket(int domain, int type, int protocol) throws LastErrorException;

    int connect(int fd, byte[] address, int length) throws LastErrorException;

    long sendmsg(int fd, Pointer message, int flags) throws LastErrorException;

    long read(int fd, byte[] buffer, long count) throws LastErrorException;

    long write(int fd, byte[] buffer, long count) throws LastErrorException;

    int memfd_create(String name, int flags) throws LastErrorException;

    int shutdown(int fd, int how);

    int close(int fd);
  }

  private static volatile LibC libc;
  private final int fd;
  private volatile boolean closed;

  private LibcWaylandSocket(int fd) {
    this.fd = fd;
  }

  private static LibC libc() {
    LibC l = libc;
    if (l == null) {
      l = Native.load("c", LibC.class);
      libc = l;
    }
    return l;
  }

  /**
   * Connects to a compositor's socket.
   *
   * @param path the socket file
   * @return the connection
   * @throws IOException when nothing listens there, or libc cannot be loaded
   */
  public static LibcWaylandSocket connect(Path path) throws IOException {
    byte[] p = path.toString().getBytes(StandardCharsets.UTF_8);
    if (p.length >= 108) {
      throw new IOException("socket path too long: " + path);
    }
    LibC c;
    try {
      c = libc();
    } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
      throw new IOException("cannot load libc through JNA: " + e.getMessage(), e);
    }
    byte[] address = new byte[2 + 108];
    ByteBuffer.wrap(address).order(ByteOrder.nativeOrder()).putShort((short) AF_UNIX);
    System.arraycopy(p, 0, address, 2, p.length);
    int fd;
    try {
      fd = c.socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    } catch (LastErrorException e) {
      throw new IOException("socket: " + e.getMessage(), e);
    }
    try {
      c.connect(fd, address, 2 + p.length + 1);
    } catch (LastErrorException e) {
      c.close(fd);
      throw new IOException("cannot connect to " + path + ": " + e.getMessage(), e);
    }
    return new LibcWaylandSocket(fd);
  }

  @Override
  public void send(ByteBuffer bytes, int passFd) throws IOException {
    byte[] b = new byte[bytes.remaining()];
    bytes.get(b);
    try {
      if (passFd < 0) {
        for (int off = 0; off < b.length; ) {
          byte[] rest = off == 0 ? b : java.util.Arrays.copyOfRange(b, off, b.length);
          try {
            off += (int) libc().write(fd, rest, rest.length);
          } catch (LastErrorException e) {
            if (e.getErrorCode() != EINTR) {
              throw e;
            }
          }
        }
        return;
      }
      // struct msghdr (56 bytes): name, namelen(+pad), iov, iovlen, control, controllen, flags(+pad).
      Memory data = new Memory(b.length);
      data.write(0, b, 0, b.length);
      Memory iov = new Memory(16); // struct iovec: base, len
      iov.setPointer(0, data);
      iov.setLong(8, b.length);
      Memory control = new Memory(24); // CMSG_SPACE(sizeof(int)): len, level, type, the fd, padding
      control.clear();
      control.setLong(0, 20); // CMSG_LEN(sizeof(int))
      control.setInt(8, SOL_SOCKET);
      control.setInt(12, SCM_RIGHTS);
      control.setInt(16, passFd);
      Memory msg = new Memory(56);
      msg.clear();
      msg.setPointer(16, iov);
      msg.setLong(24, 1);
      msg.setPointer(32, control);
      msg.setLong(40, 24);
      long sent = libc().sendmsg(fd, msg, MSG_NOSIGNAL);
      if (sent != b.length) {
        // Messages handctl sends with a descriptor are tiny; a short write of one means a broken socket.
        throw new IOException("short send: " + sent + " of " + b.length + " bytes");
      }
    } catch (LastErrorException e) {
      throw new IOException("the compositor connection failed: " + e.getMessage(), e);
    }
  }

  @Override
  public int receive(ByteBuffer into) throws IOException {
    byte[] b = new byte[into.remaining()];
    while (true) {
      try {
        long n = libc().read(fd, b, b.length);
        if (n <= 0) {
          return -1;
        }
        into.put(b, 0, (int) n);
        return (int) n;
      } catch (LastErrorException e) {
        if (closed) {
          return -1;
        }
        if (e.getErrorCode() != EINTR) {
          throw new IOException("reading from the compositor failed: " + e.getMessage(), e);
        }
      }
    }
  }

  @Override
  public int sharedFile(String name, byte[] bytes) throws IOException {
    try {
      int mfd = libc().memfd_create(name, MFD_CLOEXEC);
      for (int off = 0; off < bytes.length; ) {
        byte[] rest = off == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, off, bytes.length);
        off += (int) libc().write(mfd, rest, rest.length);
      }
      return mfd;
    } catch (LastErrorException e) {
      throw new IOException("memfd_create: " + e.getMessage(), e);
    }
  }

  @Override
  public void closeFd(int descriptor) {
    libc().close(descriptor);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    // shutdown first: it wakes a reader blocked in read(), which close alone does not promise.
    libc().shutdown(fd, SHUT_RDWR);
    libc().close(fd);
  }
}
