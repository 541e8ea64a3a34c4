package dev.handctl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handctl.gesture.GestureDefinition;
import dev.handctl.gesture.GestureProblem;
import dev.handctl.gesture.GestureRecognizer;
import dev.handctl.gesture.HandGeometry;
import dev.handctl.gesture.StaticGestureClassifier;
import dev.handctl.hand.HandLandmark;
import dev.handctl.hand.HandLandmarks;
import dev.handctl.hand.HandRegion;
import dev.handctl.hand.Handedness;
import dev.handctl.hand.TrackedHand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gesture files edited while the classifier runs: a good edit applies within 2 s, a broken one is refused. */
class GestureLibraryTest {
  /** A flat hand: every finger straight along +x from the wrist. */
  private static List<HandLandmark> straightHand() {
    List<HandLandmark> k = new ArrayList<>();
    k.add(new HandLandmark(0, 0, 0));
    for (int f = 0; f < 5; f++) {
      for (int j = 1; j <= 4; j++) {
        k.add(new HandLandmark(20 * j, 10 * f - 20, 0));
      }
    }
    return k;
  }

  @Test
  void aChangedRuleAppliesWithinTwoSecondsAndABrokenOneKeepsTheOld(@TempDir Path user) throws Exception {
    Path file = user.resolve("flat.yaml");
    Files.writeString(file, "name: flat\nfingers:\n  index: {curl: extended}\n");
    BlockingQueue<Object> news = new LinkedBlockingQueue<>();
    try (GestureLibrary library = GestureLibrary.open(List.of(Path.of("gestures"), user), 200,
        new GestureLibrary.Listener() {
          @Override
          public void reloaded(List<GestureDefinition> definitions) {
            news.add(definitions);
          }

          @Override
          public void rejected(List<GestureProblem> problems) {
            news.add(problems);
          }
        })) {
      HandGeometry hand = HandGeometry.of(straightHand(), Handedness.LEFT, false,
          ConfigLoader.defaults().geometry());
      assertThat(classify(library, hand)).isEqualTo("open_palm"); // priority 0 ties: shipped open_palm first

      // The user raises the rule's priority: it must win from now on.
      Files.writeString(file, "name: flat\npriority: 5\nfingers:\n  index: {curl: extended}\n");
      long t0 = System.nanoTime();
      Object first = news.poll(2, TimeUnit.SECONDS);
      assertThat(first).as("reloaded within 2 s").isInstanceOf(List.class);
      System.out.printf("gesture edit picked up after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
      assertThat(classify(library, hand)).isEqualTo("flat");

      // A broken edit: reported with its line, the previous rules stay.
      Files.writeString(file, "name: flat\npriority: 5\nfingers:\n  index: {curl: straight}\n");
      Object second = news.poll(2, TimeUnit.SECONDS);
      assertThat(second).isInstanceOf(List.class);
      @SuppressWarnings("unchecked")
      List<Object> problems = (List<Object>) second;
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).toString()).contains("flat.yaml:4:").contains("unknown curl 'straight'");
      assertThat(classify(library, hand)).isEqualTo("flat");

      // A recognizer fed from the library follows the swap.
      GestureRecognizer recognizer = new GestureRecognizer(library.definitions(), ConfigLoader.defaults().geometry(),
          100, 100, false);
      TrackedHand tracked = new TrackedHand(1, new HandLandmarks(straightHand(), List.of(), 1, Handedness.LEFT, 1,
          new HandRegion(0, 0, 1, 0)));
      recognizer.update(List.of(tracked), 0);
      assertThat(recognizer.update(List.of(tracked), 100_000_000L)).extracting(e -> e.name() + " " + e.phase())
          .containsExactly("flat START"); // after confirmMillis (66 ms)
    }
  }

  @Test
  void brokenFilesAtStartAreAllListed(@TempDir Path user) throws Exception {
    Files.writeString(user.resolve("a.yaml"), "name: a\nfingers:\n  thumbb: {curl: curled}\n");
    Files.writeString(user.resolve("b.yaml"), "name: b\nscore: {enter: 7}\nfingers:\n  index: {curl: curled}\n");
    assertThatThrownBy(() -> GestureLibrary.open(List.of(user), 200, null))
        .isInstanceOf(ConfigException.class).hasMessageContaining("a.yaml:3:").hasMessageContaining("b.yaml:2:");
  }

  private static String classify(GestureLibrary library, HandGeometry hand) {
    return new StaticGestureClassifier(library.definitions(), ConfigLoader.defaults().geometry()).classify(hand)
        .map(m -> m.name()).orElse("none");
  }
}
