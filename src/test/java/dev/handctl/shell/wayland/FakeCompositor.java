package dev.handctl.shell.wayland;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A stand-in compositor behind {@link WaylandSocket}: it answers get_registry with the globals it
 * was given, sync with done, a wl_output bind with a geometry and a mode, and records every request
 * (with the descriptor passed beside it) for the test to read.
 */
final class FakeCompositor implements WaylandSocket {
  /** One request as received. */
  record Request(int objectId, int opcode, int[] words, int fd) {}

  private final List<String> globals;
  private final BlockingQueue<ByteBuffer> toClient = new LinkedBlockingQueue<>();
  final List<Request> requests = new ArrayList<>();
  final List<byte[]> sharedFiles = new ArrayList<>();
  private int registry;
  private final List<Integer> outputs = new ArrayList<>();
  private volatile boolean closed;

  FakeCompositor(String... globals) {
    this.globals = List.of(globals);
  }

  @Override
  public synchronized void send(ByteBuffer bytes, int fd) {
    ByteBuffer b = bytes.duplicate().order(ByteOrder.nativeOrder());
    int object = b.getInt();
    int word = b.getInt();
    int size = word >>> 16;
    int[] words = new int[(size - 8) / 4];
    for (int i = 0; i < words.length; i++) {
      words[i] = b.getInt();
    }
    int opcode = word & 0xFFFF;
    requests.add(new Request(object, opcode, words, fd));
    if (object == 1 && opcode == 1) { // get_registry
      registry = words[0];
      for (int i = 0; i < globals.size(); i++) {
        event(new WireWriter(registry, 0).word(i + 1).string(globals.get(i)).word(2));
      }
    } else if (object == 1 && opcode == 0) { // sync
      event(new WireWriter(words[0], 0).word(0));
    } else if (object == registry && opcode == 0) { // bind(name, iface, version, id)
      String iface = globals.get(words[0] - 1);
      int id = words[words.length - 1];
      if (iface.equals("wl_output")) {
        outputs.add(id);
        int x = (outputs.size() - 1) * 1280;
        event(new WireWriter(id, 0).word(x).word(0).word(300).word(200).word(0).string("make").string("model").word(0));
        event(new WireWriter(id, 1).word(3).word(1280).word(720).word(60000));
      }
    }
  }

  /** Sends an event to the client (also from the test, for events the compositor starts). */
  void event(WireWriter w) {
    toClient.add(w.finish());
  }

  @Override
  public int receive(ByteBuffer into) {
    try {
      ByteBuffer next = toClient.take();
      if (closed) {
        return -1;
      }
      int n = next.remaining();
      into.put(next);
      return n;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  @Override
  public synchronized int sharedFile(String name, byte[] bytes) {
    sharedFiles.add(bytes);
    return 100 + sharedFiles.size();
  }

  @Override
  public void closeFd(int fd) {}

  @Override
  public void close() {
    closed = true;
    toClient.add(ByteBuffer.allocate(0));
  }

  /** Returns the requests sent to one object, in order. */
  synchronized List<Request> to(int objectId) {
    return requests.stream().filter(r -> r.objectId() == objectId).toList();
  }
}
