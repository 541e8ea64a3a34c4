package dev.handctl.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The figures of {@code handctl eval photos}: each labelled hand (or, without labelled boxes, each
 * image) is one sample with the gesture its folder expects and the one recognised, from which come
 * the confusion table, the accuracies and the hand detection rate.
 *
 * <p>A sample is right when the recognised gesture is the expected one; for a folder that expects
 * no gesture, when none is recognised. A labelled hand that was not found counts as {@link #NONE}
 * recognised (wrong, unless none was expected). The overall accuracy counts every sample, those
 * expecting none included.
 */
public final class PhotoTally {
  /** The label of "no gesture", as an expected and as a recognised gesture. */
  public static final String NONE = "none";

  /**
   * One scored hand or image.
   *
   * @param image the image, relative to the photo folder
   * @param expected the gesture expected, or {@link #NONE}
   * @param handExpected whether a hand is labelled there (a box, or an image in a gesture folder);
   *     only those count for the detection rate
   * @param handFound whether a hand was found for it (paired with the box, or any hand in the image)
   * @param recognised the gesture recognised, or {@link #NONE}
   */
  public record Sample(String image, String expected, boolean handExpected, boolean handFound, String recognised) {
    /** Checks that both gestures are given ({@link #NONE} for none). */
    public Sample {
      Objects.requireNonNull(expected, "expected");
      Objects.requireNonNull(recognised, "recognised");
    }

    /** Tells whether the recognised gesture is the expected one. */
    public boolean right() {
      return expected.equals(recognised);
    }
  }

  private final List<String> gestureOrder;
  private final boolean byBoxes;
  private final List<Sample> samples = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private int images;
  private int extraHands;

  /**
   * Starts an empty tally.
   *
   * @param gestureOrder the gestures in the order the tables list them
   * @param byBoxes whether hands are labelled by boxes (else one sample per image)
   */
  public PhotoTally(Collection<String> gestureOrder, boolean byBoxes) {
    this.gestureOrder = List.copyOf(gestureOrder);
    this.byBoxes = byBoxes;
  }

  /** Adds a sample. */
  public void add(Sample sample) {
    samples.add(sample);
  }

  /** Counts an image that was scored. */
  public void countImage() {
    images++;
  }

  /** Counts found hands that no labelled box claims (on images with boxes). */
  public void addExtraHands(int count) {
    extraHands += count;
  }

  /** Records an image or label that could not be used, with why. */
  public void addFailure(String message) {
    failures.add(message);
  }

  /** Returns the samples in the order they were added. */
  public List<Sample> samples() {
    return List.copyOf(samples);
  }

  /** Tells whether hands were labelled by boxes ({@code boxes.csv}) rather than per image. */
  public boolean byBoxes() {
    return byBoxes;
  }

  /** Returns the number of images scored. */
  public int images() {
    return images;
  }

  /** Returns the found hands no labelled box claimed. */
  public int extraHands() {
    return extraHands;
  }

  /** Returns what could not be used, one message each. */
  public List<String> failures() {
    return List.copyOf(failures);
  }

  /** Returns the expected gestures that have samples, in gesture order, {@link #NONE} last. */
  public List<String> rows() {
    Set<String> present = new LinkedHashSet<>();
    samples.forEach(s -> present.add(s.expected()));
    return ordered(present);
  }

  /** Returns the expected and recognised gestures that occur, in gesture order, {@link #NONE} last. */
  public List<String> columns() {
    Set<String> present = new LinkedHashSet<>();
    samples.forEach(s -> {
      present.add(s.expected());
      present.add(s.recognised());
    });
    present.add(NONE);
    return ordered(present);
  }

  private List<String> ordered(Set<String> present) {
    List<String> out = new ArrayList<>();
    gestureOrder.stream().filter(present::contains).forEach(out::add);
    // Gestures outside the given order (an alias of a gesture that is not loaded) go after, by name.
    present.stream().filter(g -> !out.contains(g) && !g.equals(NONE)).sorted().forEach(out::add);
    if (present.contains(NONE)) {
      out.add(NONE);
    }
    return out;
  }

  /** Returns how many samples expecting one gesture were recognised as another. */
  public int count(String expected, String recognised) {
    return (int) samples.stream().filter(s -> s.expected().equals(expected) && s.recognised().equals(recognised))
        .count();
  }

  /** Returns how many samples expect a gesture. */
  public int samples(String expected) {
    return (int) samples.stream().filter(s -> s.expected().equals(expected)).count();
  }

  /** Returns how many samples expecting a gesture were right. */
  public int right(String expected) {
    return count(expected, expected);
  }

  /** Returns how many samples expecting a gesture had their hand found. */
  public int handsFound(String expected) {
    return (int) samples.stream().filter(s -> s.expected().equals(expected) && s.handFound()).count();
  }

  /** Returns the share of the samples expecting a gesture that were right, NaN when there are none. */
  public double accuracy(String expected) {
    return ratio(right(expected), samples(expected));
  }

  /** Returns the number of samples. */
  public int total() {
    return samples.size();
  }

  /** Returns the number of right samples. */
  public int totalRight() {
    return (int) samples.stream().filter(Sample::right).count();
  }

  /** Returns the share of all samples that were right, NaN when there are none. */
  public double overallAccuracy() {
    return ratio(totalRight(), total());
  }

  /** Returns the number of labelled hands (boxes, or images in gesture folders). */
  public int handsExpected() {
    return (int) samples.stream().filter(Sample::handExpected).count();
  }

  /** Returns the number of labelled hands that were found. */
  public int handsExpectedFound() {
    return (int) samples.stream().filter(s -> s.handExpected() && s.handFound()).count();
  }

  /** Returns the share of labelled hands found, NaN when none is labelled. */
  public double detectionRate() {
    return ratio(handsExpectedFound(), handsExpected());
  }

  /** Returns the images expecting no hand where a hand was found anyway (per-image samples only). */
  public int handsOnNoneImages() {
    return (int) samples.stream().filter(s -> !s.handExpected() && s.handFound()).count();
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? Double.NaN : part / (double) whole;
  }
}
