package dev.handctl.shell.wayland;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handctl.action.DesktopBounds;
import dev.handctl.action.DesktopPoint;
import dev.handctl.action.MouseButton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VirtualInputActionSinkTest {
  private static final String[] WLROOTS = {"wl_seat", "wl_output", "wl_output", "zwlr_virtual_pointer_manager_v1",
      "zwp_virtual_keyboard_manager_v1"};

  @Test
  void theDevicesAreCreatedTheKeymapPassedAndTheDesktopSpansTheOutputs() throws IOException {
    FakeCompositor fake = new FakeCompositor(WLROOTS);
    WaylandConnection c = new WaylandConnection(fake);
    assertThat(c.globals()).extracting(WaylandConnection.Global::iface).containsExactly(WLROOTS);
    DesktopBounds desktop = WaylandOutputs.desktop(c);
    assertThat(desktop).isEqualTo(new DesktopBounds(0, 0, 2560, 720));
    try (VirtualInputActionSink sink = new VirtualInputActionSink(c, desktop)) {
      FakeCompositor.Request keymap = fake.requests.stream().filter(r -> r.fd() >= 0).findFirst().orElseThrow();
      assertThat(keymap.opcode()).isZero();
      assertThat(keymap.words()[0]).isEqualTo(1); // XKB v1
      byte[] sent = fake.sharedFiles.get(0);
      assertThat(keymap.words()[1]).isEqualTo(sent.length);
      assertThat(sent[sent.length - 1]).isZero();
      assertThat(new String(sent, StandardCharsets.UTF_8)).contains("xkb_keymap", "evdev", "us");
      assertThat(sink.pointerPosition()).isEqualTo(new DesktopPoint(1280, 360));
    }
  }

  @Test
  void movesAreAbsoluteOverTheLayoutClampedAndKeptClicksAndScrollsAndChordsAreSent() throws IOException {
    FakeCompositor fake = new FakeCompositor(WLROOTS);
    WaylandConnection c = new WaylandConnection(fake);
    VirtualInputActionSink sink = new VirtualInputActionSink(c, new DesktopBounds(0, 0, 1280, 720));
    int pointer = pointerId(fake);
    int keyboard = keyboardId(fake);
    int before = fake.to(pointer).size();
    sink.moveTo(2000, -5);
    assertThat(sink.pointerPosition()).isEqualTo(new DesktopPoint(1279, 0));
    sink.press(MouseButton.LEFT);
    sink.release(MouseButton.LEFT);
    sink.scroll(2, -1);
    var p = fake.to(pointer).subList(before, fake.to(pointer).size());
    assertThat(p).extracting(FakeCompositor.Request::opcode).containsExactly(1, 4, 2, 4, 2, 4, 5, 7, 7, 4);
    assertThat(p.get(0).words()).containsExactly(p.get(0).words()[0], 1279, 0, 1280, 720);
    assertThat(p.get(2).words()[1]).isEqualTo(272);
    assertThat(p.get(2).words()[2]).isEqualTo(1);
    assertThat(p.get(4).words()[2]).isZero();
    assertThat(p.get(7).words()).endsWith(0, 2 * 15 * 256, 2);
    assertThat(p.get(8).words()).endsWith(1, -15 * 256, -1);
    sink.keyPress("ctrl");
    sink.keyPress("c");
    sink.keyRelease("c");
    sink.keyRelease("ctrl");
    var k = fake.to(keyboard).stream().filter(r -> r.opcode() != 0).toList();
    assertThat(k).extracting(FakeCompositor.Request::opcode).containsExactly(1, 2, 1, 1, 1, 2);
    assertThat(k.get(0).words()).endsWith(29, 1);
    assertThat(k.get(1).words()).containsExactly(4, 0, 0, 0);
    assertThat(k.get(2).words()).endsWith(46, 1);
    assertThat(k.get(5).words()).containsExactly(0, 0, 0, 0);
    sink.close();
  }

  @Test
  void aCompositorWithoutTheVirtualPointerIsRefusedByName() throws IOException {
    WaylandConnection c = new WaylandConnection(new FakeCompositor("wl_seat", "wl_output", "gtk_shell1"));
    assertThatThrownBy(() -> new VirtualInputActionSink(c, new DesktopBounds(0, 0, 100, 100)))
        .hasMessageContaining("zwlr_virtual_pointer_manager_v1");
  }

  /** The new_id of create_virtual_pointer (manager's request 0, second argument). */
  private static int pointerId(FakeCompositor fake) {
    return createdBy(fake, "zwlr_virtual_pointer_manager_v1");
  }

  private static int keyboardId(FakeCompositor fake) {
    return createdBy(fake, "zwp_virtual_keyboard_manager_v1");
  }

  private static int createdBy(FakeCompositor fake, String manager) {
    int index = java.util.Arrays.asList(WLROOTS).indexOf(manager) + 1;
    int managerId = fake.requests.stream().filter(r -> r.objectId() == 2 && r.opcode() == 0 && r.words()[0] == index)
        .findFirst().map(r -> r.words()[r.words().length - 1]).orElseThrow();
    return fake.to(managerId).get(0).words()[1];
  }
}
