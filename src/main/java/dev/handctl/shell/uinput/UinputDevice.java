package dev.handctl.shell.uinput;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;

/** An open {@code /dev/uinput}: the three calls a virtual device needs. */
public interface UinputDevice extends AutoCloseable {
  /**
   * An ioctl with an integer argument.
   *
   * @param request such as {@link UinputEncoding#UI_SET_EVBIT}
   * @param value its argument
   * @throws IOException when the kernel refuses
   */
  void ioctl(int request, int value) throws IOException;

  /**
   * An ioctl with a structure.
   *
   * @param request such as {@link UinputEncoding#UI_DEV_SETUP}
   * @param struct the structure's bytes
   * @throws IOException when the kernel refuses
   */
  void ioctl(int request, byte[] struct) throws IOException;

  /**
   * Writes events.
   *
   * @param events whole {@code input_event}s
   * @throws IOException when the write fails
   */
  void write(byte[] events) throws IOException;

  @Override
  void close();

  /**
   * Opens the real device through libc.
   *
   * @param path normally {@code /dev/uinput}
   * @return the device
   * @throws IOException when it cannot be opened (no module, no permission)
   */
  static UinputDevice open(String path) throws IOException {
    return Libc.open(path);
  }

  /** The real device: libc through JNA. */
  final class Libc implements UinputDevice {
    private static final int O_WRONLY = 1;
    private static final int O_NONBLOCK = 04000;
    private static final int O_CLOEXEC = 02000000;

    interface C extends Library {
      int open(String path, int flags) throws LastErrorException;

      int ioctl(int fd, long request, long value) throws LastErrorException;

      int ioctl(int fd, long request, byte[] struct) throws LastErrorException;

      long write(int fd, byte[] buffer, long count) throws LastErrorException;

      int close(int fd);
    }

    private static C c;
    private final int fd;

    private Libc(int fd) {
      this.fd = fd;
    }

    static synchronized Libc open(String path) throws IOException {
      try {
        if (c == null) {
          c = Native.load("c", C.class);
        }
        return new Libc(c.open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC));
      } catch (LastErrorException e) {
        throw new IOException("cannot open " + path + ": " + e.getMessage()
            + " (is the uinput module loaded, and may you write it? see the README)", e);
      } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
        throw new IOException("cannot load libc through JNA: " + e.getMessage(), e);
      }
    }

    @Override
    public void ioctl(int request, int value) throws IOException {
      try {
        c.ioctl(fd, request & 0xFFFFFFFFL, value);
      } catch (LastErrorException e) {
        throw new IOException("uinput ioctl 0x" + Integer.toHexString(request) + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void ioctl(int request, byte[] struct) throws IOException {
      try {
        c.ioctl(fd, request & 0xFFFFFFFFL, struct);
      } catch (LastErrorException e) {
        throw new IOException("uinput ioctl 0x" + Integer.toHexString(request) + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void write(byte[] events) throws IOException {
      try {
        c.write(fd, events, events.length);
      } catch (LastErrorException e) {
        throw new IOException("uinput write: " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      c.close(fd);
    }
  }
}
