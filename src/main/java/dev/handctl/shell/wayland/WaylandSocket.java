package dev.handctl.shell.wayland;

import java.io.IOException;
import java.nio.ByteBuffer;

/** A connection to a compositor: bytes each way, and file descriptors sent beside the bytes. */
public interface WaylandSocket extends AutoCloseable {
  /**
   * Sends a message whole.
   *
   * @param bytes the message
   * @param fd a file descriptor to pass with it (SCM_RIGHTS), or -1
   * @throws IOException when the compositor is gone
   */
  void send(ByteBuffer bytes, int fd) throws IOException;

  /**
   * Reads what the compositor sent, waiting for at least one byte.
   *
   * @param into where (position to limit)
   * @return the number of bytes read, -1 at the end
   * @throws IOException when reading fails
   */
  int receive(ByteBuffer into) throws IOException;

  /**
   * Makes a file descriptor holding bytes, to send (the virtual keyboard's keymap).
   *
   * @param name a name for it (seen in /proc)
   * @param bytes its content
   * @return the descriptor; the caller closes it with {@link #closeFd}
   * @throws IOException when it cannot be made
   */
  int sharedFile(String name, byte[] bytes) throws IOException;

  /**
   * Closes a descriptor {@link #sharedFile} made.
   *
   * @param fd the descriptor
   */
  void closeFd(int fd);

  @Override
  void close();
}
