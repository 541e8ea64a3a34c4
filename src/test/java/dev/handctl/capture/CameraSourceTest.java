package dev.handctl.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link CameraSource} against fake devices: recovery, back-off, and conversion only on demand. */
class CameraSourceTest {
  private static final int WIDTH = 8;
  private static final int HEIGHT = 6;

  /** A camera that fills every byte with its id, delivers a number of frames, then is "unplugged". */
  static final class FakeDevice implements CameraDevice {
    final int id;
    final long framesBeforeUnplug;
    final long grabMillis;
    final Semaphore grabPermits;
    final AtomicInteger grabsEntered = new AtomicInteger();
    final AtomicInteger grabs = new AtomicInteger();
    final AtomicInteger retrieves = new AtomicInteger();
    volatile boolean closed;

    FakeDevice(int id, long framesBeforeUnplug, long grabMillis, Semaphore grabPermits) {
      this.id = id;
      this.framesBeforeUnplug = framesBeforeUnplug;
      this.grabMillis = grabMillis;
      this.grabPermits = grabPermits;
    }

    @Override
    public boolean grab() {
      grabsEntered.incrementAndGet();
      if (grabs.get() >= framesBeforeUnplug) {
        return false;
      }
      try {
        if (grabPermits != null) {
          grabPermits.acquire();
        } else {
          Thread.sleep(grabMillis);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      grabs.incrementAndGet();
      return true;
    }

    @Override
    public RgbImage retrieve(RgbImage reuse) {
      retrieves.incrementAndGet();
      RgbImage image = reuse != null ? reuse : new RgbImage(WIDTH, HEIGHT, new byte[WIDTH * HEIGHT * 3]);
      java.util.Arrays.fill(image.rgb(), (byte) id);
      return image;
    }

    @Override
    public int widthPx() {
      return WIDTH;
    }

    @Override
    public int heightPx() {
      return HEIGHT;
    }

    @Override
    public double frameRate() {
      return 100;
    }

    @Override
    public String name() {
      return "fake " + id;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** Plays a script of open outcomes: null is "absent", a device is returned. Records when it was called. */
  static final class ScriptedOpener implements CameraOpener {
    final Deque<FakeDevice> script;
    final CountDownLatch go = new CountDownLatch(1);
    final List<Long> callNanos = Collections.synchronizedList(new ArrayList<>());

    ScriptedOpener(List<FakeDevice> outcomes) {
      this.script = new ArrayDeque<>();
      outcomes.forEach(d -> script.add(d == null ? ABSENT : d));
    }

    private static final FakeDevice ABSENT = new FakeDevice(-1, 0, 0, null);

    @Override
    public CameraDevice open() throws CameraUnavailableException {
      try {
        go.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      callNanos.add(System.nanoTime());
      FakeDevice next = script.isEmpty() ? ABSENT : script.poll();
      if (next == ABSENT) {
        throw new CameraUnavailableException("no camera at /dev/video7 (camera:7)", true);
      }
      return next;
    }
  }

  private static List<SourceState> collapsed(List<SourceStatus> statuses) {
    List<SourceState> states = new ArrayList<>();
    for (SourceStatus s : statuses) {
      if (states.isEmpty() || states.get(states.size() - 1) != s.state()) {
        states.add(s.state());
      }
    }
    return states;
  }

  @Test
  void recoversFromMissingAndUnpluggedCameraWithGrowingBackOff() {
    FakeDevice first = new FakeDevice(1, 10, 5, null);
    FakeDevice second = new FakeDevice(2, Long.MAX_VALUE, 5, null);
    ScriptedOpener opener = new ScriptedOpener(java.util.Arrays.asList(null, null, first, null, second));
    List<SourceStatus> statuses = Collections.synchronizedList(new ArrayList<>());
    CameraRetry retry = new CameraRetry(20, 1000);
    List<Frame> fromFirst = new ArrayList<>();
    List<Frame> fromSecond = new ArrayList<>();
    try (CameraSource source = new CameraSource(opener, retry, "camera:7")) {
      source.addStatusListener(statuses::add);
      opener.go.countDown();
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
        long previousIndex = -1;
        while (fromSecond.size() < 3) {
          Frame f = source.next();
          assertThat(f).isNotNull();
          assertThat(f.index()).isGreaterThan(previousIndex);
          previousIndex = f.index();
          (f.image().rgb()[0] == 1 ? fromFirst : fromSecond).add(f);
        }
      });
      assertThat(source.live()).isTrue();
      assertThat(source.status().state()).isEqualTo(SourceState.RUNNING);
      assertThat(source.description()).contains("camera:7", "fake 2", "8x6", "100.0 frames/s");
    }
    assertThat(first.closed).as("unplugged device closed").isTrue();
    assertThat(second.closed).as("device closed with the source").isTrue();
    assertThat(fromFirst).as("frames before the unplug").isNotEmpty();
    // Frame indices count grabbed frames since the source was created, across the reopening.
    assertThat(fromSecond.get(0).index()).isGreaterThanOrEqualTo(10);

    assertThat(collapsed(statuses)).containsExactly(SourceState.STARTING, SourceState.WAITING_FOR_CAMERA,
        SourceState.RUNNING, SourceState.WAITING_FOR_CAMERA, SourceState.RUNNING, SourceState.STOPPED);
    List<String> messages = statuses.stream().map(SourceStatus::message).toList();
    assertThat(messages).containsSubsequence(
        "no camera at /dev/video7 (camera:7); retrying in 20 ms",
        "no camera at /dev/video7 (camera:7); retrying in 40 ms",
        "camera:7 (fake 1) 8x6 at 100.0 frames/s",
        "camera:7 stopped delivering frames (unplugged?); reopening",
        // The back-off starts again after a successful open.
        "no camera at /dev/video7 (camera:7); retrying in 20 ms",
        "camera:7 (fake 2) 8x6 at 100.0 frames/s",
        "camera:7 closed");

    List<Long> calls = opener.callNanos;
    assertThat(calls).hasSize(5);
    double firstGapMillis = (calls.get(1) - calls.get(0)) / 1e6;
    double secondGapMillis = (calls.get(2) - calls.get(1)) / 1e6;
    System.out.printf(java.util.Locale.ROOT, "back-off between open attempts: %.1f ms, then %.1f ms%n",
        firstGapMillis, secondGapMillis);
    assertThat(firstGapMillis).isGreaterThanOrEqualTo(20);
    assertThat(secondGapMillis).isGreaterThanOrEqualTo(40);
  }

  @Test
  void framesNobodyWaitsForAreGrabbedButNotConverted() throws Exception {
    Semaphore permits = new Semaphore(0);
    FakeDevice device = new FakeDevice(1, Long.MAX_VALUE, 0, permits);
    try (CameraSource source = new CameraSource(() -> device, new CameraRetry(20, 20), "camera:0")) {
      permits.release(20);
      awaitGrabEntered(device, 21);
      assertThat(device.grabs.get()).isEqualTo(20);
      assertThat(device.retrieves.get()).as("conversions with no consumer").isZero();

      CountDownLatch got = new CountDownLatch(1);
      Frame[] frame = new Frame[1];
      Thread consumer = new Thread(() -> {
        try {
          frame[0] = source.next();
        } catch (ImageReadException e) {
          throw new RuntimeException(e);
        }
        got.countDown();
      });
      consumer.start();
      // One frame at a time until one is converted (the consumer is waiting by then); stop there.
      while (device.retrieves.get() == 0) {
        int entered = device.grabsEntered.get();
        permits.release();
        awaitGrabEntered(device, entered + 1);
      }
      assertThat(got.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      consumer.join(5000);
      assertThat(device.retrieves.get()).isEqualTo(1);
      assertThat(frame[0].index()).as("index counts the unconverted grabs too").isGreaterThanOrEqualTo(20);
      assertThat(source.droppedFrames()).isZero();
    }
  }

  private static void awaitGrabEntered(FakeDevice device, int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (device.grabsEntered.get() < count) {
      assertThat(System.nanoTime()).as("capture thread never reached grab " + count).isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  @Test
  void closeUnblocksAWaitingNextAndStops() throws Exception {
    ScriptedOpener opener = new ScriptedOpener(List.of());
    opener.go.countDown();
    CameraSource source = new CameraSource(opener, new CameraRetry(10, 10), "camera:7");
    Frame[] result = {new Frame(-1, 0, new RgbImage(1, 1, new byte[3]))};
    Thread consumer = new Thread(() -> {
      try {
        result[0] = source.next();
      } catch (ImageReadException e) {
        throw new RuntimeException(e);
      }
    });
    consumer.start();
    CountDownLatch waiting = new CountDownLatch(1);
    source.addStatusListener(s -> {
      if (s.state() == SourceState.WAITING_FOR_CAMERA) {
        waiting.countDown();
      }
    });
    assertThat(waiting.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    source.close();
    consumer.join(5000);
    assertThat(consumer.isAlive()).isFalse();
    assertThat(result[0]).isNull();
    assertThat(source.status().state()).isEqualTo(SourceState.STOPPED);
    assertThat(source.next()).isNull();
  }

  @Test
  void busyCameraIsAnErrorNotAWait() throws Exception {
    CountDownLatch error = new CountDownLatch(1);
    CameraOpener busy = () -> {
      throw new CameraUnavailableException("camera:0 (/dev/video0, \"HD Webcam\") cannot be opened: it may be in use"
          + " by another program or not readable by this user", false);
    };
    try (CameraSource source = new CameraSource(busy, new CameraRetry(1000, 1000), "camera:0")) {
      source.addStatusListener(s -> {
        if (s.state() == SourceState.ERROR) {
          error.countDown();
        }
      });
      assertThat(error.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(source.status().message()).endsWith("in use by another program or not readable by this user;"
          + " retrying in 1.0 s");
    }
  }
}
