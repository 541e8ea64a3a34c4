package dev.handctl.shell.wayland;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Builds one Wayland request: a header (object id; message size in the high 16 bits and opcode in the
 * low 16 of the second word) and its arguments, each a 32-bit word in the host's byte order, strings
 * as a length (with the terminating NUL) and bytes padded to a word. File descriptors travel beside
 * the bytes, not in them.
 */
public final class WireWriter {
  private final ByteBuffer buf = ByteBuffer.allocate(4096).order(ByteOrder.nativeOrder());
  private final int objectId;
  private final int opcode;

  /**
   * Starts a request.
   *
   * @param objectId the object it is sent to
   * @param opcode the request's number in its interface
   */
  public WireWriter(int objectId, int opcode) {
    this.objectId = objectId;
    this.opcode = opcode;
    buf.putInt(objectId).putInt(0);
  }

  /** Adds an {@code int}, {@code uint}, {@code object} or {@code new_id} argument. */
  public WireWriter word(int value) {
    buf.putInt(value);
    return this;
  }

  /** Adds a {@code fixed} argument: a signed 24.8 fixed-point number. */
  public WireWriter fixed(double value) {
    buf.putInt(toFixed(value));
    return this;
  }

  /** Adds an {@code array} argument of 32-bit words. */
  public WireWriter words(int... values) {
    buf.putInt(values.length * 4);
    for (int v : values) {
      buf.putInt(v);
    }
    return this;
  }

  /** Adds a {@code string} argument. */
  public WireWriter string(String value) {
    byte[] b = value.getBytes(StandardCharsets.UTF_8);
    buf.putInt(b.length + 1).put(b).put((byte) 0);
    while (buf.position() % 4 != 0) {
      buf.put((byte) 0);
    }
    return this;
  }

  /** Returns the finished message, ready to send. */
  public ByteBuffer finish() {
    int size = buf.position();
    buf.putInt(4, (size << 16) | (opcode & 0xFFFF));
    ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.nativeOrder());
    out.put(buf.array(), 0, size).flip();
    return out;
  }

  /** Returns the object the request is for. */
  public int objectId() {
    return objectId;
  }

  /**
   * Converts to Wayland's 24.8 fixed point.
   *
   * @param value the number
   * @return its fixed-point word
   */
  public static int toFixed(double value) {
    return (int) Math.round(value * 256.0);
  }
}
