package dev.handctl.shell.wayland;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the bytes a compositor sent into events and reads their arguments. Bytes of an event not
 * yet complete stay in the buffer for the next read.
 */
public final class WireReader {
  private ByteBuffer pending = ByteBuffer.allocate(0).order(ByteOrder.nativeOrder());

  /**
   * One event.
   *
   * @param objectId the object that sent it
   * @param opcode the event's number in its interface
   * @param args its arguments (read them in order)
   */
  public record Event(int objectId, int opcode, Args args) {}

  /** The arguments of an event, read in order. */
  public static final class Args {
    private final ByteBuffer buf;

    Args(ByteBuffer buf) {
      this.buf = buf;
    }

    /** Reads an {@code int}, {@code uint}, {@code object} or {@code new_id}. */
    public int word() {
      return buf.getInt();
    }

    /** Reads a {@code fixed}. */
    public double fixed() {
      return buf.getInt() / 256.0;
    }

    /**
     * Reads an {@code array} of 32-bit words (such as a toplevel's states): its length in bytes, then
     * the words, padded to a word.
     *
     * @return the words
     * @throws IllegalStateException when the length is not a whole number of words or runs past the event
     */
    public int[] words() {
      int len = buf.getInt();
      if (len < 0 || len % 4 != 0 || len > buf.remaining()) {
        throw new IllegalStateException("malformed Wayland array of " + len + " bytes");
      }
      int[] w = new int[len / 4];
      for (int i = 0; i < w.length; i++) {
        w[i] = buf.getInt();
      }
      return w;
    }

    /** Reads a {@code string} (null for a null string). */
    public String string() {
      int len = buf.getInt();
      if (len == 0) {
        return null;
      }
      byte[] b = new byte[len - 1];
      buf.get(b);
      buf.position(buf.position() + 1 + ((4 - len % 4) % 4));
      return new String(b, StandardCharsets.UTF_8);
    }
  }

  /**
   * Adds bytes read from the socket and returns the events now complete.
   *
   * @param bytes bytes as read (position to limit)
   * @return complete events, oldest first
   * @throws IllegalStateException when a header is malformed
   */
  public List<Event> feed(ByteBuffer bytes) {
    ByteBuffer all = ByteBuffer.allocate(pending.remaining() + bytes.remaining()).order(ByteOrder.nativeOrder());
    all.put(pending).put(bytes).flip();
    List<Event> events = new ArrayList<>();
    while (all.remaining() >= 8) {
      int start = all.position();
      int object = all.getInt(start);
      int word = all.getInt(start + 4);
      int size = word >>> 16;
      if (size < 8 || size % 4 != 0) {
        throw new IllegalStateException("malformed Wayland message of " + size + " bytes");
      }
      if (all.remaining() < size) {
        break;
      }
      ByteBuffer args = all.slice(start + 8, size - 8).order(ByteOrder.nativeOrder());
      events.add(new Event(object, word & 0xFFFF, new Args(args)));
      all.position(start + size);
    }
    pending = all.slice().order(ByteOrder.nativeOrder());
    return events;
  }
}
