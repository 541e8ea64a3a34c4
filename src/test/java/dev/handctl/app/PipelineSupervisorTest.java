package dev.handctl.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The supervisor on its own: back-off and giving up, a retry on request, the stall watchdog. */
class PipelineSupervisorTest {
  private static final class Events implements PipelineSupervisor.Listener {
    final List<String> seen = new CopyOnWriteArrayList<>();

    @Override
    public void failed(String problem, Throwable cause) {
      seen.add("failed: " + problem);
    }

    @Override
    public void stalled(String problem) {
      seen.add("stalled: " + problem);
    }

    @Override
    public void recovered() {
      seen.add("recovered");
    }
  }

  @Test
  void aPipelineThatKeepsFailingGivesUpVisiblyUntilRetried() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    AtomicBoolean broken = new AtomicBoolean(true);
    Events events = new Events();
    PipelineSupervisor[] holder = new PipelineSupervisor[1];
    CountDownLatch ranAgain = new CountDownLatch(1);
    PipelineSupervisor s = new PipelineSupervisor(() -> {
      runs.incrementAndGet();
      if (broken.get()) {
        throw new IllegalStateException("broken stage");
      }
      holder[0].beat();
      ranAgain.countDown();
    }, events, () -> false, new PipelineSupervisor.Policy(10, 40, 3, 60_000, 10_000));
    holder[0] = s;
    s.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while ((s.problem() == null || !s.problem().contains("gave up")) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(s.problem()).isEqualTo("pipeline failed: IllegalStateException: broken stage (gave up after 3 failures"
        + " in a row; Reload from the tray to try again)");
    Thread.sleep(200);
    assertThat(runs.get()).as("no retry after giving up").isEqualTo(3);
    assertThat(events.seen).hasSize(3).allMatch(e -> e.startsWith("failed: "));
    assertThat(events.seen.get(0)).contains("retrying in 0.01 s");

    broken.set(false);
    s.retryNow();
    assertThat(ranAgain.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(s.stop(5000)).isTrue();
    assertThat(s.problem()).isNull();
    assertThat(events.seen).last().isEqualTo("recovered");
  }

  @Test
  void theWatchdogStopsAStuckPipelineAndItComesBack() throws Exception {
    Events events = new Events();
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch secondRunBeating = new CountDownLatch(20);
    PipelineSupervisor[] holder = new PipelineSupervisor[1];
    PipelineSupervisor s = new PipelineSupervisor(() -> {
      int run = runs.incrementAndGet();
      for (int frame = 0; ; frame++) {
        if (run == 1 && frame == 5) {
          // Stuck, as in a native call that never returns until it is interrupted.
          try {
            Thread.sleep(60_000);
          } catch (InterruptedException e) {
            return;
          }
        }
        holder[0].beat();
        if (run > 1) {
          secondRunBeating.countDown();
        }
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, events, () -> true, new PipelineSupervisor.Policy(10, 40, 5, 60_000, 300));
    holder[0] = s;
    s.start();
    assertThat(secondRunBeating.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(s.stop(5000)).isTrue();
    assertThat(runs.get()).isEqualTo(2);
    assertThat(events.seen).hasSize(3);
    assertThat(events.seen.get(0)).startsWith("stalled: pipeline stalled: no frame for 0 s while the source has them"
        + " (stuck at Thread.sleep in PipelineSupervisorTest.");
    assertThat(events.seen.get(1)).startsWith("failed: pipeline stalled: no frame for");
    assertThat(events.seen.get(2)).isEqualTo("recovered");
  }

  @Test
  void aThrowableInOneLine() {
    assertThat(PipelineSupervisor.oneLine(new OutOfMemoryError(
        "Physical memory usage is too high: physicalBytes (400M) > maxPhysicalBytes (384M)")))
        .isEqualTo("native memory over JavaCPP's limit: OutOfMemoryError: Physical memory usage is too high:"
            + " physicalBytes (400M) > maxPhysicalBytes (384M)");
    assertThat(PipelineSupervisor.oneLine(new IllegalStateException("a\nb", new ArithmeticException("zero"))))
        .isEqualTo("IllegalStateException: a, caused by ArithmeticException: zero");
    assertThat(PipelineSupervisor.oneLine(new StackOverflowError())).isEqualTo("StackOverflowError");
  }
}
