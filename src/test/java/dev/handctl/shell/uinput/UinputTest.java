package dev.handctl.shell.uinput;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.action.DesktopBounds;
import dev.handctl.action.MouseButton;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UinputTest {
  @Test
  void ioctlNumbersAreTheKernelHeadersOnes() {
    // From linux/uinput.h on x86-64: the values a C program using the real macros printed.
    assertThat(UinputEncoding.UI_DEV_CREATE).isEqualTo(0x5501);
    assertThat(UinputEncoding.UI_DEV_DESTROY).isEqualTo(0x5502);
    assertThat(UinputEncoding.UI_DEV_SETUP).isEqualTo(0x405c5503);
    assertThat(UinputEncoding.UI_ABS_SETUP).isEqualTo(0x401c5504);
    assertThat(UinputEncoding.UI_SET_EVBIT).isEqualTo(0x40045564);
    assertThat(UinputEncoding.UI_SET_KEYBIT).isEqualTo(0x40045565);
    assertThat(UinputEncoding.UI_SET_RELBIT).isEqualTo(0x40045566);
    assertThat(UinputEncoding.UI_SET_ABSBIT).isEqualTo(0x40045567);
  }

  @Test
  void anInputEventIsTwentyFourBytesTimeTypeCodeValue() {
    ByteBuffer b = ByteBuffer.wrap(UinputEncoding.event(1, 30, 1)).order(ByteOrder.nativeOrder());
    assertThat(b.capacity()).isEqualTo(24);
    assertThat(b.getLong(0)).isZero();
    assertThat(b.getLong(8)).isZero();
    assertThat(b.getShort(16)).isEqualTo((short) 1);
    assertThat(b.getShort(18)).isEqualTo((short) 30);
    assertThat(b.getInt(20)).isEqualTo(1);
    assertThat(ByteBuffer.wrap(UinputEncoding.event(2, 8, -1)).order(ByteOrder.nativeOrder()).getInt(20)).isEqualTo(-1);
  }

  @Test
  void theSetupStructuresHaveTheKernelsLayout() {
    ByteBuffer s = ByteBuffer.wrap(UinputEncoding.setup("handctl pointer", 0x1209, 0x4863)).order(ByteOrder.nativeOrder());
    assertThat(s.capacity()).isEqualTo(92);
    assertThat(s.getShort(0)).isEqualTo((short) 6); // BUS_VIRTUAL
    assertThat(s.getShort(2)).isEqualTo((short) 0x1209);
    assertThat(s.getShort(4)).isEqualTo((short) 0x4863);
    assertThat(new String(s.array(), 8, 15, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("handctl pointer");
    assertThat(s.get(8 + 15)).isZero();
    assertThat(s.getInt(88)).isZero(); // ff_effects_max
    ByteBuffer a = ByteBuffer.wrap(UinputEncoding.absSetup(1, 719)).order(ByteOrder.nativeOrder());
    assertThat(a.capacity()).isEqualTo(28);
    assertThat(a.getShort(0)).isEqualTo((short) 1);
    assertThat(a.getInt(4)).isZero(); // value
    assertThat(a.getInt(8)).isZero(); // minimum
    assertThat(a.getInt(12)).isEqualTo(719); // maximum
  }

  /** A stand-in device: records ioctls and the events written. */
  static final class Recorder implements UinputDevice {
    final List<String> ioctls = new ArrayList<>();
    final List<int[]> events = new ArrayList<>();

    @Override
    public void ioctl(int request, int value) {
      ioctls.add(Integer.toHexString(request) + ":" + value);
    }

    @Override
    public void ioctl(int request, byte[] struct) {
      ioctls.add(Integer.toHexString(request) + ":" + struct.length + "b");
    }

    @Override
    public void write(byte[] bytes) {
      ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
      for (int off = 0; off < bytes.length; off += 24) {
        events.add(new int[] {b.getShort(off + 16), b.getShort(off + 18), b.getInt(off + 20)});
      }
    }

    @Override
    public void close() {}
  }

  @Test
  void theSinkDeclaresItsDevicesAndWritesFramesEndedBySynReport() throws Exception {
    Recorder pointer = new Recorder();
    Recorder keyboard = new Recorder();
    UinputActionSink sink = new UinputActionSink(pointer, keyboard, new DesktopBounds(0, 0, 1280, 720));
    assertThat(pointer.ioctls).contains("40045564:1", "40045565:272", "40045566:8", "40045567:0", "401c5504:28b",
        "405c5503:92b").endsWith("5501:0");
    assertThat(keyboard.ioctls).contains("40045565:29", "40045565:30").endsWith("5501:0");
    sink.moveTo(2000, 100);
    sink.press(MouseButton.LEFT);
    sink.scroll(2, -1);
    sink.keyPress("ctrl");
    assertThat(pointer.events).containsExactly(new int[] {3, 0, 1279}, new int[] {3, 1, 100}, new int[] {0, 0, 0},
        new int[] {1, 272, 1}, new int[] {0, 0, 0},
        new int[] {2, 8, -2}, new int[] {0, 0, 0}, // down is a negative REL_WHEEL
        new int[] {2, 6, -1}, new int[] {0, 0, 0});
    assertThat(keyboard.events).containsExactly(new int[] {1, 29, 1}, new int[] {0, 0, 0});
    sink.close();
    assertThat(pointer.ioctls).endsWith("5502:0");
  }
}
