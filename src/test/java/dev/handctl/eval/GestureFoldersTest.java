package dev.handctl.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which gesture a folder name expects; folder names are made up here except the subhih-webcam ones. */
class GestureFoldersTest {
  private static final List<String> SHIPPED = List.of("fist", "four", "open_palm", "pinch", "pointing", "three",
      "thumbs_up", "victory");

  @Test
  void theSharedWebcamFoldersNameTheirGestures() {
    assertThat(GestureFolders.expectedGesture("fist", SHIPPED)).hasValue("fist");
    assertThat(GestureFolders.expectedGesture("pointing_up_one", SHIPPED)).hasValue("pointing");
    assertThat(GestureFolders.expectedGesture("victory_two", SHIPPED)).hasValue("victory");
    assertThat(GestureFolders.expectedGesture("three", SHIPPED)).hasValue("three");
    assertThat(GestureFolders.expectedGesture("four", SHIPPED)).hasValue("four");
    assertThat(GestureFolders.expectedGesture("open_palm_five", SHIPPED)).hasValue("open_palm");
  }

  @Test
  void aliasesCaseAndSeparatorsAreForgiven() {
    assertThat(GestureFolders.expectedGesture("Closed_Fist", SHIPPED)).hasValue("fist");
    assertThat(GestureFolders.expectedGesture("Thumb Up", SHIPPED)).hasValue("thumbs_up");
    assertThat(GestureFolders.expectedGesture("peace-left", SHIPPED)).hasValue("victory");
    assertThat(GestureFolders.expectedGesture("palm", SHIPPED)).hasValue("open_palm");
    assertThat(GestureFolders.expectedGesture("Open-Palm 5", SHIPPED)).hasValue("open_palm");
  }

  @Test
  void theLongestNameWinsAndAPrefixMustEndAtAWord() {
    // "pointing_up" (alias) is longer than "pointing" (gesture): both say pointing anyway.
    assertThat(GestureFolders.expectedGesture("pointing_up_left", SHIPPED)).hasValue("pointing");
    assertThat(GestureFolders.expectedGesture("thumbs_up_2", List.of("thumbs", "thumbs_up"))).hasValue("thumbs_up");
    assertThat(GestureFolders.expectedGesture("fists", SHIPPED)).isEmpty();
    assertThat(GestureFolders.expectedGesture("threefold", SHIPPED)).isEmpty();
  }

  @Test
  void foldersNamingNoGestureExpectNone() {
    assertThat(GestureFolders.expectedGesture("negatives", SHIPPED)).isEmpty();
    assertThat(GestureFolders.expectedGesture("no_hand", SHIPPED)).isEmpty();
    assertThat(GestureFolders.expectedGesture("", SHIPPED)).isEmpty();
  }

  @Test
  void aUserGestureIsMatchedByItsName() {
    assertThat(GestureFolders.expectedGesture("rock_on_take2", List.of("rock_on"))).hasValue("rock_on");
  }
}
