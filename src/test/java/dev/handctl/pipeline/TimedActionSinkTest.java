package dev.handctl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handctl.action.DesktopBounds;
import dev.handctl.action.MouseButton;
import dev.handctl.action.RecordingActionSink;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TimedActionSink}: every action passes through and is timed from its frame's capture. */
class TimedActionSinkTest {
  @Test
  void eachActionIsPassedOnAndTimedFromItsFramesCapture() throws Exception {
    RecordingActionSink recording = new RecordingActionSink(DesktopBounds.ASSUMED);
    List<Long> latencies = new ArrayList<>();
    TimedActionSink sink = new TimedActionSink(recording, latencies::add);
    sink.moveTo(10, 10); // no frame yet: passed on, not timed
    long captured = System.nanoTime();
    sink.setCaptureNanos(captured);
    Thread.sleep(5);
    sink.press(MouseButton.LEFT);
    sink.release(MouseButton.LEFT);
    sink.scroll(1, 0);
    sink.keyPress("a");
    sink.keyRelease("a");
    assertThat(recording.actions()).hasSize(6);
    assertThat(latencies).hasSize(5).allMatch(n -> n >= 5_000_000L && n < System.nanoTime() - captured + 1);
    assertThat(sink.pointerPosition()).isEqualTo(recording.pointerPosition());
  }
}
