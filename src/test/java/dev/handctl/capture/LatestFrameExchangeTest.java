package dev.handctl.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LatestFrameExchangeTest {
  private static final long INTERVAL_NANOS = 40_000_000L;

  /** A producer-side image: every byte holds the frame index, so torn frames show. */
  private static RgbImage fill(RgbImage reuse, long index, AtomicInteger allocations) {
    RgbImage image = reuse;
    if (image == null) {
      allocations.incrementAndGet();
      image = new RgbImage(4, 3, new byte[4 * 3 * 3]);
    }
    java.util.Arrays.fill(image.rgb(), (byte) index);
    return image;
  }

  /** Waits (bounded) until the consumer is blocked in take(): only then is a frame demanded with no return yet. */
  private static void awaitConsumerWaiting(LatestFrameExchange exchange) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!exchange.demanded(0, INTERVAL_NANOS)) {
      assertThat(System.nanoTime()).as("consumer never started waiting").isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  @Test
  void slowConsumerGetsTheNewestFrameAndDropsAreCounted() throws Exception {
    LatestFrameExchange exchange = new LatestFrameExchange();
    AtomicInteger allocations = new AtomicInteger();
    CountDownLatch firstTaken = new CountDownLatch(1);
    CountDownLatch fivePublished = new CountDownLatch(1);
    List<Long> seen = Collections.synchronizedList(new ArrayList<>());
    Thread consumer = new Thread(() -> {
      try {
        seen.add(exchange.take().index());
        firstTaken.countDown();
        fivePublished.await();
        seen.add(exchange.take().index());
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    });
    consumer.start();
    Thread producer = new Thread(() -> {
      RgbImage back = null;
      back = exchange.publish(fill(back, 0, allocations), 0, 0);
      try {
        firstTaken.await();
      } catch (InterruptedException e) {
        return;
      }
      // The consumer is busy: frames 1..5 arrive, only 5 should reach it.
      for (long i = 1; i <= 5; i++) {
        back = exchange.publish(fill(back, i, allocations), i, i);
      }
      fivePublished.countDown();
    });
    producer.start();
    producer.join(5000);
    consumer.join(5000);
    assertThat(seen).containsExactly(0L, 5L);
    assertThat(exchange.droppedFrames()).isEqualTo(4);
  }

  @Test
  void closeUnblocksAWaitingConsumer() throws Exception {
    LatestFrameExchange exchange = new LatestFrameExchange();
    AtomicReference<Object> result = new AtomicReference<>("not returned");
    Thread consumer = new Thread(() -> {
      try {
        result.set(exchange.take());
      } catch (ImageReadException e) {
        result.set(e);
      }
    });
    consumer.start();
    awaitConsumerWaiting(exchange);
    exchange.close();
    consumer.join(5000);
    assertThat(consumer.isAlive()).isFalse();
    assertThat(result.get()).isNull();
    assertThat(exchange.take()).as("take after close").isNull();
  }

  @Test
  void steadyStateCyclesThreeBuffersAndNeverHandsTheConsumersBufferToTheProducer() throws Exception {
    LatestFrameExchange exchange = new LatestFrameExchange();
    AtomicInteger allocations = new AtomicInteger();
    Set<byte[]> buffers = Collections.newSetFromMap(new IdentityHashMap<>());
    RgbImage back = null;
    for (long i = 0; i < 40; i++) {
      back = fill(back, i, allocations);
      back = exchange.publish(back, i, i);
      Frame f = exchange.take();
      buffers.add(f.image().rgb());
      assertThat(back == null ? null : back.rgb()).as("producer's buffer is not the one the consumer holds")
          .isNotSameAs(f.image().rgb());
      assertThat(f.image().rgb()[0]).isEqualTo((byte) i);
    }
    assertThat(allocations.get()).isLessThanOrEqualTo(3);
    assertThat(buffers).hasSizeLessThanOrEqualTo(3);
  }

  @Test
  void concurrentProducerNeverTearsTheFrameTheConsumerHolds() throws Exception {
    LatestFrameExchange exchange = new LatestFrameExchange();
    AtomicInteger allocations = new AtomicInteger();
    AtomicLong published = new AtomicLong();
    Thread producer = new Thread(() -> {
      RgbImage back = null;
      for (long i = 0; !Thread.currentThread().isInterrupted() && i < 2_000_000; i++) {
        back = exchange.publish(fill(back, i, allocations), i, i);
        published.set(i);
      }
      exchange.end(null);
    });
    producer.start();
    Set<byte[]> buffers = Collections.newSetFromMap(new IdentityHashMap<>());
    long previous = -1;
    int taken = 0;
    for (Frame f; (f = exchange.take()) != null && taken < 2000; taken++) {
      assertThat(f.index()).isGreaterThan(previous);
      previous = f.index();
      buffers.add(f.image().rgb());
      // While we hold it, the producer keeps publishing; our bytes must stay those of our frame.
      for (int k = 0; k < 50; k++) {
        for (byte b : f.image().rgb()) {
          assertThat(b).isEqualTo((byte) f.index());
        }
      }
    }
    producer.interrupt();
    exchange.close();
    producer.join(5000);
    assertThat(taken).isGreaterThan(0);
    assertThat(allocations.get()).isLessThanOrEqualTo(3);
    assertThat(buffers).hasSizeLessThanOrEqualTo(3);
    assertThat(exchange.droppedFrames()).as("producer outpaces a checking consumer").isPositive();
  }

  @Test
  void demandMeansWaitingOrReturnedWithinTwoFrameIntervals() throws Exception {
    AtomicLong clock = new AtomicLong(1_000_000_000L);
    LatestFrameExchange exchange = new LatestFrameExchange(clock::get);
    assertThat(exchange.demanded(clock.get(), INTERVAL_NANOS)).as("before any consumer").isFalse();
    exchange.publish(new RgbImage(1, 1, new byte[3]), 7, 0);
    assertThat(exchange.take().index()).isEqualTo(7);
    long returned = clock.get();
    assertThat(exchange.demanded(returned + 2 * INTERVAL_NANOS - 1, INTERVAL_NANOS)).isTrue();
    assertThat(exchange.demanded(returned + 2 * INTERVAL_NANOS, INTERVAL_NANOS)).isFalse();
    exchange.close();
    assertThat(exchange.demanded(returned, INTERVAL_NANOS)).as("after close").isFalse();
  }

  @Test
  void producerCanWaitForTheFirstConsumer() throws Exception {
    LatestFrameExchange exchange = new LatestFrameExchange();
    CountDownLatch consumerArrived = new CountDownLatch(1);
    AtomicReference<Object> taken = new AtomicReference<>();
    Thread producer = new Thread(() -> {
      try {
        if (exchange.awaitConsumer()) {
          consumerArrived.countDown();
          exchange.publish(new RgbImage(1, 1, new byte[3]), 0, 0);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    producer.start();
    assertThat(consumerArrived.getCount()).as("no consumer yet").isEqualTo(1);
    taken.set(exchange.take());
    producer.join(5000);
    assertThat(consumerArrived.getCount()).isZero();
    assertThat(((Frame) taken.get()).index()).isZero();

    LatestFrameExchange closedFirst = new LatestFrameExchange();
    closedFirst.close();
    assertThat(closedFirst.awaitConsumer()).isFalse();
  }

  @Test
  void endHandsOutThePendingFrameThenTheErrorThenNull() throws Exception {
    LatestFrameExchange exchange = new LatestFrameExchange();
    exchange.publish(new RgbImage(1, 1, new byte[3]), 3, 0);
    exchange.end(new ImageReadException("clip.mp4: cannot decode frame 4"));
    assertThat(exchange.take().index()).isEqualTo(3);
    assertThatThrownBy(exchange::take).isInstanceOf(ImageReadException.class).hasMessageContaining("frame 4");
    assertThat(exchange.take()).isNull();
  }

  @Test
  void interruptedConsumerGetsNullAndKeepsTheFlag() throws Exception {
    LatestFrameExchange exchange = new LatestFrameExchange();
    AtomicReference<Object> result = new AtomicReference<>("not returned");
    AtomicReference<Boolean> flag = new AtomicReference<>();
    Thread consumer = new Thread(() -> {
      try {
        result.set(exchange.take());
      } catch (ImageReadException e) {
        result.set(e);
      }
      flag.set(Thread.currentThread().isInterrupted());
    });
    consumer.start();
    awaitConsumerWaiting(exchange);
    consumer.interrupt();
    consumer.join(5000);
    assertThat(result.get()).isNull();
    assertThat(flag.get()).isTrue();
  }

  @Test
  void aPausedConsumerGetsNoConversionsAndAFreshFrameAfterThePause() throws Exception {
    java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(1_000);
    LatestFrameExchange exchange = new LatestFrameExchange(now::get);
    exchange.publish(new RgbImage(1, 1, new byte[3]), 1, 0);
    assertThat(exchange.take().index()).isEqualTo(1);
    exchange.publish(new RgbImage(1, 1, new byte[3]), 2, 0); // converted just before the consumer paused
    long wake = now.get() + 10 * INTERVAL_NANOS;
    exchange.pauseUntil(wake);
    assertThat(exchange.droppedFrames()).as("the frame ready at the pause is stale by the wake-up").isEqualTo(1);
    assertThat(exchange.demanded(now.get() + INTERVAL_NANOS, INTERVAL_NANOS))
        .as("recently returned, but paused: not worth converting").isFalse();
    assertThat(exchange.demanded(wake, INTERVAL_NANOS)).as("the pause is over, but it has not come back yet")
        .isFalse();
    RgbImage late = new RgbImage(1, 1, new byte[3]);
    assertThat(exchange.publish(late, 3, 0)).as("converted during the pause: handed straight back").isSameAs(late);
    assertThat(exchange.droppedFrames()).isEqualTo(2);
    Thread consumer = new Thread(() -> {
      try {
        exchange.take();
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    });
    consumer.start();
    awaitConsumerWaiting(exchange); // waiting early, before the pause is over, also gets frames
    exchange.publish(new RgbImage(1, 1, new byte[3]), 4, 0);
    consumer.join(5000);
    assertThat(consumer.isAlive()).isFalse();
  }
}
