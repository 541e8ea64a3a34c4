package dev.handctl.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.PixelKeypoint;
import dev.handctl.hand.TrackedHand;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A landmark stream made from a real hand's keypoints, frame by frame at 30 frames/s: the whole hand
 * moved along a path, the thumb tip moved onto the index tip and back (a pinch), the hand out of
 * view. Each keypoint gets Gaussian jitter of the size the landmark model shows on a still hand, so
 * the stream is as noisy as a real one. It can be written in the format of {@code handctl track --jsonl}.
 */
public final class LandmarkScript {
  /** 30 frames per second. */
  public static final long FRAME_NANOS = 33_333_333L;

  private final HandLandmarks base;
  private final int id;
  private final Random noise;
  private final double jitterPx;
  private final double handSizePx;
  private final List<List<PixelKeypoint>> frames = new ArrayList<>();
  private double offsetXPx;
  private double offsetYPx;
  /** Thumb tip to index tip in hand sizes, or NaN for the thumb where the photo has it. */
  private double thumbSizes = Double.NaN;

  /**
   * Starts a script.
   *
   * @param base the real hand
   * @param id the tracked hand's id
   * @param seed seed of the jitter
   * @param jitterPx standard deviation of each keypoint's jitter, pixels
   */
  public LandmarkScript(HandLandmarks base, int id, long seed, double jitterPx) {
    this.base = base;
    this.id = id;
    this.noise = new Random(seed);
    this.jitterPx = jitterPx;
    PixelKeypoint w = base.keypoints().get(0);
    PixelKeypoint m = base.keypoints().get(9);
    this.handSizePx = Math.hypot(m.xPx() - w.xPx(), m.yPx() - w.yPx());
  }

  /**
   * Moves the hand, without a frame, so that its palm centre is in the middle of a picture.
   *
   * @param widthPx the picture's width
   * @param heightPx the picture's height
   * @return this script
   */
  public LandmarkScript centredIn(int widthPx, int heightPx) {
    dev.handctl.hand.PixelPoint c = HandLandmarks.palmCentre(base.keypoints());
    offsetXPx = widthPx / 2.0 - c.xPx();
    offsetYPx = heightPx / 2.0 - c.yPx();
    return this;
  }

  /** Returns the hand size (wrist to middle-finger base) in pixels. */
  public double handSizePx() {
    return handSizePx;
  }

  /** The hand stays where it is for some frames. */
  public LandmarkScript hold(int count) {
    for (int i = 0; i < count; i++) {
      frames.add(current());
    }
    return this;
  }

  /** The hand moves by (dx, dy) hand sizes (image directions) in a straight line over some frames. */
  public LandmarkScript move(double dxSizes, double dySizes, int count) {
    double x0 = offsetXPx;
    double y0 = offsetYPx;
    for (int i = 1; i <= count; i++) {
      offsetXPx = x0 + dxSizes * handSizePx * i / count;
      offsetYPx = y0 + dySizes * handSizePx * i / count;
      frames.add(current());
    }
    return this;
  }

  /** The thumb tip goes to {@code sizes} hand sizes from the index tip over some frames. */
  public LandmarkScript thumbTo(double sizes, int count) {
    return thumbTo(sizes, count, 0, 0);
  }

  /**
   * The thumb tip goes to {@code sizes} hand sizes from the index tip over some frames while the
   * whole hand slips by (dx, dy) hand sizes, as a hand does when its fingers close or open.
   */
  public LandmarkScript thumbTo(double sizes, int count, double slipXSizes, double slipYSizes) {
    double from = Double.isNaN(thumbSizes) ? naturalThumbSizes() : thumbSizes;
    double x0 = offsetXPx;
    double y0 = offsetYPx;
    for (int i = 1; i <= count; i++) {
      thumbSizes = from + (sizes - from) * i / count;
      offsetXPx = x0 + slipXSizes * handSizePx * i / count;
      offsetYPx = y0 + slipYSizes * handSizePx * i / count;
      frames.add(current());
    }
    return this;
  }

  /** The thumb goes back where the photo has it, over some frames. */
  public LandmarkScript thumbFree(int count) {
    thumbTo(naturalThumbSizes(), count);
    thumbSizes = Double.NaN;
    return this;
  }

  /** The hand is out of view for some frames. */
  public LandmarkScript gone(int count) {
    for (int i = 0; i < count; i++) {
      frames.add(null);
    }
    return this;
  }

  /** Returns the number of frames so far. */
  public int size() {
    return frames.size();
  }

  /** Returns frame i's hands (none while the hand is out of view). */
  public List<TrackedHand> hands(int i) {
    List<PixelKeypoint> k = frames.get(i);
    return k == null ? List.of() : List.of(new TrackedHand(id, new HandLandmarks(k, List.of(), 0.99,
        base.handedness(), 0.95, base.region())));
  }

  /** Returns frame i's time. */
  public static long timestampNanos(int i) {
    return i * FRAME_NANOS;
  }

  /**
   * Writes the stream as {@code handctl track --jsonl} would.
   *
   * @param file where
   * @param widthPx the frame width to record
   * @param heightPx the frame height to record
   * @throws IOException when the file cannot be written
   */
  public void writeJsonl(Path file, int widthPx, int heightPx) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < frames.size(); i++) {
        ObjectNode line = mapper.createObjectNode();
        line.put("frame", i);
        line.put("timestampMs", Math.round(timestampNanos(i) / 1e3) / 1e3);
        line.put("width", widthPx);
        line.put("height", heightPx);
        ArrayNode hands = line.putArray("hands");
        for (TrackedHand h : hands(i)) {
          ObjectNode hand = hands.addObject();
          hand.put("id", h.id());
          hand.put("handedness", h.landmarks().handedness().label());
          hand.put("presence", h.landmarks().presence());
          ArrayNode points = hand.putArray("keypoints");
          for (PixelKeypoint p : h.landmarks().keypoints()) {
            points.addArray().add(round(p.xPx())).add(round(p.yPx())).add(round(p.zPx()));
          }
        }
        w.write(mapper.writeValueAsString(line));
        w.write('\n');
      }
    }
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private double naturalThumbSizes() {
    PixelKeypoint t = base.keypoints().get(4);
    PixelKeypoint i = base.keypoints().get(8);
    return Math.hypot(t.xPx() - i.xPx(), t.yPx() - i.yPx()) / handSizePx;
  }

  private List<PixelKeypoint> current() {
    List<PixelKeypoint> k = new ArrayList<>(base.keypoints());
    if (!Double.isNaN(thumbSizes)) {
      PixelKeypoint index = k.get(8);
      PixelKeypoint tip = k.get(4);
      double dx = tip.xPx() - index.xPx();
      double dy = tip.yPx() - index.yPx();
      double n = Math.hypot(dx, dy);
      double scale = thumbSizes * handSizePx / n;
      PixelKeypoint newTip = new PixelKeypoint(index.xPx() + dx * scale, index.yPx() + dy * scale, tip.zPx());
      PixelKeypoint ip = k.get(3);
      // The last joint follows the tip half way, as a bending thumb's does.
      k.set(3, new PixelKeypoint(ip.xPx() + (newTip.xPx() - tip.xPx()) / 2, ip.yPx() + (newTip.yPx() - tip.yPx()) / 2,
          ip.zPx()));
      k.set(4, newTip);
    }
    List<PixelKeypoint> out = new ArrayList<>(k.size());
    for (PixelKeypoint p : k) {
      out.add(new PixelKeypoint(p.xPx() + offsetXPx + noise.nextGaussian() * jitterPx,
          p.yPx() + offsetYPx + noise.nextGaussian() * jitterPx, p.zPx()));
    }
    return out;
  }
}
