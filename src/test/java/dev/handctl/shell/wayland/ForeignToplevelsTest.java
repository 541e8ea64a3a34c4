package dev.handctl.shell.wayland;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The toplevel reader against a stand-in compositor: handles created by the compositor, their
 * app_id and states taking effect on {@code done}, the activated one in front, a closed one
 * destroyed and forgotten.
 */
class ForeignToplevelsTest {
  private static final int HANDLE_A = 0xff000001;
  private static final int HANDLE_B = 0xff000002;

  private static int managerId(FakeCompositor c) {
    return c.requests.stream().filter(r -> r.objectId() == 2 && r.opcode() == 0) // registry.bind
        .mapToInt(r -> r.words()[r.words().length - 1]).findFirst().orElseThrow();
  }

  /** Announces a toplevel with an app_id and states, then done. */
  private static void toplevel(FakeCompositor c, int manager, int handle, String appId, int... states) {
    c.event(new WireWriter(manager, 0).word(handle));
    c.event(new WireWriter(handle, 0).string("a title"));
    c.event(new WireWriter(handle, 1).string(appId));
    c.event(new WireWriter(handle, 4).words(states));
    c.event(new WireWriter(handle, 5));
  }

  private static List<String> seen(ForeignToplevels t, List<String> expected) throws InterruptedException {
    for (int i = 0; i < 200 && !t.focused().equals(expected); i++) {
      Thread.sleep(5);
    }
    return t.focused();
  }

  @Test
  void theActivatedToplevelsAppIdIsInFrontLowerCased() throws Exception {
    FakeCompositor c = new FakeCompositor("wl_seat", ForeignToplevels.MANAGER);
    WaylandConnection conn = new WaylandConnection(c);
    try (ForeignToplevels t = new ForeignToplevels(conn)) {
      int manager = managerId(c);
      assertThat(t.focused()).isEmpty();
      toplevel(c, manager, HANDLE_A, "Firefox", 2);
      toplevel(c, manager, HANDLE_B, "foot", 0);
      assertThat(seen(t, List.of("firefox"))).containsExactly("firefox");

      // B activated, A deactivated: nothing changes until each done.
      c.event(new WireWriter(HANDLE_A, 4).words());
      c.event(new WireWriter(HANDLE_B, 4).words(0, 2));
      assertThat(seen(t, List.of("nothing"))).containsExactly("firefox");
      c.event(new WireWriter(HANDLE_A, 5));
      c.event(new WireWriter(HANDLE_B, 5));
      assertThat(seen(t, List.of("foot"))).containsExactly("foot");

      // B closes: destroyed (request 7 on it) and no longer in front.
      c.event(new WireWriter(HANDLE_B, 6));
      assertThat(seen(t, List.of())).isEmpty();
      for (int i = 0; i < 200 && c.to(HANDLE_B).isEmpty(); i++) {
        Thread.sleep(5);
      }
      assertThat(c.to(HANDLE_B)).extracting(FakeCompositor.Request::opcode).containsExactly(7);
    }
  }

  @Test
  void aCompositorWithoutTheProtocolIsToldApart() throws Exception {
    WaylandConnection conn = new WaylandConnection(new FakeCompositor("wl_seat", "wl_output"));
    assertThatThrownBy(() -> new ForeignToplevels(conn)).isInstanceOf(IOException.class)
        .hasMessageContaining(ForeignToplevels.MANAGER).hasMessageContaining("GNOME");
    conn.close();
  }

  @Test
  void aStateArrayIsItsWordsAndAMalformedOneIsRefused() {
    ByteBuffer m = new WireWriter(9, 4).words(0, 2).finish();
    var e = new WireReader().feed(m).get(0);
    assertThat(e.args().words()).containsExactly(0, 2);
    ByteBuffer bad = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
    bad.putInt(9).putInt((16 << 16) | 4).putInt(6).putInt(0).flip();
    var b = new WireReader().feed(bad).get(0);
    assertThatThrownBy(() -> b.args().words()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("6 bytes");
  }
}
