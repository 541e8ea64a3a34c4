package dev.handctl.shell.wayland;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireEncodingTest {
  private static int[] words(ByteBuffer b) {
    ByteBuffer d = b.duplicate().order(ByteOrder.nativeOrder());
    int[] w = new int[d.remaining() / 4];
    for (int i = 0; i < w.length; i++) {
      w[i] = d.getInt();
    }
    return w;
  }

  @Test
  void aRequestIsItsObjectTheSizeAndOpcodeAndWordArguments() {
    ByteBuffer m = VirtualInputActionSink.motionAbsolute(5, 1234, 640, 360, 1280, 720).finish();
    assertThat(words(m)).containsExactly(5, (28 << 16) | 1, 1234, 640, 360, 1280, 720);
    assertThat(words(VirtualInputActionSink.button(5, 7, 0x110, true).finish()))
        .containsExactly(5, (20 << 16) | 2, 7, 272, 1);
    assertThat(words(VirtualInputActionSink.button(5, 8, 0x111, false).finish()))
        .containsExactly(5, (20 << 16) | 2, 8, 273, 0);
  }

  @Test
  void fixedPointIsTwentyFourDotEightAndSigned() {
    assertThat(WireWriter.toFixed(1.0)).isEqualTo(256);
    assertThat(WireWriter.toFixed(-2.5)).isEqualTo(-640);
    assertThat(WireWriter.toFixed(15.0)).isEqualTo(3840);
    // Two wheel notches up: value -30 (fixed) and discrete -2, on the vertical axis (0).
    assertThat(words(VirtualInputActionSink.axisDiscrete(9, 3, 0, -2).finish()))
        .containsExactly(9, (24 << 16) | 7, 3, 0, -30 * 256, -2);
  }

  @Test
  void stringsCountTheirNulAndArePaddedToAWord() {
    ByteBuffer m = new WireWriter(2, 0).word(33).string("wl_seat").word(1).word(7).finish();
    // "wl_seat" is 7 bytes + NUL = 8: no padding; then version and id.
    assertThat(m.remaining()).isEqualTo(8 + 4 + 4 + 8 + 4 + 4);
    ByteBuffer n = new WireWriter(2, 0).string("abcd").finish();
    assertThat(n.remaining()).isEqualTo(8 + 4 + 8); // 4 bytes + NUL padded to 8
    assertThat(n.getInt(4) >>> 16).isEqualTo(20);
  }

  @Test
  void theReaderSplitsEventsAndKeepsAnIncompleteOneForLater() {
    ByteBuffer a = new WireWriter(2, 0).word(1).string("zwlr_virtual_pointer_manager_v1").word(2).finish();
    ByteBuffer b = new WireWriter(3, 0).word(99).finish();
    ByteBuffer both = ByteBuffer.allocate(a.remaining() + b.remaining()).order(ByteOrder.nativeOrder());
    both.put(a).put(b).flip();
    WireReader reader = new WireReader();
    ByteBuffer first = both.slice(0, both.limit() - 6);
    ByteBuffer rest = both.slice(both.limit() - 6, 6);
    List<WireReader.Event> events = reader.feed(first);
    assertThat(events).hasSize(1);
    WireReader.Event e = events.get(0);
    assertThat(e.objectId()).isEqualTo(2);
    assertThat(e.args().word()).isEqualTo(1);
    assertThat(e.args().string()).isEqualTo("zwlr_virtual_pointer_manager_v1");
    assertThat(e.args().word()).isEqualTo(2);
    List<WireReader.Event> later = reader.feed(rest);
    assertThat(later).hasSize(1);
    assertThat(later.get(0).objectId()).isEqualTo(3);
    assertThat(later.get(0).args().word()).isEqualTo(99);
  }

  @Test
  void modifiersAreTheDepressedMaskOfTheHeldOnes() {
    var held = java.util.EnumSet.of(VirtualInputActionSink.Modifier.CTRL, VirtualInputActionSink.Modifier.ALT);
    assertThat(words(VirtualInputActionSink.modifiers(4, held).finish()))
        .containsExactly(4, (24 << 16) | 2, 4 | 8, 0, 0, 0);
  }
}
